import { type APIRequestContext, expect, type Page, test } from '@playwright/test';

import { DEMO_PASSWORD, expectNoAxeViolations, shot, signIntoPortal } from '../support/pages';

/** The checks of one job's card on the list, as the learner reads them. */
async function checksOf(page: Page, title: string): Promise<string[]> {
  const card = page.getByTestId('job').filter({ hasText: title });
  return (await card.getByTestId('job-check').allTextContents()).map((t) => t.trim());
}

/** The demo employer's headers, for moving a candidate through the pipeline as the console does. */
async function employerHeaders(request: APIRequestContext): Promise<Record<string, string>> {
  const session = await request.post('/api/auth/sign-in', {
    data: { identifier: 'employer@passerelle.local', password: DEMO_PASSWORD },
  });
  expect(session.status()).toBe(200);
  const { accessToken } = (await session.json()) as { accessToken: string };
  return { Authorization: `Bearer ${accessToken}` };
}

const CHECK = /^.+: .+, .+ — (met|partly|missing)$/;

test.describe('jobs in the portal', () => {
  test('a learner sees why jobs fit, applies, follows the application and withdraws it', async ({
    page,
  }) => {
    test.setTimeout(60_000);
    await signIntoPortal(page, 'learner@passerelle.local');

    // From the dashboard: how many open jobs, and no interview waiting.
    const card = page.getByTestId('jobs-card');
    await expect(card.getByTestId('jobs-count')).toHaveText(/^Open jobs for you: [1-9]\d*$/);
    await expect(card.getByTestId('jobs-invitations')).toHaveCount(0);
    await card.getByTestId('open-jobs').click();
    await expect(page).toHaveURL(/\/jobs$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Jobs for you');

    // Each job: a score, and every requirement in words with its verdict.
    const delivery = page.getByTestId('job').filter({ hasText: 'Delivery planning assistant' });
    await expect(delivery.getByTestId('job-score')).toContainText(/Matches \d+ %/);
    await expect(delivery).toContainText('Logistique Solidaire');
    await expect(delivery).toContainText('Fixed term');
    const checks = await checksOf(page, 'Delivery planning assistant');
    expect(checks).toHaveLength(5);
    for (const check of checks) expect(check).toMatch(CHECK);
    expect(checks[0]).toMatch(/^Information and data: .*, the job asks for level 3 — /);
    expect(checks[3]).toMatch(/^French: .*, the job asks to talk with people — /);
    await page.screenshot({ path: shot('portal-jobs-list'), fullPage: true });
    await expectNoAxeViolations(page);

    // The job: what it is, and what the employer will see before anything is sent.
    await delivery.getByTestId('job-open').click();
    await expect(page.getByTestId('job-title')).toHaveText('Delivery planning assistant');
    await expect(page.getByTestId('job-description')).toContainText('Plan delivery rounds');
    const sees = page.getByTestId('employer-sees');
    await expect(sees).toContainText('Logistique Solidaire will see your name and your message.');
    await expect(sees).toContainText('Private: employers cannot see your profile.');
    await expect(sees.getByTestId('change-sharing')).toHaveAttribute('href', '/profile');
    await page.screenshot({ path: shot('portal-jobs-job'), fullPage: true });
    await expectNoAxeViolations(page);

    await page.getByTestId('apply-message').fill('I like planning and I speak Arabic and French.');
    const applied = page.waitForResponse(
      (r) => r.url().includes('/applications') && r.request().method() === 'POST',
    );
    await page.getByTestId('apply-send').click();
    expect((await applied).status()).toBe(201);
    await expect(page.getByTestId('apply-notice')).toHaveText(
      'Sent! Logistique Solidaire can now see your application.',
    );
    await expect(page.getByTestId('apply-message')).toHaveCount(0);

    // In my applications: where it stands, with the message sent.
    await page.getByTestId('see-applications').click();
    await expect(page).toHaveURL(/\/jobs\/applications$/);
    const application = page.getByTestId('application').filter({
      hasText: 'Delivery planning assistant',
    });
    await expect(application.getByTestId('application-stage')).toHaveText('Sent (Step 1 of 6)');
    await expect(application.locator('[aria-current="step"]')).toHaveCount(1);
    await expect(application).toContainText('Your message: I like planning');
    await page.screenshot({ path: shot('portal-jobs-applications'), fullPage: true });
    await expectNoAxeViolations(page);

    // Withdrawing says what it means first; keeping it changes nothing.
    await application.getByTestId('withdraw').click();
    const confirm = application.getByTestId('withdraw-confirm');
    await expect(confirm).toContainText(
      'Logistique Solidaire will no longer see it, or your message.',
    );
    await page.screenshot({ path: shot('portal-jobs-withdraw-confirm'), fullPage: true });
    await confirm.getByTestId('withdraw-no').click();
    await expect(confirm).toHaveCount(0);
    await application.getByTestId('withdraw').click();
    const withdrawn = page.waitForResponse((r) => r.url().endsWith('/withdraw'));
    await application.getByTestId('withdraw-yes').click();
    expect((await withdrawn).status()).toBe(200);
    await expect(application.getByTestId('application-stage')).toHaveText('Withdrawn');
    await expect(application).toContainText('The employer no longer sees it.');
    await expect(application).not.toContainText('Your message');
    await expect(application.getByTestId('withdraw')).toHaveCount(0);

    // Kept by the server, and the job says so too.
    await page.reload();
    await expect(
      page.getByTestId('application').filter({ hasText: 'Delivery planning assistant' }),
    ).toContainText('Withdrawn');
    await page.getByTestId('jobs-tab-jobs').click();
    await expect(delivery.getByTestId('job-applied')).toHaveCount(0);
    await delivery.getByTestId('job-open').click();
    await expect(page.getByTestId('apply-withdrawn')).toBeVisible();
    // The learner may apply again.
    await expect(page.getByTestId('apply-send')).toBeVisible();

    // In Arabic, right to left.
    await page.getByTestId('jobs-back').click();
    await page.getByTestId('language').selectOption('ar');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('وظائف لك');
    await expect(delivery.getByTestId('job-score')).toContainText('تناسبك بنسبة');
    await page.screenshot({ path: shot('portal-jobs-list-ar'), fullPage: true });
    await expectNoAxeViolations(page);
  });

  test('a learner who applied sees the same explanation an employer sees, in her words', async ({
    page,
  }) => {
    await signIntoPortal(page, 'olena@passerelle.local');
    await page.getByTestId('open-jobs').click();
    // She told us she speaks a little French.
    const warehouse = page.getByTestId('job').filter({ hasText: 'Warehouse team member' });
    await expect(warehouse.getByTestId('job-applied')).toHaveText('You applied');
    expect(await checksOf(page, 'Warehouse team member')).toContain(
      'French: you speak it a little, the job asks for a little — met',
    );
    expect(await checksOf(page, 'Delivery planning assistant')).toContain(
      'French: you speak it a little, the job asks to talk with people — partly',
    );
    await page.getByTestId('jobs-tab-applications').click();
    const application = page.getByTestId('application').filter({ hasText: 'Warehouse' });
    await expect(application).toContainText('Logistique Solidaire');
    await expect(application.getByTestId('application-steps')).toBeVisible();
  });

  test('an interview invitation: accepting shares the email, said exactly, with the organisation', async ({
    page,
    request,
  }) => {
    await signIntoPortal(page, 'learner@passerelle.local');
    await page.goto('/jobs');
    const job = page.getByTestId('job').filter({ hasText: 'Website content assistant' });
    await job.getByTestId('job-open').click();
    const applied = page.waitForResponse(
      (r) => r.url().includes('/applications') && r.request().method() === 'POST',
    );
    await page.getByTestId('apply-send').click();
    const { id } = (await (await applied).json()) as { id: string };

    // The employer shortlists, then invites, as the console does.
    const headers = await employerHeaders(request);
    for (const stage of ['shortlisted', 'invited']) {
      const moved = await request.post(`/api/applications/${id}/stage`, {
        headers,
        data: { stage },
      });
      expect(moved.status()).toBe(200);
    }

    await page.goto('/dashboard');
    await expect(page.getByTestId('jobs-invitations')).toHaveText('Interviews to answer: 1');
    await page.getByTestId('jobs-card').screenshot({ path: shot('portal-jobs-dashboard') });
    await page.getByTestId('open-jobs').click();
    await page.getByTestId('invitations-waiting').getByRole('link').click();
    const application = page.getByTestId('application').filter({
      hasText: 'Website content assistant',
    });
    await expect(application.getByTestId('application-stage')).toHaveText(
      'Invited to an interview (Step 3 of 6)',
    );
    await expect(application.getByTestId('invitation')).toContainText(
      /If you accept, Atelier Numérique Lyon can see your email \u2066?learner@passerelle\.local\u2069? to plan the interview\./,
    );
    await page.screenshot({ path: shot('portal-jobs-invitation'), fullPage: true });
    await expectNoAxeViolations(page);
    await application.getByTestId('invitation-accept').click();
    await expect(application.getByTestId('invitation-answer')).toHaveText(
      /^You accepted\. Atelier Numérique Lyon can now see your email \u2066?learner@passerelle\.local\u2069?\.$/,
    );
    await expect(application.getByTestId('invitation')).toHaveCount(0);

    // And the organisation now has it.
    const jobs = (await (await request.get('/api/organisations', { headers })).json()) as {
      id: string;
      name: string;
    }[];
    const atelier = jobs.find((o) => o.name === 'Atelier Numérique Lyon');
    const list = (await (
      await request.get(`/api/organisations/${atelier?.id}/jobs`, { headers })
    ).json()) as { id: string; title: string }[];
    const website = list.find((j) => j.title === 'Website content assistant');
    const pipeline = (await (
      await request.get(`/api/jobs/${website?.id}/pipeline`, { headers })
    ).json()) as { id: string; contact: { via: string; email?: string } | null }[];
    expect(pipeline.find((e) => e.id === id)?.contact).toEqual({
      via: 'email',
      email: 'learner@passerelle.local',
    });
  });

  test('a learner downloads all her data, then deletes her account', async ({ page }) => {
    // A new learner of her own: this one is deleted at the end.
    await page.goto('/');
    await page.getByTestId('language').selectOption('en');
    await page.getByTestId('go-sign-up').click();
    await page.getByTestId('toggle-email').click();
    const username = `selam${Date.now().toString(36)}`;
    await page.locator('[formcontrolname="displayName"]').fill('Selam');
    await page.locator('[formcontrolname="username"]').fill(username);
    await page.locator('[formcontrolname="password"]').fill('a long password');
    await page.getByTestId('submit').click();
    await expect(page).toHaveURL(/\/dashboard$/);

    await page.getByTestId('open-profile').click();
    await page.getByTestId('profile-nav-data').click();
    await expect(page).toHaveURL(/\/profile\/data$/);
    const downloading = page.waitForEvent('download');
    await page.getByTestId('download-data').click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('passerelle-my-data.json');
    const stream = await download.createReadStream();
    let text = '';
    for await (const chunk of stream) text += chunk;
    expect(JSON.parse(text)).toMatchObject({ account: { displayName: 'Selam', username } });
    await page.screenshot({ path: shot('portal-my-data'), fullPage: true });
    await expectNoAxeViolations(page);

    // A wrong password: said on the field, nothing deleted.
    await page.getByTestId('delete-password').fill('not my password');
    await page.getByTestId('delete-account').click();
    await expect(page.getByTestId('delete-password')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText('This is not your password.')).toBeVisible();

    await page.getByTestId('delete-password').fill('a long password');
    await page.getByTestId('delete-account').click();
    await expect(page).toHaveURL(/\/account-deleted$/);
    await expect(page.getByTestId('deleted-title')).toHaveText('Your account is deleted');
    await expect(page.getByTestId('deleted-removed')).toContainText('your name, email');
    await expect(page.getByTestId('deleted-kept')).toContainText('job applications');
    await expect(page.getByTestId('sign-out')).toHaveCount(0);
    await page.screenshot({ path: shot('portal-account-deleted'), fullPage: true });
    await expectNoAxeViolations(page);

    // Signed out for good: the account no longer signs in.
    await page.goto('/dashboard');
    await expect(page).toHaveURL(/\/sign-in$/);
    await page.getByLabel('Email or username').fill(username);
    await page.getByLabel('Password', { exact: true }).fill('a long password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByTestId('form-error')).toBeVisible();
  });
});
