import { expect, type Page, test } from '@playwright/test';

import { expectNoAxeViolations, shot } from '../support/pages';

interface AttemptBody {
  status: string;
  current: { prompt: string; position: number } | null;
}

/** Signs a new learner up by username in the page's current language; lands on the dashboard. */
async function signUp(page: Page, name: string, language: 'fr' | 'ar' | 'en'): Promise<void> {
  await page.goto('/');
  await page.getByTestId('language').selectOption(language);
  await expect(page.locator('html')).toHaveAttribute('lang', language);
  await page.getByTestId('go-sign-up').click();
  await page.getByTestId('toggle-email').click();
  await page.locator('[formcontrolname="displayName"]').fill(name);
  await page
    .locator('[formcontrolname="username"]')
    .fill(`${name.toLowerCase()}${Date.now().toString(36)}`);
  await page.locator('[formcontrolname="password"]').fill('a long password');
  await page.getByTestId('submit').click();
  await expect(page).toHaveURL(/\/dashboard$/);
}

/** The intake: one language, a phone, secondary school, a job goal. */
async function fillIntake(page: Page): Promise<void> {
  await page.getByTestId('intake-language').first().selectOption('ti');
  await page.getByTestId('intake-skill').first().selectOption('native');
  await page.getByTestId('intake-device-phone').check();
  await page.getByTestId('intake-schooling').selectOption('secondary');
  await page.getByTestId('intake-job-goal').fill('Développeur web');
  await page.getByTestId('intake-save').click();
}

/**
 * Answers the question on screen — the first option, every third time "I don't know", an
 * ordering as served — and waits for the server's next step.
 */
async function answerOne(page: Page, n: number): Promise<AttemptBody> {
  const answered = page.waitForResponse(
    (r) => r.url().includes('/answers') && r.request().method() === 'POST',
  );
  const confirm = page.getByTestId('item-confirm');
  if (n % 3 === 2) {
    await page.getByTestId('item-dont-know').click();
  } else {
    const options = page.locator('pa-assessment-item input');
    if ((await options.count()) > 0) await options.first().check();
    await expect(confirm).toBeEnabled();
    await confirm.click();
  }
  const response = await answered;
  expect(response.status()).toBe(200);
  const body = (await response.json()) as AttemptBody;
  if (body.current) await expect(page.getByTestId('item-prompt')).toHaveText(body.current.prompt);
  return body;
}

test.describe('the skills assessment in the portal', () => {
  test('a learner takes the whole test in French on a phone and sees levels and courses', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await signUp(page, 'Awet', 'fr');
    // How long it takes, before it starts: the engine's estimate, not "a short test".
    await expect(page.getByTestId('assessment-intro')).toContainText(/environ \d+ minutes/);
    await expect(page.getByTestId('assessment-intro')).not.toContainText('court');
    await page.getByTestId('assessment-start').click();
    await expect(page).toHaveURL(/\/assessment$/);
    await fillIntake(page);
    // The engine's own estimate: it asks only what placement needs, 22 questions at most.
    const length = page.getByTestId('test-length');
    await expect(length).toContainText(
      /Environ \d+ questions \(22 au plus\)\. Environ \d+ minutes\./,
    );
    const expected = Number((/Environ (\d+) questions/.exec(await length.innerText()) ?? [])[1]);
    expect(expected).toBeGreaterThanOrEqual(6);
    expect(expected).toBeLessThanOrEqual(22);
    await page.getByTestId('test-language-fr').check();
    await page.screenshot({ path: shot('portal-assessment-start-fr'), fullPage: true });
    await page.getByTestId('start-test').click();

    await expect(page).toHaveURL(/\/assessment\/attempts\//);
    await expect(page.getByTestId('item-region')).toHaveAttribute('dir', 'ltr');
    await expect(page.getByTestId('questions-left')).toContainText(/environ \d+ questions/);
    await page.screenshot({ path: shot('portal-assessment-item-fr'), fullPage: true });
    await expectNoAxeViolations(page);

    let body: AttemptBody = { status: 'in-progress', current: null };
    let answers = 0;
    while (body.status === 'in-progress') {
      body = await answerOne(page, answers);
      answers++;
      expect(answers).toBeLessThanOrEqual(22);
    }
    // At least one question per area.
    expect(answers).toBeGreaterThanOrEqual(6);

    await expect(page).toHaveURL(/\/assessment\/result$/);
    await expect(page.getByTestId('level-bar')).toHaveCount(6);
    await expect(page.getByTestId('overall')).toBeVisible();
    await page.screenshot({ path: shot('portal-assessment-result-fr'), fullPage: true });
    await expectNoAxeViolations(page);

    // A recommended course opens on an outline that starts it: no dead end.
    await page.getByTestId('recommended-course').first().getByRole('link').click();
    await expect(page.getByTestId('start-course')).toBeVisible();
    await page.getByTestId('enrol').click();
    await expect(page.getByTestId('next-step')).toBeVisible();

    // Back on the dashboard, the card leads to the result; a retake waits for the cooldown.
    await page.goto('/dashboard');
    await expect(page.getByTestId('assessment-result')).toBeVisible();
    await page.goto('/assessment');
    await expect(page.getByTestId('retake-later')).toBeVisible();
    await expect(page.getByTestId('start-test')).toHaveCount(0);
  });

  test('in Arabic the test reads right to left, switches language mid-test and resumes', async ({
    page,
  }) => {
    await signUp(page, 'Layla', 'ar');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await page.getByTestId('assessment-start').click();
    await fillIntake(page);
    await expect(page.getByTestId('test-length')).toContainText(/حوالي \d+ دقيقة/);
    await page.screenshot({ path: shot('portal-assessment-start-ar'), fullPage: true });
    await page.getByTestId('test-language-ar').check();
    await page.getByTestId('start-test').click();

    const region = page.getByTestId('item-region');
    await expect(region).toHaveAttribute('dir', 'rtl');
    await expect(region).toHaveAttribute('lang', 'ar');
    await page.screenshot({ path: shot('portal-assessment-item-ar'), fullPage: true });
    await expectNoAxeViolations(page);
    await answerOne(page, 0);
    await answerOne(page, 1);

    // The same question comes back in French, left to right.
    const arabicPrompt = await page.getByTestId('item-prompt').textContent();
    await page.getByTestId('test-language').selectOption('fr');
    await expect(region).toHaveAttribute('dir', 'ltr');
    await expect(page.getByTestId('item-prompt')).not.toHaveText(arabicPrompt ?? '');
    const frenchPrompt = (await page.getByTestId('item-prompt').textContent()) ?? '';

    // A closed tab resumes at the same question.
    await page.reload();
    await expect(page.getByTestId('item-prompt')).toHaveText(frenchPrompt);
    await page.goto('/dashboard');
    await page.getByTestId('assessment-continue').click();
    await expect(page.getByTestId('item-prompt')).toHaveText(frenchPrompt);
  });
});
