import { expect, test } from '@playwright/test';

import { expectNoAxeViolations, shot } from '../support/pages';

test.describe('learner portal', () => {
  test('a new learner signs up in Arabic and lands on a right-to-left dashboard', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
    await page.getByTestId('language').selectOption('ar');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
    await page.screenshot({ path: shot('portal-welcome-ar') });

    await page.getByTestId('go-sign-up').click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('أنشئ حسابك');
    await expectNoAxeViolations(page);

    // A learner without an email signs up with a username.
    await page.getByTestId('toggle-email').click();
    const username = `amal${Date.now().toString(36)}`;
    await page.getByLabel('اسمك').fill('أمل');
    await page.getByLabel('اسم المستخدم').fill(username);
    await page.getByLabel('كلمة المرور', { exact: true }).fill('كلمة-سر-طويلة');
    await page.screenshot({ path: shot('portal-sign-up-ar'), fullPage: true });
    await page.getByTestId('submit').click();

    await expect(page).toHaveURL(/\/dashboard$/);
    await expect(page.getByTestId('greeting')).toHaveText('مرحباً، أمل!');
    await expect(page).toHaveTitle('مساحتي · باسيريل');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await page.screenshot({ path: shot('portal-dashboard-ar'), fullPage: true });
    await expectNoAxeViolations(page);

    // The session survives a reload: the refresh token resumes it.
    await page.reload();
    await expect(page.getByTestId('greeting')).toHaveText('مرحباً، أمل!');
    // Signed in, the welcome page leads straight to the dashboard.
    await page.goto('/');
    await expect(page.getByTestId('greeting')).toHaveText('مرحباً، أمل!');

    await page.getByTestId('sign-out').click();
    await expect(page).toHaveURL(/\/$/);
    await page.goto('/dashboard');
    await expect(page).toHaveURL(/\/sign-in$/);

    // On another phone, the language she picks on the sign-in page is the one she gets.
    await page.evaluate(() => localStorage.clear());
    await page.goto('/sign-in');
    await page.getByTestId('language').selectOption('en');
    await page.getByLabel('Email or username').fill(username);
    await page.getByLabel('Password', { exact: true }).fill('كلمة-سر-طويلة');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByTestId('greeting')).toHaveText('Hello, أمل!');
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  });

  test('sign-up explains bad input next to the field, in the chosen language', async ({ page }) => {
    await page.goto('/sign-up');
    await page.getByTestId('language').selectOption('fr');
    await page.getByLabel('Votre nom').fill('Luc');
    await page.getByLabel('E-mail').fill('pas-un-email');
    await page.getByLabel('Mot de passe', { exact: true }).fill('court');
    await page.getByTestId('submit').click();
    await expect(page.getByTestId('form-error')).toHaveText(
      'Vérifiez les champs indiqués plus bas.',
    );
    await expect(page.getByText('Écrivez un e-mail comme nom@exemple.fr.')).toBeVisible();
    await expect(page.getByText('Trop court : au moins 8 caractères.')).toBeVisible();
    await expect(page).toHaveURL(/\/sign-up$/);
  });

  test('a demo learner signs in; a wrong password is explained', async ({ page }) => {
    await page.goto('/sign-in');
    await page.getByLabel('Email or username').fill('learner@passerelle.local');
    await page.getByLabel('Password', { exact: true }).fill('wrong password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByTestId('form-error')).toHaveText(
      'The email, username or password is wrong.',
    );
    await page.getByLabel('Password', { exact: true }).fill('passerelle-demo');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByTestId('greeting')).toHaveText('Hello, Amina Learner!');
    await page.screenshot({ path: shot('portal-dashboard-en'), fullPage: true });
    await expectNoAxeViolations(page);
  });
});
