import { expect, test } from '@playwright/test';

import { DEMO_PASSWORD, expectNoAxeViolations, shot } from '../support/pages';

test.describe('courses in the portal', () => {
  test('a learner starts Digital basics, reads a lesson and passes its quiz', async ({ page }) => {
    await page.goto('/sign-in');
    await page.getByLabel('Email or username').fill('learner@passerelle.local');
    await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByTestId('greeting')).toBeVisible();

    await page.getByTestId('find-course').click();
    await expect(page.getByRole('heading', { name: 'Digital basics' })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByTestId('enrol-digital-basics').click();

    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Digital basics');
    await expect(page.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '0');
    await expectNoAxeViolations(page);
    await page.getByTestId('next-step').click();

    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your email address');
    await expect(page.getByTestId('lesson-body').locator('strong').first()).toHaveText(
      'name@example.org',
    );
    await expectNoAxeViolations(page);
    await page.screenshot({ path: shot('portal-lesson-en'), fullPage: true });
    await page.getByTestId('mark-read').click();

    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check: email');
    await page.getByLabel('amina@example.org').check();
    await page.getByTestId('quiz-next').click();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Move down: Press “Send”' }).click();
    await page.getByRole('button', { name: 'Move down: Press “Send”' }).click();
    await page.screenshot({ path: shot('portal-quiz-ordering'), fullPage: true });
    await page.getByTestId('quiz-check').click();
    await expect(page.getByTestId('quiz-result')).toHaveText('Well done! 2 of 2 right.');
    await page.getByTestId('quiz-continue').click();

    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Strong passwords and fake messages',
    );
    await page.goto('/dashboard');
    await expect(
      page.locator('.my-course', { hasText: 'Digital basics' }).getByRole('progressbar'),
    ).toHaveAttribute('aria-valuenow', '25');
  });

  test('lessons read right-to-left in Arabic', async ({ page }) => {
    await page.goto('/sign-up');
    await page.getByTestId('language').selectOption('ar');
    await page.getByLabel('اسمك').fill('سلمى');
    await page.getByTestId('toggle-email').click();
    await page.getByLabel('اسم المستخدم').fill(`salma${Date.now().toString(36)}`);
    await page.getByLabel('كلمة المرور', { exact: true }).fill('كلمة-سر-طويلة');
    await page.getByTestId('submit').click();
    await page.getByTestId('find-course').click();
    await page.getByTestId('enrol-digital-basics').click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('أساسيات الرقمية');
    await page.getByTestId('next-step').click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('عنوان بريدك الإلكتروني');
    await expect(page.locator('article')).toHaveAttribute('dir', 'rtl');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expectNoAxeViolations(page);
    await page.screenshot({ path: shot('portal-lesson-ar'), fullPage: true });
  });

  test('a learner looks at a course before starting it, and no step is a dead end', async ({
    page,
  }) => {
    await page.goto('/sign-up');
    await page.getByLabel('Your name').fill('Awa');
    await page.getByTestId('toggle-email').click();
    await page.getByLabel('Username').fill(`awa${Date.now().toString(36)}`);
    await page.getByLabel('Password', { exact: true }).fill('a long password');
    await page.getByTestId('submit').click();
    await page.getByTestId('find-course').click();

    // The outline opens before enrolling, and offers to start right there.
    await page.getByTestId('outline-digital-basics').click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Digital basics');
    await expect(page.getByTestId('start-course')).toContainText('Start it to open them.');
    await expect(page.getByTestId('next-step')).toHaveCount(0);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: shot('portal-outline-start-en'), fullPage: true });

    // A step of a course not started says so, and starts the course from there.
    await page.getByRole('link', { name: /Your email address/ }).click();
    await expect(page.getByTestId('course-problem')).toContainText(
      'You have not started this course yet.',
    );
    await expectNoAxeViolations(page);
    await page.screenshot({ path: shot('portal-item-not-started-en'), fullPage: true });
    await page.getByTestId('problem-enrol').click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your email address');
    await expect(page.getByTestId('course-problem')).toHaveCount(0);
    await page.getByRole('link', { name: 'Back to the course' }).click();
    await expect(page.getByTestId('next-step')).toBeVisible();
    await expect(page.getByTestId('start-course')).toHaveCount(0);

    // Starting from the outline itself.
    await page.goto('/courses');
    await page.getByTestId('outline-javascript-foundations').click();
    await page.getByTestId('enrol').click();
    await expect(page.getByTestId('next-step')).toBeVisible();
    await expect(page.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '0');

    // A course that is gone points to the others.
    await page.goto('/courses/00000000-0000-4000-8000-000000000000');
    await expect(page.getByTestId('course-problem')).toContainText('We cannot find this course.');
    await page.getByTestId('all-courses').click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Courses');
  });
});
