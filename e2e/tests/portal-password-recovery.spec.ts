import { type APIRequestContext, expect, test } from '@playwright/test';

import {
  DEMO_PASSWORD,
  expectNoAxeViolations,
  mailFromLog,
  shot,
  signIntoConsole,
} from '../support/pages';

const unique = () => Date.now().toString(36);

async function signUp(request: APIRequestContext, who: { email?: string; username?: string }) {
  const response = await request.post('/api/auth/sign-up', {
    data: { ...who, password: 'first password', displayName: 'Nadia', preferredLanguage: 'en' },
  });
  expect(response.status()).toBe(201);
  return (await response.json()) as { account: { id: string } };
}

test.describe('password recovery', () => {
  test('a learner with an email resets the password with the link from the mail', async ({
    page,
    request,
  }) => {
    const email = `nadia.${unique()}@example.org`;
    await signUp(request, { email });

    await page.goto('/sign-in');
    await page.screenshot({ path: shot('portal-sign-in') });
    await page.getByTestId('forgot-password').click();
    await expect(page).toHaveURL(/\/forgot-password$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Get back into your account');
    await page.getByLabel('Email', { exact: true }).fill(email);
    await page.getByTestId('send-reset').click();
    await expect(page.getByTestId('reset-sent')).toContainText('If an account has this email');
    await page.screenshot({ path: shot('portal-forgot-password'), fullPage: true });
    await expectNoAxeViolations(page);

    // Without SMTP, the API writes the mail to its log.
    const mail = await mailFromLog(email);
    const link = mail.text.match(/(http\S+\/reset-password#token=[\w-]{43})/)?.[1] ?? '';
    expect(link).not.toBe('');

    await page.goto(link);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Choose a new password');
    // The secret leaves the address bar (and the history) once read.
    await expect(page).toHaveURL(/\/reset-password$/);
    await page.getByTestId('new-password').fill('my new password');
    await page.screenshot({ path: shot('portal-reset-password'), fullPage: true });
    await expectNoAxeViolations(page);
    await page.getByTestId('save-password').click();
    await expect(page).toHaveURL(/\/dashboard$/);
    await expect(page.getByTestId('greeting')).toHaveText('Hello, Nadia!');

    // The link works once.
    await page.getByTestId('sign-out').click();
    await page.goto(link);
    await page.getByTestId('new-password').fill('another password');
    await page.getByTestId('save-password').click();
    await expect(page.getByTestId('form-error')).toHaveText(/does not work any more/);
    await expect(page.getByTestId('ask-again')).toBeVisible();

    // The new password signs in; the old one does not.
    await page.goto('/sign-in');
    await page.getByLabel('Email or username').fill(email);
    await page.getByLabel('Password', { exact: true }).fill('first password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByTestId('form-error')).toBeVisible();
    await page.getByLabel('Password', { exact: true }).fill('my new password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByTestId('greeting')).toHaveText('Hello, Nadia!');
  });

  test('a learner without email resets with a code the mentor made in the console', async ({
    page,
    browser,
    request,
  }) => {
    const username = `karim${unique()}`;
    const learner = await signUp(request, { username });
    // The demo mentor takes the learner into their cohort.
    const mentorSession = await (
      await request.post('/api/auth/sign-in', {
        data: { identifier: 'mentor@passerelle.local', password: DEMO_PASSWORD },
      })
    ).json();
    const headers = { Authorization: `Bearer ${mentorSession.accessToken}` };
    const cohorts = await (await request.get('/api/cohorts', { headers })).json();
    const added = await request.post(`/api/cohorts/${cohorts[0].id}/learners`, {
      headers,
      data: { identifier: username },
    });
    expect(added.status()).toBe(200);

    // In the console, on the learner's page, the mentor makes a code to hand over.
    const mentorContext = await browser.newContext({ viewport: { width: 360, height: 640 } });
    const mentor = await mentorContext.newPage();
    await signIntoConsole(mentor, 'mentor@passerelle.local');
    await expect(mentor.getByTestId('welcome')).toBeVisible();
    await mentor.goto(`/console/assessment/learners/${learner.account.id}`);
    await expect(mentor.getByTestId('learner-name')).toHaveText('Nadia');
    await mentor.getByTestId('make-reset-code').click();
    const code = (await mentor.getByTestId('reset-code-value').textContent())?.trim() ?? '';
    expect(code).toMatch(/^\d{4} \d{4}$/);
    await mentor.getByTestId('reset-code').scrollIntoViewIfNeeded();
    await mentor.screenshot({ path: shot('console-reset-code') });
    await expectNoAxeViolations(mentor);
    await mentorContext.close();

    // The learner, on their phone, in Arabic.
    await page.goto('/sign-in');
    await page.getByTestId('language').selectOption('ar');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await page.getByTestId('forgot-password').click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('العودة إلى حسابك');
    await page.screenshot({ path: shot('portal-forgot-password-ar'), fullPage: true });
    await expectNoAxeViolations(page);
    await page.getByTestId('have-code').click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('استخدم رمزًا من مرشدك');
    await page.getByLabel('اسم المستخدم').fill(username);
    await page.getByTestId('code').fill('0000 0000');
    await page.getByTestId('new-password').fill('كلمة-سر-جديدة');
    await page.getByTestId('save-password').click();
    await expect(page.getByTestId('form-error')).toHaveText(/اسم المستخدم أو الرمز خطأ/);
    await page.getByTestId('code').fill(code);
    await page.screenshot({ path: shot('portal-reset-with-code-ar'), fullPage: true });
    await expectNoAxeViolations(page);
    await page.getByTestId('save-password').click();
    await expect(page).toHaveURL(/\/dashboard$/);
    await expect(page.getByTestId('greeting')).toBeVisible();

    // The code works once; the new password signs in.
    await page.getByTestId('sign-out').click();
    await page.goto('/sign-in');
    await page.getByTestId('language').selectOption('en');
    await page.getByLabel('Email or username').fill(username);
    await page.getByLabel('Password', { exact: true }).fill('كلمة-سر-جديدة');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByTestId('greeting')).toHaveText('Hello, Nadia!');
  });

  test('staff reset through the console, by email', async ({ page }) => {
    await page.goto('/console/sign-in');
    await page.getByTestId('forgot-password').click();
    await expect(page).toHaveURL(/\/console\/forgot-password$/);
    await page.getByLabel('Email').fill('employer@passerelle.local');
    await page.getByTestId('send-reset').click();
    await expect(page.getByTestId('reset-sent')).toBeVisible();
    const mail = await mailFromLog('employer@passerelle.local');
    const link = mail.text.match(/(http\S+\/console\/reset-password#token=[\w-]{43})/)?.[1] ?? '';
    await page.goto(link);
    await page.getByTestId('new-password').fill(DEMO_PASSWORD);
    await expectNoAxeViolations(page);
    await page.getByTestId('save-password').click();
    await expect(page.getByTestId('welcome')).toHaveText('Welcome, Emma Employer');
  });
});
