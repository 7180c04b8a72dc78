import { expect, test } from '@playwright/test';

import { expectNoAxeViolations, shot, signIntoConsole } from '../support/pages';

test.describe('course authoring in the console', () => {
  test('a mentor writes a course in two languages, previews it and publishes it for learners', async ({
    page,
    browser,
  }) => {
    const slug = `writing-a-cv-${Date.now().toString(36)}`;
    await signIntoConsole(page, 'mentor@passerelle.local');
    await page.getByTestId('nav-courses').click();
    await expect(page).toHaveTitle('Courses · Passerelle console');
    await expect(page.getByTestId('courses-table')).toContainText('Digital basics');
    await page.screenshot({ path: shot('console-courses'), fullPage: true });
    await expectNoAxeViolations(page);

    // A new course: its first language, title and summary.
    await page.getByTestId('new-course').click();
    await page.getByTestId('course-title').fill('Writing a CV');
    await expect(page.getByTestId('course-slug')).toHaveValue('writing-a-cv');
    await page.getByTestId('course-slug').fill(slug);
    await page.getByTestId('course-summary').fill('Show employers what you can do.');
    await page.getByTestId('create-course').click();
    await expect(page.getByTestId('course-heading')).toHaveText('Writing a CV');
    await expect(page.getByTestId('course-status')).toHaveText('Draft');

    // Publishing an empty course is refused, with the reason.
    await page.getByTestId('toggle-published').click();
    await expect(page.getByRole('alert')).toContainText('Add at least one lesson');

    await page.getByTestId('new-module-title').fill('Your CV');
    await page.getByTestId('add-module').click();
    await expect(page.getByTestId('module-0')).toContainText('Your CV');

    // A lesson, in English and then in French, with the live preview.
    await page.getByTestId('add-lesson-0').click();
    await expect(page.getByTestId('item-heading')).toHaveText('New lesson');
    await page.getByTestId('item-title').fill('What a CV is');
    await page
      .getByTestId('lesson-body-input')
      .fill('# A CV\n\nA **short** list of your work.\n\n<script>alert(1)</script>');
    await expect(page.getByTestId('lesson-live-preview').locator('strong')).toHaveText('short');
    await expect(page.getByTestId('lesson-live-preview')).toContainText('<script>');
    await page.getByTestId('tab-fr').click();
    await expect(page.getByTestId('item-title')).toHaveValue('');
    await page.getByTestId('item-title').fill('Ce qu’est un CV');
    await page
      .getByTestId('lesson-body-input')
      .fill('# Un CV\n\nUne **courte** liste de votre travail.');
    await page.getByTestId('save-item').click();
    await expect(page.getByTestId('save-state')).toHaveText('Saved.');
    await expect(page.getByTestId('item-heading')).toHaveText('Edit lesson');
    await page.screenshot({ path: shot('console-lesson-editor'), fullPage: true });
    await expectNoAxeViolations(page);

    // The preview is what learners get from the API, per language.
    await page.getByTestId('mode-preview').click();
    const preview = page.getByTestId('learner-preview');
    await expect(preview.getByTestId('preview-title')).toHaveText('Ce qu’est un CV');
    await expect(preview.locator('article')).toHaveAttribute('lang', 'fr');
    await page.getByTestId('preview-language').selectOption('ar');
    await expect(page.getByTestId('preview-fallback')).toBeVisible();
    await expect(preview.getByTestId('preview-title')).toHaveText('What a CV is');
    await expect(preview.getByTestId('preview-body').locator('strong')).toHaveText('short');
    await page.screenshot({ path: shot('console-lesson-preview'), fullPage: true });
    await expectNoAxeViolations(page);

    // Back in the course editor: a second module, reordered with the keyboard.
    await page.getByRole('link', { name: 'Writing a CV' }).click();
    await expect(page.getByTestId('item-0-0')).toContainText('What a CV is');
    await page.getByTestId('new-module-title').fill('Before you start');
    await page.getByTestId('add-module').click();
    await expect(page.getByTestId('module-1')).toContainText('Before you start');
    await page.getByRole('button', { name: 'Move up: Before you start' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('module-0')).toContainText('Before you start');
    await expect(page.getByRole('button', { name: 'Move down: Before you start' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('module-0')).toContainText('Your CV');
    await expectNoAxeViolations(page);
    await page.screenshot({ path: shot('console-course-editor'), fullPage: true });

    await page.getByTestId('toggle-published').click();
    await expect(page.getByTestId('course-status')).toHaveText('Published');
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.screenshot({ path: shot('console-course-editor-wide'), fullPage: true });

    // A learner finds the course in the portal and reads the lesson in French.
    const learnerContext = await browser.newContext();
    const learner = await learnerContext.newPage();
    // A learner of their own: choosing French is remembered on the account.
    await learner.goto('/sign-up');
    await learner.getByLabel('Your name').fill('Farah');
    await learner.getByTestId('toggle-email').click();
    await learner.getByLabel('Username').fill(`farah${Date.now().toString(36)}`);
    await learner.getByLabel('Password', { exact: true }).fill('a long password');
    await learner.getByTestId('submit').click();
    await learner.getByTestId('find-course').click();
    await expect(learner.getByRole('heading', { name: 'Writing a CV' })).toBeVisible();
    await learner.getByTestId(`enrol-${slug}`).click();
    await learner.getByTestId('language').selectOption('fr');
    await learner.getByTestId('next-step').click();
    await expect(learner.getByRole('heading', { level: 1, name: 'Ce qu’est un CV' })).toBeVisible();
    await expect(learner.getByTestId('lesson-body').locator('strong')).toHaveText('courte');
    await learnerContext.close();
  });

  test('a mentor writes a quiz and an exercise, and sees the problems next to the fields', async ({
    page,
  }) => {
    await signIntoConsole(page, 'mentor@passerelle.local');
    await expect(page.getByTestId('welcome')).toBeVisible();
    await page.goto('/console/courses/new');
    await page.getByTestId('course-title').fill('Practice');
    await page.getByTestId('course-slug').fill(`practice-${Date.now().toString(36)}`);
    await page.getByTestId('create-course').click();
    await page.getByTestId('new-module-title').fill('Checks');
    await page.getByTestId('add-module').click();

    // A quiz saved without its right answer: the API says so, next to the question.
    await page.getByTestId('add-quiz-0').click();
    await page.getByTestId('item-title').fill('Safe passwords');
    await page.getByTestId('prompt-0').fill('Which password is safer?');
    await page.getByTestId('option-0-0').fill('123456');
    await page.getByTestId('option-0-1').fill('three long random words');
    await page.getByTestId('save-item').click();
    await expect(page.getByTestId('answer-error-0')).toHaveText(/Mark the right answer/);
    await page.getByTestId('right-0-1').check();
    await page.getByTestId('save-item').click();
    await expect(page.getByTestId('save-state')).toHaveText('Saved.');
    await page.screenshot({ path: shot('console-quiz-editor'), fullPage: true });
    await expectNoAxeViolations(page);

    // Leaving with unsaved changes asks first.
    await page.getByTestId('item-title').fill('Safe passwords!');
    page.once('dialog', (dialog) => void dialog.dismiss());
    await page.getByRole('link', { name: 'Practice' }).click();
    await expect(page.getByTestId('item-heading')).toHaveText('Edit quiz');
    await page.getByTestId('item-title').fill('Safe passwords');

    // An exercise: a bad file name, then a reference solution the grader fails, then a good one.
    await page.getByRole('link', { name: 'Practice' }).click();
    await page.getByTestId('add-exercise-0').click();
    await page.getByTestId('item-title').fill('Double it');
    await page.getByTestId('exercise-prompt').fill('Write `double(n)`: it gives `n` times two.');
    await page.getByTestId('solution-file').fill('my solution.js');
    await page.getByTestId('code-starter').fill('export function double(n) {\n}\n');
    await page
      .getByTestId('code-exampleTests')
      .fill(
        "import { double } from './double';\n\ntest('doubles 2', () => {\n  expect(double(2)).toBe(4);\n});\n",
      );
    await page
      .getByTestId('code-hiddenTests')
      .fill(
        "import { double } from './double';\n\ntest('doubles 5', () => {\n  expect(double(5)).toBe(10);\n});\n",
      );
    await page.getByTestId('save-item').click();
    await expect(page.getByText('Use a file name like two-fer.js.')).toBeVisible();
    await page.getByTestId('solution-file').fill('double.js');
    await page.getByTestId('reference-solution').fill('export const double = (n) => n * 3;\n');
    await page.getByTestId('save-item').click();
    await expect(page.getByText('The reference solution does not pass the tests:')).toBeVisible();
    await expect(page.getByTestId('grader-details')).toContainText('doubles 2');
    await page.getByTestId('reference-solution').fill('export const double = (n) => n * 2;\n');
    await page.getByTestId('save-item').click();
    await expect(page.getByTestId('save-state')).toHaveText('Saved.');
    await expect(page.getByTestId('item-heading')).toHaveText('Edit coding exercise');
    await expect(page.getByTestId('reference-solution')).toHaveValue(/n \* 2/);
    await page.screenshot({ path: shot('console-exercise-editor'), fullPage: true });
    await expectNoAxeViolations(page);

    await page.getByTestId('mode-preview').click();
    await expect(page.getByTestId('preview-title')).toHaveText('Double it');
    await expect(page.getByTestId('learner-preview')).toContainText('export function double(n)');
    await expect(page.getByTestId('learner-preview')).not.toContainText('doubles 5');
    await expectNoAxeViolations(page);

    // The editor mirrors in Arabic; code stays left-to-right.
    await page.getByTestId('language').selectOption('ar');
    await page.getByRole('link', { name: 'Practice' }).click();
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.getByTestId('course-status')).toHaveText('مسودة');
    await page.screenshot({ path: shot('console-course-editor-ar'), fullPage: true });
    await expectNoAxeViolations(page);
  });
});
