import { expect, type Page, test } from '@playwright/test';

import { expectNoAxeViolations, shot, signIntoConsole, signIntoPortal } from '../support/pages';

const ORGANISATION = 'Atelier Numérique Lyon';
const DEMO_JOB = 'Junior web developer (apprenticeship)';

/** The same page at desktop width too, then back to the phone. */
async function shots(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: shot(name), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: shot(`${name}-desktop`), fullPage: true });
  await page.setViewportSize({ width: 360, height: 640 });
}

test.describe('hiring in the console', () => {
  test('an employer shortlists, invites and takes notes; the learner answers; a mentor endorses and reads the outcomes', async ({
    page,
    browser,
  }) => {
    test.setTimeout(120_000);

    // The employer reviews the ranked candidates of the demo job: Samir is shortlisted already.
    await signIntoConsole(page, 'employer@passerelle.local');
    await page.getByTestId('nav-organisations').click();
    await expect(page.getByTestId('organisation-name')).toHaveText(ORGANISATION);
    await page.getByTestId('jobs-table').getByRole('link', { name: DEMO_JOB }).click();
    await expect(page.getByTestId('job-heading')).toHaveText(DEMO_JOB);
    await page.getByTestId('job-candidates').click();
    const table = page.getByTestId('candidates-table');
    const samirRow = table.getByRole('row', { name: /Samir Haddad/ });
    const olenaRow = table.getByRole('row', { name: /Olena Kovalenko/ });
    await expect(samirRow.getByTestId('candidate-stage')).toHaveText('Shortlisted');
    await expect(olenaRow.getByTestId('shortlist')).toHaveText('Shortlist');
    await shots(page, 'console-hiring-candidates');
    await expectNoAxeViolations(page);

    // Shortlisting Olena: her row says where she stands now.
    await olenaRow.getByRole('button', { name: 'Shortlist: Olena Kovalenko' }).click();
    await expect(olenaRow.getByTestId('candidate-stage')).toHaveText('Shortlisted');
    await expect(olenaRow.getByTestId('shortlist')).toHaveCount(0);

    // The pipeline: both shortlisted; Samir invited to an interview.
    await page.getByTestId('candidates-pipeline').click();
    await expect(page).toHaveTitle('Pipeline · Passerelle console');
    await expect(page.getByTestId('stage-shortlisted').getByTestId('stage-count')).toHaveText('2');
    const samir = page.getByTestId('pipeline-card').filter({ hasText: 'Samir Haddad' });
    await samir.getByRole('button', { name: 'Invite to interview: Samir Haddad' }).click();
    await expect(page.getByTestId('stage-invited')).toContainText('Samir Haddad');
    await expect(page.getByTestId('stage-shortlisted').getByTestId('stage-count')).toHaveText('1');
    await expect(samir.getByTestId('waiting')).toHaveText('Waiting for their answer');
    // The moved card takes the focus, for a keyboard to go on from there.
    await expect(page.locator('h3:focus')).toHaveText('Samir Haddad');
    await samir.getByText('History (2)').click();
    await expect(samir.locator('details li').last()).toContainText(
      /^Invited · .+ · Emma Employer$/,
    );

    // Rejecting asks for a reason first; Escape closes the form, and the focus comes back.
    const olena = page.getByTestId('pipeline-card').filter({ hasText: 'Olena Kovalenko' });
    await olena.getByRole('button', { name: 'Reject: Olena Kovalenko' }).focus();
    await page.keyboard.press('Enter');
    await expect(olena.getByLabel('Reason')).toBeFocused();
    await olena.getByTestId('confirm-reject').click();
    await expect(olena).toContainText('Please fill this in.');
    await shots(page, 'console-hiring-pipeline');
    await expectNoAxeViolations(page);
    await page.keyboard.press('Escape');
    await expect(olena.getByTestId('reject-form')).toHaveCount(0);
    await expect(olena.getByRole('button', { name: 'Reject: Olena Kovalenko' })).toBeFocused();

    // A note on Samir, from his page.
    await samir.getByRole('link', { name: 'Samir Haddad' }).click();
    await expect(page.getByTestId('candidate-name')).toHaveText('Samir Haddad');
    await expect(page.getByTestId('candidate-stage')).toHaveText('Invited');
    await expect(page.getByTestId('candidate-score')).toHaveText(/^\d{1,3}$/);
    const note = `Strong on debugging; ask about weekend hours (${Date.now().toString(36)})`;
    await page.getByTestId('add-note').click();
    await expect(page.getByTestId('section-notes')).toContainText('Please fill this in.');
    await page.getByLabel('Note', { exact: true }).fill(note);
    await page.getByTestId('add-note').click();
    await expect(page.getByTestId('note').last()).toContainText(note);
    await expect(page.getByTestId('note').last()).toContainText('Emma Employer');
    await expect(page.getByLabel('Note', { exact: true })).toHaveValue('');
    await shots(page, 'console-hiring-candidate');
    await expectNoAxeViolations(page);

    // Samir, on his phone: the invitation, which he accepts, and who looked at his profile.
    const phone = await browser.newContext({
      viewport: { width: 360, height: 640 },
      hasTouch: true,
      isMobile: true,
    });
    const portal = await phone.newPage();
    await signIntoPortal(portal, 'samir@passerelle.local');
    await portal.goto('/jobs/applications');
    const application = portal.getByTestId('application').filter({ hasText: DEMO_JOB });
    await expect(application.getByTestId('invitation')).toBeVisible();
    await application.getByTestId('invitation-accept').click();
    await expect(application.getByTestId('invitation-answer')).toBeVisible();
    await portal.goto('/profile/views');
    await expect(portal.getByTestId('profile-view').first()).toContainText(ORGANISATION);
    await expect(portal.getByTestId('profile-view').first()).toContainText(DEMO_JOB);
    await phone.close();

    // Back on the board: his answer and his contact, and the interview can be recorded.
    await page.getByTestId('candidate-pipeline').click();
    await expect(samir.getByTestId('invitation-answer')).toHaveText('Accepted the interview');
    await expect(samir.getByTestId('contact')).toContainText('samir@passerelle.local');
    await expect(
      samir.getByRole('button', { name: 'Mark interviewed: Samir Haddad' }),
    ).toBeVisible();

    // The mentor endorses Samir, then reads the outcomes of the demo cohort.
    await page.getByTestId('sign-out').click();
    await signIntoConsole(page, 'mentor@passerelle.local');
    await page.getByTestId('nav-cohorts').click();
    await page.getByRole('link', { name: 'Demo cohort' }).click();
    await page.getByRole('link', { name: 'Samir Haddad' }).click();
    await expect(page.getByTestId('learner-name')).toHaveText('Samir Haddad');
    const endorse = page.getByTestId('endorse');
    await endorse.getByLabel('Endorse: Samir Haddad').fill('Samir explains his code clearly.');
    await endorse.getByTestId('endorse-send').click();
    await expect(endorse.getByTestId('endorse-done')).toHaveText('Endorsement saved.');

    await page.getByTestId('nav-cohorts').click();
    await page.getByTestId('tab-outcomes').click();
    await expect(page).toHaveURL(/\/console\/cohorts\/outcomes$/);
    await expect(page).toHaveTitle('Outcomes · Passerelle console');
    const cohorts = page.getByTestId('cohorts-table');
    const demo = cohorts.getByRole('row', { name: /Demo cohort/ });
    await expect(demo).toBeVisible();
    await expect(demo.locator('td').nth(1)).toHaveText('2');
    await expect(page.getByTestId('cohorts-chart')).toContainText(
      /Demo cohort\s*\d+ learners · 2 shortlisted/,
    );
    await expect(page.getByTestId('courses')).toBeVisible();
    const download = page.waitForEvent('download');
    await page.getByTestId('cohorts-csv').click();
    expect((await download).suggestedFilename()).toMatch(/^outcomes-cohorts-\d{4}-\d\d-\d\d\.csv$/);
    await shots(page, 'console-hiring-outcomes');
    await expectNoAxeViolations(page);
  });
});
