import { readFileSync } from 'node:fs';

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

/**
 * The last mail the API wrote to its log for `to` (it does, without SMTP_URL), waiting for it
 * to arrive: the way a test reads a reset link, with no test-only route in the product.
 */
export async function mailFromLog(to: string): Promise<{ subject: string; text: string }> {
  const file = process.env['E2E_API_LOG'];
  if (!file) throw new Error('The global set-up names the API log in E2E_API_LOG');
  let found: { subject: string; text: string } | undefined;
  await expect
    .poll(() => {
      for (const line of readFileSync(file, 'utf8').split('\n')) {
        if (!line.includes('mail not sent')) continue;
        try {
          const message = JSON.parse(line).message;
          if (message?.to === to) found = message;
        } catch {
          // Not a JSON line.
        }
      }
      return found !== undefined;
    })
    .toBe(true);
  return found as { subject: string; text: string };
}
