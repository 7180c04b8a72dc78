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

  test('on a phone the verdict comes into view, and starting again asks first and can be undone', async ({
    page,
  }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('/sign-up');
    await page.getByLabel('Your name').fill('Mariam');
    await page.getByTestId('toggle-email').click();
    await page.getByLabel('Username').fill(`mariam${Date.now().toString(36)}`);
    await page.getByLabel('Password', { exact: true }).fill('a long password');
    await page.getByTestId('submit').click();
    await page.getByTestId('find-course').click();
    await page.getByTestId('enrol-javascript-foundations').click();
    await page.getByTestId('next-step').click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hello, world');

    // The learner's own code, saved on the server.
    const editor = page.getByTestId('code-editor').locator('.cm-content');
    await editor.click();
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.type('\n// my own idea');
    await expect(page.getByTestId('draft-status')).toHaveText('Saved');

    // Run: "running…" where the verdict will be, in view, then the verdict there, focused.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/submissions', async (route) => {
      await held;
      await route.continue();
    });
    await page.getByTestId('run').click();
    const verdict = page.getByTestId('verdict');
    await expect(verdict).toHaveText('Running the examples…');
    await expect(verdict).toBeInViewport();
    await page.screenshot({ path: shot('portal-exercise-running-en') });
    release();
    await expect(verdict).toHaveText('Some tests do not pass yet.');
    await expect(verdict).toBeInViewport();
    await expect(verdict).toBeFocused();
    await expect(
      page.getByRole('heading', { name: 'Some tests do not pass yet.' }),
    ).toHaveAttribute('tabindex', '-1');
    await expect(page.getByTestId('result-summary')).toHaveText(/Tests passed: 0 of \d+\./);
    await page.screenshot({ path: shot('portal-exercise-verdict-en') });
    await page.unroute('**/submissions');

    // "Start again" is not beside Submit, and asks first: "No" keeps the code.
    await expect(page.getByTestId('exercise-actions').getByTestId('reset')).toHaveCount(0);
    await page.getByTestId('reset').click();
    const dialog = page.getByRole('dialog', { name: 'Start again?' });
    await expect(dialog).toBeVisible();
    await expectNoAxeViolations(page);
    await page.screenshot({ path: shot('portal-exercise-reset-en') });
    await dialog.getByRole('button', { name: 'No, keep my code' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId('code-editor')).toContainText('// my own idea');

    // "Yes" brings the starter back; the old code stays on the device, and Undo restores it,
    // even after the page was closed.
    await page.getByTestId('reset').click();
    await dialog.getByTestId('reset-confirm').click();
    await expect(page.getByTestId('code-editor')).not.toContainText('// my own idea');
    await expect(page.getByTestId('reset-notice')).toContainText('The first code is back.');
    await expect(page.getByTestId('draft-status')).toHaveText('Saved');
    await page.reload();
    await expect(page.getByTestId('code-editor')).not.toContainText('// my own idea');
    await page.getByTestId('reset-undo').click();
    await expect(page.getByTestId('code-editor')).toContainText('// my own idea');
    await expect(page.getByTestId('reset-notice')).toHaveText('Your code is back.');
    await expect(page.getByTestId('draft-status')).toHaveText('Saved');
    await page.reload();
    await expect(page.getByTestId('code-editor')).toContainText('// my own idea');
    await expect(page.getByTestId('reset-undo')).toHaveCount(0);
  });
});
