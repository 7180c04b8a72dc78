import { expect, test } from '@playwright/test';

import { expectNoAxeViolations, shot, signIntoConsole } from '../support/pages';

test.describe('console', () => {
  test('an admin invites a mentor, who sets a password and signs into the console', async ({
    page,
    browser,
  }) => {
    await signIntoConsole(page, 'admin@passerelle.local');
    await expect(page.getByTestId('welcome')).toHaveText('Welcome, Adèle Admin');
    await expect(page.getByTestId('nav-invitations')).toBeVisible();
    await expect(page.getByTestId('nav-accounts')).toBeVisible();

    await page.getByTestId('nav-invitations').click();
    await expect(page).toHaveTitle('Invitations · Passerelle console');
    const email = `mentor.${Date.now().toString(36)}@example.org`;
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Name').fill('Mariam Mentor');
    await page.getByLabel('Role').selectOption('mentor');
    await page.getByTestId('create-invitation').click();
    const link = (await page.getByTestId('invitation-link').textContent())?.trim() ?? '';
    expect(link).toMatch(/\/console\/accept-invitation#token=[\w-]{43}$/);
    await expect(page.getByTestId('invitations-table')).toContainText(email);
    await page.screenshot({ path: shot('console-invitations'), fullPage: true });
    await expectNoAxeViolations(page);

    // The mentor opens the link on their own device.
    const mentorContext = await browser.newContext();
    const mentor = await mentorContext.newPage();
    await mentor.goto(link);
    await expect(mentor.getByText('Mariam Mentor, you are invited as Mentor.')).toBeVisible();
    await expectNoAxeViolations(mentor);
    await mentor.getByLabel('Password').fill('mentor password 1');
    await mentor.getByTestId('accept').click();
    await expect(mentor.getByTestId('welcome')).toHaveText('Welcome, Mariam Mentor');
    await expect(mentor.getByTestId('nav-home')).toBeVisible();
    await expect(mentor.getByTestId('nav-invitations')).toHaveCount(0);
    await expect(mentor.getByTestId('nav-accounts')).toHaveCount(0);

    // Later, the mentor signs in with the new password.
    await mentor.getByTestId('sign-out').click();
    await signIntoConsole(mentor, email, 'mentor password 1');
    await expect(mentor.getByTestId('welcome')).toHaveText('Welcome, Mariam Mentor');
    await mentor.screenshot({ path: shot('console-mentor-home'), fullPage: true });
    await expectNoAxeViolations(mentor);
    // An admin-only page is out of reach even by URL.
    await mentor.goto('/console/accounts');
    await expect(mentor).toHaveURL(/\/console\/$/);
    await expect(mentor.getByTestId('welcome')).toHaveText('Welcome, Mariam Mentor');
    // Signed in, the sign-in page sends the mentor home.
    await mentor.goto('/console/sign-in');
    await expect(mentor.getByTestId('welcome')).toBeVisible();
    await mentorContext.close();

    // The admin sees the mentor's account as active.
    await page.getByTestId('nav-accounts').click();
    await page.getByLabel('Search by name, email or username').fill(email);
    await expect(page.getByTestId('accounts-table')).toContainText('Active');
  });

  test('a learner is sent to the portal', async ({ page }) => {
    await signIntoConsole(page, 'learner@passerelle.local');
    await expect(page.getByTestId('learner-refused')).toBeVisible();
    await page.goto('/console/');
    await expect(page).toHaveURL(/\/console\/sign-in$/);
  });

  test('the console reads right-to-left in Arabic', async ({ page }) => {
    await page.goto('/console/sign-in');
    await page.getByTestId('language').selectOption('ar');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('تسجيل الدخول إلى اللوحة');
    await page.screenshot({ path: shot('console-sign-in-ar') });
    await expectNoAxeViolations(page);
  });
});
