import { expect, type Page, test } from '@playwright/test';

import { expectNoAxeViolations, shot, signIntoConsole } from '../support/pages';

const ORGANISATION = 'Atelier Numérique Lyon';
const DEMO_JOB = 'Junior web developer (apprenticeship)';

/** The demo employer lands on their organisation, straight from the navigation. */
async function openOrganisation(page: Page): Promise<void> {
  await signIntoConsole(page, 'employer@passerelle.local');
  await page.getByTestId('nav-organisations').click();
  await expect(page.getByTestId('organisation-name')).toHaveText(ORGANISATION);
}

/** The same page at desktop width too, then back to the phone. */
async function shots(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: shot(name), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: shot(`${name}-desktop`), fullPage: true });
  await page.setViewportSize({ width: 360, height: 640 });
}

test.describe('console jobs', () => {
  test('the demo employer posts a job with requirements, then opens it', async ({ page }) => {
    test.setTimeout(90_000);
    const title = `Website support assistant ${Date.now().toString(36)}`;

    // The organisation's jobs: the demo ones, open first.
    await openOrganisation(page);
    const jobs = page.getByTestId('jobs-table');
    await expect(jobs.getByRole('row', { name: DEMO_JOB })).toContainText('Open');
    await expect(jobs.getByRole('row', { name: 'IT support intern' })).toContainText('Draft');
    await expect(jobs.getByRole('row', { name: 'IT support intern' })).toContainText('Internship');
    await shots(page, 'console-jobs');
    await expectNoAxeViolations(page);

    // A new job, with requirements.
    await page.getByTestId('new-job').click();
    await expect(page).toHaveTitle('Job · Passerelle console');
    await expect(page.getByTestId('job-heading')).toHaveText('New job');
    await page.getByLabel('Job title').fill(title);
    await page
      .getByLabel('Description', { exact: true })
      .fill('Update clients’ websites and answer their questions by email.');
    await page.getByLabel('Place of work').fill('Lyon');
    await page.getByLabel('Remote work').selectOption('hybrid');
    await page.getByLabel('Contract', { exact: true }).selectOption('fixed-term');
    await page.getByLabel('Hours a week').fill('24');
    await page.getByLabel('Start date').fill('2027-02-01');
    await page.getByLabel('Coding').selectOption('3');
    await page.getByLabel('Making digital content').selectOption('2');

    // Leaving with unsaved edits asks first.
    page.once('dialog', (dialog) => void dialog.dismiss());
    await page.getByRole('link', { name: ORGANISATION }).click();
    await expect(page.getByTestId('job-heading')).toHaveText('New job');

    // French twice: the form says so next to the second one, before anything is sent.
    await page.getByTestId('add-language').click();
    await page.getByTestId('job-language-0').selectOption('fr');
    await page.getByTestId('job-skill-0').selectOption('fluent');
    await page.getByTestId('add-language').click();
    await page.getByTestId('job-language-1').selectOption('fr');
    await page.getByTestId('add-course').click();
    await page.getByTestId('job-course-0').selectOption({ index: 1 });
    await page.getByTestId('job-course-required-0').selectOption('preferred');
    await page.getByTestId('save-job').click();
    await expect(page.getByTestId('save-error')).toHaveText(
      'Please check the fields marked below.',
    );
    await expect(page.getByTestId('job-language-row-1')).toContainText(
      'This language is already listed. Remove one of them.',
    );
    await expect(page.getByTestId('job-language-1')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByTestId('job-language-row-0')).not.toContainText('already listed');
    await shots(page, 'console-job-editor-error');
    await expectNoAxeViolations(page);

    // Fixed, it saves as a draft, at its own address.
    await page.getByTestId('remove-language-1').click();
    await page.getByTestId('save-job').click();
    await expect(page).toHaveURL(/\/console\/organisations\/[\w-]{36}\/jobs\/[\w-]{36}$/);
    await expect(page.getByTestId('job-heading')).toHaveText(title);
    await expect(page.getByTestId('job-status')).toHaveText('Draft');
    await expect(page.getByTestId('save-state')).toHaveText('Saved.');

    // Opened: it can be closed now, not opened again.
    await page.getByTestId('job-status-open').click();
    await expect(page.getByTestId('job-status')).toHaveText('Open');
    await expect(page.getByTestId('job-status-closed')).toHaveText('Close job');
    await expect(page.getByTestId('job-status-open')).toHaveCount(0);

    // What was saved comes back as it was written.
    await page.reload();
    await expect(page.getByTestId('job-heading')).toHaveText(title);
    await expect(page.getByLabel('Coding')).toHaveValue('3');
    await expect(page.getByLabel('Safety')).toHaveValue('');
    await expect(page.getByTestId('job-language-0')).toHaveValue('fr');
    await expect(page.getByTestId('job-skill-0')).toHaveValue('fluent');
    await expect(page.getByTestId('job-course-required-0')).toHaveValue('preferred');
    await expect(page.getByLabel('Start date')).toHaveValue('2027-02-01');
    await shots(page, 'console-job-editor');
    await expectNoAxeViolations(page);

    // Back on the organisation, the job is listed, open.
    await page.getByRole('link', { name: ORGANISATION }).click();
    await expect(jobs.getByRole('row', { name: title })).toContainText('Open');
    await expect(jobs.getByRole('row', { name: title })).toContainText('Fixed term');
  });

  test('the demo employer reviews the candidates of a demo job', async ({ page }) => {
    test.setTimeout(60_000);
    await openOrganisation(page);
    await page.getByTestId('jobs-table').getByRole('link', { name: DEMO_JOB }).click();
    await expect(page.getByTestId('job-heading')).toHaveText(DEMO_JOB);
    await page.getByTestId('job-candidates').click();
    await expect(page).toHaveTitle('Candidates · Passerelle console');

    // Ranked, each requirement explained with its evidence.
    const table = page.getByTestId('candidates-table');
    const samir = table.getByRole('row', { name: /Samir Haddad/ });
    await expect(samir).toBeVisible();
    await expect(samir).toContainText(/Coding: (level \d \(assessed .+\) [≥<] 3|not assessed)/);
    await expect(samir).toContainText(/French: .+ — (met|partly|missing)/);
    await shots(page, 'console-candidates');
    await expectNoAxeViolations(page);

    // Filters (folded on a phone) go to the address and to the API; none matching says so.
    await expect(page.getByLabel('Wants to work in')).toBeHidden();
    await page.getByTestId('filters-toggle').click();
    await page.getByLabel('Wants to work in').fill('Marseille');
    await page.getByTestId('apply-filters').click();
    await expect(page).toHaveURL(/location=Marseille/);
    await expect(page.getByTestId('no-candidates')).toHaveText(
      'No candidate matches these filters.',
    );
    await page.getByTestId('clear-filters').click();
    await expect(page).not.toHaveURL(/location=/);
    await page.getByTestId('filters-toggle').click();
    await page.getByLabel('Wants to work in').fill('lyon');
    await page.getByTestId('apply-filters').click();
    await expect(page).toHaveURL(/location=lyon/);
    await expect(table.getByRole('row', { name: /Samir Haddad/ })).toBeVisible();

    // The candidate's page: only what they share, and a word that the visit is recorded.
    await table.getByRole('link', { name: 'Samir Haddad' }).click();
    await expect(page.getByTestId('candidate-name')).toHaveText('Samir Haddad');
    await expect(page.getByTestId('view-recorded')).toContainText('Your visit is recorded.');
    await expect(page.getByTestId('candidate-score')).toHaveText(/^\d{1,3}$/);
    await expect(page.getByTestId('section-about')).toContainText('Aleppo');
    await expect(page.getByTestId('section-experience')).toContainText('Phone repair technician');
    await expect(page.getByTestId('section-endorsements')).toContainText('Moussa Mentor');
    await expect(page.getByTestId('section-sensitive')).toHaveCount(0);
    await shots(page, 'console-candidate');
    await expectNoAxeViolations(page);

    // Back to the list, with its filter.
    await page.getByRole('link', { name: 'All candidates' }).click();
    await expect(page).toHaveURL(/location=lyon/);
    await expect(page.getByLabel('Wants to work in')).toHaveValue('lyon');
  });
});
