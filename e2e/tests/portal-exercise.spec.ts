import { expect, test } from '@playwright/test';

import { expectNoAxeViolations, shot } from '../support/pages';

test.describe('coding exercises in the portal', () => {
  test('a learner on a phone fixes failing code, submits, and sees every test pass', async ({
    page,
    browser,
  }) => {
    const username = `yusuf${Date.now().toString(36)}`;
    await page.goto('/sign-up');
    await page.getByLabel('Your name').fill('Yusuf');
    await page.getByTestId('toggle-email').click();
    await page.getByLabel('Username').fill(username);
    await page.getByLabel('Password', { exact: true }).fill('a long password');
    await page.getByTestId('submit').click();
    await page.getByTestId('find-course').click();
    await page.getByTestId('enrol-javascript-foundations').click();
    await page.getByTestId('next-step').click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hello, world');

    // The starter code fails the examples, with the reason per test.
    await page.getByTestId('run').click();
    await expect(page.getByTestId('results')).toContainText('Some tests do not pass yet.');
    await expect(page.getByTestId('results')).toContainText('Expected: "Hello, World!"');
    await expectNoAxeViolations(page);

    await page.getByTestId('hint').click();
    await expect(page.getByText('Hint 1:')).toBeVisible();

    // Fix the code in the editor: select all, type the solution, using the symbol bar once.
    const editor = page.getByTestId('code-editor').locator('.cm-content');
    await editor.click();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.press('Delete');
    await page.keyboard.type("export function hello() {\nreturn 'Hello, World!'");
    await page.getByRole('button', { name: 'Insert ;' }).click();
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Insert }' }).click();
    await page.screenshot({ path: shot('portal-exercise'), fullPage: true });

    // The draft goes to the server, and follows the learner to a device that never saw it.
    await expect(page.getByTestId('draft-status')).toHaveText('Saved');
    const exercise = new URL(page.url()).pathname;
    const otherDevice = await browser.newContext({ viewport: { width: 360, height: 640 } });
    const other = await otherDevice.newPage();
    await other.goto('/sign-in');
    await other.getByLabel('Email or username').fill(username);
    await other.getByLabel('Password', { exact: true }).fill('a long password');
    await other.getByRole('button', { name: 'Sign in' }).click();
    await expect(other).toHaveURL(/\/dashboard$/);
    await other.goto(exercise);
    await expect(other.getByTestId('code-editor')).toContainText("return 'Hello, World!';");

    // Offline, the draft stays on the device, and goes to the server once back online.
    await otherDevice.setOffline(true);
    await other.getByTestId('code-editor').locator('.cm-content').click();
    await other.keyboard.press('ControlOrMeta+End');
    await other.keyboard.type('\n// from my phone');
    await expect(other.getByTestId('draft-status')).toHaveText(
      'Saved on this device — will sync when online',
    );
    await otherDevice.setOffline(false);
    await expect(other.getByTestId('draft-status')).toHaveText('Saved');
    await otherDevice.close();

    await page.getByTestId('submit-code').click();
    await expect(page.getByTestId('results')).toContainText('All tests pass.');
    await expect(page.getByTestId('exercise-passed')).toBeVisible();
    await expectNoAxeViolations(page);

    // The draft survives a reload.
    await page.reload();
    await expect(page.getByTestId('code-editor')).toContainText("return 'Hello, World!';");
    await page.getByTestId('exercise-continue').click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Two for one');
    await expect(page.getByTestId('code-editor')).toContainText('twoFer');
    await expect(page.getByTestId('code-editor')).not.toContainText('Hello, World!');
  });
});
