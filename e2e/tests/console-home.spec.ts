import { expect, test } from '@playwright/test';

import { expectNoAxeViolations, shot, signIntoConsole } from '../support/pages';

/** Each role's console home: what waits for them, with links to where it is done. */
test.describe('console home', () => {
  test('a mentor sees help requests and a stuck learner, and goes to them', async ({ page }) => {
    await signIntoConsole(page, 'mentor@passerelle.local');
    await expect(page.getByTestId('welcome')).toBeVisible();
    const help = page.getByTestId('home-help');
    await expect(help.getByTestId('tile-count')).not.toHaveText('0');
    await expect(page.getByTestId('home-learners').getByTestId('tile-count')).not.toHaveText('0');
    const stuck = page.getByTestId('home-stuck').getByRole('listitem');
    await expect(stuck.filter({ hasText: 'Amina Learner' })).toContainText(
      'Asks for help with “Two for one”',
    );
    const olena = stuck.filter({ hasText: 'Olena Kovalenko' });
    await expect(olena).toContainText('3 failed tries on “Hours to minutes”, no pass yet');
    await expect(page.getByText('will appear')).toHaveCount(0);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: shot('console-home-mentor'), fullPage: true });

    await olena.getByRole('link', { name: /failed tries/ }).click();
    await expect(page).toHaveURL(/\/review\?.*itemId=/);
    const feed = page.getByTestId('review-feed').getByRole('listitem');
    await expect(feed.first()).toContainText('Olena Kovalenko · Hours to minutes');

    await page.getByTestId('nav-home').click();
    await help.click();
    await expect(page.getByLabel('Status')).toHaveValue('needs-help');
  });

  test('an employer sees a new application and the candidates per open job', async ({ page }) => {
    await signIntoConsole(page, 'employer@passerelle.local');
    const applications = page.getByTestId('home-applications');
    await expect(applications).toContainText(
      'Olena Kovalenko applied to “Website content assistant”',
    );
    const jobs = page.getByTestId('home-jobs');
    await expect(jobs.getByRole('row', { name: /Junior web developer/ })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.screenshot({ path: shot('console-home-employer'), fullPage: true });

    await applications.getByRole('link', { name: /Olena Kovalenko/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(
      'Website content assistant',
    );
    await expect(page.getByTestId('pipeline-card').filter({ hasText: 'Olena' })).toBeVisible();
  });

  test('an admin sees the platform at a glance and opens the learners', async ({ page }) => {
    await signIntoConsole(page, 'admin@passerelle.local');
    const tiles = page.getByTestId('home-admin');
    await expect(tiles.getByRole('link', { name: /^\d+ Learners$/ })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.screenshot({ path: shot('console-home-admin'), fullPage: true });
    await tiles.getByRole('link', { name: /^\d+ Learners$/ }).click();
    await expect(page.getByLabel('Role')).toHaveValue('learner');
    const accounts = page.getByTestId('accounts-table');
    await expect(accounts).toContainText('Samir Haddad');
    await expect(accounts).not.toContainText('Moussa Mentor');
  });
});
