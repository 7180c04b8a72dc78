import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'passerelle-demo';

/** Asserts that axe-core finds no WCAG 2.2 A/AA violation on the page as it is now. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(
    results.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')) })),
  ).toEqual([]);
}

export async function signIntoConsole(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto('/console/sign-in');
  await page.getByLabel('Email or username').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

export function shot(name: string): string {
  return `tmp/screenshots/${name}.png`;
}

/**
 * Signs into the portal with `language` chosen on the sign-in page (the choice made there is
 * the one the learner gets, and is saved to the account); lands on the dashboard.
 */
export async function signIntoPortal(
  page: Page,
  identifier: string,
  language = 'en',
  password = DEMO_PASSWORD,
): Promise<void> {
  await page.goto('/sign-in');
  await page.getByTestId('language').selectOption(language);
  await expect(page.locator('html')).toHaveAttribute('lang', language);
  // The labels are in the chosen language: the fields are found by what they hold.
  await page.locator('input[autocomplete="username"]').fill(identifier);
  await page.locator('input[autocomplete="current-password"]').fill(password);
  await page.locator('pa-sign-in-form button[type="submit"]').click();
  await expect(page.getByTestId('greeting')).toBeVisible();
}
