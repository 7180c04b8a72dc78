import { expect, test } from '@playwright/test';

import { expectNoAxeViolations, shot, signIntoConsole } from '../support/pages';

test.describe('the skills assessment in the console', () => {
  test('a mentor reads a learner’s attempt item by item and resets it', async ({ page }) => {
    await signIntoConsole(page, 'mentor@passerelle.local');
    await page.getByTestId('nav-assessment').click();
    const samir = page.getByTestId('learner-samir@passerelle.local');
    await expect(samir).toBeVisible();
    await expect(page.getByTestId('learner-olena@passerelle.local')).toBeVisible();
    await page.screenshot({ path: shot('console-assessment-results'), fullPage: true });
    await expectNoAxeViolations(page);

    await samir.getByRole('link', { name: 'Samir Haddad' }).click();
    await expect(page.getByTestId('intake')).toContainText('Web developer');
    const review = page.getByTestId('attempt-review');
    await expect(review.getByTestId('attempt-status')).toHaveText('Completed');
    await expect(page.getByTestId('level-chart')).toBeVisible();
    // Every answer, in order, with the estimate after it.
    await expect(page.getByTestId('responses').locator('tbody tr').first()).toBeVisible();
    const answered = await page.getByTestId('responses').locator('tbody tr').count();
    expect(answered).toBeGreaterThanOrEqual(6);
    // How each of the six areas was decided: after which question, how sure, and why it stopped.
    const decisions = page.getByTestId('area-decisions');
    await expect(decisions.locator('tbody tr')).toHaveCount(6);
    await expect(page.getByTestId('stop-reason')).toHaveText(
      /every area was decided|maximum number of questions/,
    );
    await expect(decisions.locator('tbody tr').first()).toContainText(
      /After question \d+|Still open/,
    );
    await expect(decisions.locator('tbody tr').first()).toContainText(/\d+ ?% sure of level/);
    await page.screenshot({ path: shot('console-assessment-attempt'), fullPage: true });
    await expectNoAxeViolations(page);
    await page.getByTestId('decisions').scrollIntoViewIfNeeded();
    await page.screenshot({ path: shot('console-assessment-decisions-360') });
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.getByTestId('decisions').scrollIntoViewIfNeeded();
    await page.screenshot({ path: shot('console-assessment-decisions-1280') });
    await expectNoAxeViolations(page);
    await page.setViewportSize({ width: 360, height: 640 });

    page.once('dialog', (dialog) => void dialog.accept());
    await review.getByTestId('reset-attempt').click();
    await expect(review.getByTestId('attempt-status')).toHaveText('Reset');
    await expect(review.getByTestId('reset-attempt')).toHaveCount(0);
  });

  test('a mentor finds weak items in the bank and previews one in Arabic', async ({ page }) => {
    await signIntoConsole(page, 'mentor@passerelle.local');
    await page.getByTestId('nav-assessment').click();
    await page.getByTestId('tab-bank').click();
    const table = page.getByTestId('items-table');
    await expect(table.locator('tbody tr')).toHaveCount(218);
    await page.getByTestId('filter-area').selectOption('safety');
    expect(await table.locator('tbody tr').count()).toBeGreaterThanOrEqual(20);
    expect(await table.locator('tbody tr').count()).toBeLessThan(218);
    await expectNoAxeViolations(page);

    await table.locator('tbody tr').first().getByRole('link').click();
    await expect(page.getByTestId('item-key')).toHaveValue(/^safety-/);
    await page.getByTestId('mode-preview').click();
    await page.getByTestId('preview-language').selectOption('ar');
    await expect(page.locator('pa-assessment-item fieldset')).toHaveAttribute('dir', 'rtl');
    await page.screenshot({ path: shot('console-assessment-preview-ar'), fullPage: true });
    await expectNoAxeViolations(page);
  });
});
