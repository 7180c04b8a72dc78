import { type APIRequestContext, expect, type Page, test } from '@playwright/test';

import { DEMO_PASSWORD, expectNoAxeViolations, shot } from '../support/pages';

/** Signs a new learner up by username in English; lands on the dashboard. Returns their id. */
async function signUp(page: Page, name: string): Promise<string> {
  await page.goto('/');
  await page.getByTestId('language').selectOption('en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByTestId('go-sign-up').click();
  await page.getByTestId('toggle-email').click();
  await page.locator('[formcontrolname="displayName"]').fill(name);
  await page
    .locator('[formcontrolname="username"]')
    .fill(`${name.toLowerCase()}${Date.now().toString(36)}`);
  await page.locator('[formcontrolname="password"]').fill('a long password');
  const signedUp = page.waitForResponse((r) => r.url().endsWith('/api/auth/sign-up'));
  await page.getByTestId('submit').click();
  const body = (await (await signedUp).json()) as { account: { id: string } };
  await expect(page).toHaveURL(/\/dashboard$/);
  return body.account.id;
}

/**
 * The demo employer opens the learner's profile for one of their jobs, as the console does.
 * Returns the status and, when shown, what the employer saw.
 */
async function employerOpens(
  request: APIRequestContext,
  learnerId: string,
): Promise<{ status: number; sections?: string[]; job: string }> {
  const session = await request.post('/api/auth/sign-in', {
    data: { identifier: 'employer@passerelle.local', password: DEMO_PASSWORD },
  });
  expect(session.status()).toBe(200);
  const { accessToken } = (await session.json()) as { accessToken: string };
  const headers = { Authorization: `Bearer ${accessToken}` };
  const organisations = (await (await request.get('/api/organisations', { headers })).json()) as {
    id: string;
    name: string;
  }[];
  const atelier = organisations.find((o) => o.name === 'Atelier Numérique Lyon');
  expect(atelier).toBeDefined();
  const jobs = (await (
    await request.get(`/api/organisations/${atelier?.id}/jobs`, { headers })
  ).json()) as { id: string; title: string }[];
  const job = jobs[0];
  const seen = await request.get(`/api/jobs/${job.id}/candidates/${learnerId}`, { headers });
  const body = seen.ok() ? ((await seen.json()) as { sections: string[] }) : undefined;
  return { status: seen.status(), sections: body?.sections, job: job.title };
}

test.describe('the candidate profile in the portal', () => {
  test('a learner writes about themselves, opens two parts to employers, then withdraws', async ({
    page,
    request,
  }) => {
    test.setTimeout(60_000);
    const learnerId = await signUp(page, 'Hiwet');

    // Private by default, from the dashboard on.
    const card = page.getByTestId('profile-card');
    await expect(card.getByTestId('profile-state')).toHaveText(
      'Private: employers cannot see your profile.',
    );
    await expect(card.getByTestId('profile-views')).toContainText('No employer has looked');
    await card.getByTestId('open-profile').click();
    await expect(page).toHaveURL(/\/profile$/);
    await expect(page.getByTestId('profile-status')).toContainText('Private');
    await expect(page.getByTestId('open-to-work')).not.toBeChecked();
    await expect(page.getByTestId('sections')).toHaveCount(0);

    // About you: a headline and one job.
    await page.getByTestId('profile-nav-about').click();
    await expect(page).toHaveURL(/\/profile\/about$/);
    await page.getByTestId('headline').fill('Cook who is learning web design');
    await page.getByTestId('job-add').click();
    await expect(page.getByTestId('job-title')).toBeFocused();
    await page.getByTestId('job-title').fill('Cook');
    await page.getByTestId('job-organisation').fill('Restaurant Al Sham');
    await page.getByTestId('job-from').fill('2016-04');
    await page.getByTestId('job-to').fill('2021-12');
    await page.getByTestId('job-description').fill('I cooked for 80 people every day.');
    await expect(page.getByTestId('about-unsaved')).toBeVisible();
    const savedAbout = page.waitForResponse(
      (r) => r.url().includes('/api/me/profile?') && r.request().method() === 'PUT',
    );
    await page.getByTestId('save-about').click();
    expect((await savedAbout).status()).toBe(200);
    await expect(page.getByTestId('about-saved')).toHaveText('Saved.');
    await expect(page.getByTestId('about-unsaved')).toHaveCount(0);
    await page.screenshot({ path: shot('portal-profile-about'), fullPage: true });
    await expectNoAxeViolations(page);

    // What Passerelle knows: read-only, and why.
    await page.getByTestId('profile-nav-evidence').click();
    await expect(page.getByTestId('evidence-why')).toContainText('You cannot change them');
    await expect(page.getByTestId('evidence-assessment')).toContainText(
      'You have not done the skills check yet.',
    );
    await page.screenshot({ path: shot('portal-profile-evidence'), fullPage: true });

    // Open to work, sharing two parts.
    await page.getByTestId('profile-nav-sharing').click();
    await page.getByTestId('open-to-work').check();
    await expect(page.getByTestId('sections').getByRole('switch')).toHaveCount(9);
    await expect(page.getByTestId('sensitive-warning')).toBeVisible();
    await page.getByTestId('share-about').check();
    await page.getByTestId('share-experience').check();
    await page.screenshot({ path: shot('portal-profile-sharing'), fullPage: true });
    await expectNoAxeViolations(page);
    await page.getByTestId('save-sharing').click();
    await expect(page.getByTestId('sharing-saved')).toHaveText(
      'Saved. Employers can now see the parts you chose.',
    );
    await expect(page.getByTestId('profile-status')).toHaveText(
      'Open to work: you share 2 of 9 parts.',
    );

    // Kept by the server: still there after a reload.
    await page.reload();
    await expect(page.getByTestId('open-to-work')).toBeChecked();
    await expect(page.getByTestId('share-about')).toBeChecked();
    await expect(page.getByTestId('share-experience')).toBeChecked();
    await expect(page.getByTestId('share-assessment')).not.toBeChecked();
    await expect(page.getByTestId('share-sensitive')).not.toBeChecked();
    await page.getByTestId('profile-nav-about').click();
    await expect(page.getByTestId('headline')).toHaveValue('Cook who is learning web design');
    await expect(page.getByTestId('job-title')).toHaveValue('Cook');

    // Nobody looked yet. Then an employer opens it, and sees only the two parts shared.
    await page.getByTestId('profile-nav-views').click();
    await expect(page.getByTestId('views-empty')).toHaveText(
      'No employer has opened your profile yet.',
    );
    const look = await employerOpens(request, learnerId);
    expect(look).toMatchObject({ status: 200, sections: ['about', 'experience'] });
    await page.reload();
    await expect(page.getByTestId('profile-view')).toHaveCount(1);
    await expect(page.getByTestId('profile-view')).toContainText('Atelier Numérique Lyon');
    await expect(page.getByTestId('profile-view')).toContainText(look.job);
    await expect(page.getByTestId('views-count')).toHaveText('Profile views: 1');
    await page.screenshot({ path: shot('portal-profile-views'), fullPage: true });

    // Withdraw: private again, at once.
    await page.getByTestId('profile-nav-sharing').click();
    const withdrawn = page.waitForResponse(
      (r) => r.url().includes('/api/me/profile/consent') && r.request().method() === 'PUT',
    );
    await page.getByTestId('make-private').click();
    expect(await (await withdrawn).json()).toMatchObject({
      consent: { openToWork: false, sections: [] },
    });
    await expect(page.getByTestId('sharing-saved')).toContainText(
      'From now on, no employer can see it.',
    );
    await expect(page.getByTestId('profile-status')).toContainText('Private');
    await expect(page.getByTestId('open-to-work')).not.toBeChecked();
    await expect(page.getByTestId('make-private')).toHaveCount(0);
    await page.screenshot({ path: shot('portal-profile-withdrawn'), fullPage: true });
    // At once: the employer can no longer open it.
    expect((await employerOpens(request, learnerId)).status).toBe(404);

    await page.goto('/dashboard');
    await expect(page.getByTestId('profile-state')).toHaveText(
      'Private: employers cannot see your profile.',
    );
    await expect(page.getByTestId('profile-views')).toHaveText('Profile views: 1');
    await page.getByTestId('profile-card').screenshot({ path: shot('portal-profile-dashboard') });

    // In Arabic, the profile reads right to left.
    await page.getByTestId('language').selectOption('ar');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await page.getByTestId('open-profile').click();
    await expect(page).toHaveURL(/\/profile$/);
    await expect(page.getByTestId('profile-status')).toHaveText('خاص: أصحاب العمل لا يرون ملفك.');
    await page.getByTestId('open-to-work').check();
    await page.getByTestId('share-sensitive').check();
    await page.screenshot({ path: shot('portal-profile-sharing-ar'), fullPage: true });
    await expectNoAxeViolations(page);
    await page.getByTestId('profile-nav-about').click();
    await expect(page.getByTestId('headline')).toHaveValue('Cook who is learning web design');
    await page.screenshot({ path: shot('portal-profile-about-ar'), fullPage: true });
  });
});
