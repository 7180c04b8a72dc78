import { expect, type Page, test } from '@playwright/test';

import { expectNoAxeViolations, shot, signIntoConsole } from '../support/pages';

/** A learner who is stuck: enrolled in JavaScript foundations, with failing code, asking for help. */
async function stuckLearner(page: Page, username: string): Promise<void> {
  const api = page.request;
  const session = await (
    await api.post('/api/auth/sign-up', {
      data: {
        username,
        password: 'a long password',
        displayName: 'Samir',
        preferredLanguage: 'en',
      },
    })
  ).json();
  const headers = { Authorization: `Bearer ${session.accessToken}` };
  const courses = await (await api.get('/api/courses', { headers })).json();
  const course = courses.find((c: { slug: string }) => c.slug === 'javascript-foundations');
  const outline = await (
    await api.post(`/api/courses/${course.id}/enrolments`, { headers, data: {} })
  ).json();
  const hello = outline.modules[0].items[0];
  const submission = await (
    await api.post(`/api/courses/${course.id}/items/${hello.id}/submissions`, {
      headers,
      data: { kind: 'submit', source: "export function hello() {\n  return 'Hello';\n}\n" },
    })
  ).json();
  expect(submission.result.status).toBe('fail');
  await api.post(`/api/submissions/${submission.id}/help-request`, { headers, data: {} });
}

test.describe('mentor review', () => {
  test('a mentor groups a learner in a cohort, comments on a line, and the learner sees it', async ({
    page,
    browser,
  }) => {
    test.setTimeout(60_000);
    const username = `samir${Date.now().toString(36)}`;
    await stuckLearner(page, username);

    // The mentor makes a cohort and adds the learner to it.
    await signIntoConsole(page, 'mentor@passerelle.local');
    await page.getByTestId('nav-cohorts').click();
    await page.getByLabel('Name').fill('Tuesday evening');
    await page.getByTestId('create-cohort').click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tuesday evening');
    await page.getByLabel('Add a learner').fill(username);
    await page.getByTestId('add-learner').click();
    await expect(page.getByTestId('cohort-learners')).toContainText(username);
    await page.getByLabel('Assign a course').selectOption({ label: 'JavaScript foundations' });
    await page.getByTestId('assign-course').click();
    await expect(page.getByTestId('cohort-courses')).toContainText('JavaScript foundations');
    await expect(page.getByTestId('cohort-learners')).toContainText('1 to answer');
    await expectNoAxeViolations(page);
    await page.screenshot({ path: shot('console-cohort'), fullPage: true });

    // The help request is in the review feed.
    await page.getByRole('link', { name: '1 to answer' }).click();
    await expect(page.getByLabel('Status')).toHaveValue('needs-help');
    const entry = page.getByTestId('review-feed').getByRole('listitem').first();
    await expect(entry).toContainText('Samir · Hello, world');
    await expect(entry).toContainText('Asks for help');
    await expectNoAxeViolations(page);
    await page.screenshot({ path: shot('console-review-feed'), fullPage: true });
    await entry.getByRole('link').click();

    // The mentor comments on line 2 of the code.
    await expect(page.getByTestId('review-code')).toContainText("return 'Hello';");
    await page.getByRole('button', { name: 'Comment on line 2' }).click();
    await expect(page.getByTestId('comment-line')).toHaveValue('2');
    await expect(page.getByTestId('comment-body')).toBeFocused();
    await page.keyboard.type('Compare with the example: which words are missing?');
    await page.getByTestId('send-comment').click();
    await expect(page.getByTestId('review-code')).toContainText('which words are missing?');
    await expect(page.getByText('Asks for help')).toHaveCount(0);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: shot('console-review-submission'), fullPage: true });

    // The learner sees one unread message on their dashboard, and the comment on the exercise.
    const learnerContext = await browser.newContext({ viewport: { width: 360, height: 640 } });
    const learner = await learnerContext.newPage();
    await learner.goto('/sign-in');
    await learner.getByLabel('Email or username').fill(username);
    await learner.getByLabel('Password', { exact: true }).fill('a long password');
    await learner.getByRole('button', { name: 'Sign in' }).click();
    await expect(learner.getByTestId('unread-feedback')).toContainText(
      'You have 1 new message from your mentor.',
    );
    // One message, said as one in Arabic too (Arabic has six plural forms).
    await learner.getByTestId('language').selectOption('ar');
    await expect(learner.getByTestId('unread-feedback')).toContainText(
      'لديك رسالة جديدة واحدة من مرشدك.',
    );
    await learner.getByTestId('language').selectOption('en');
    await learner.getByTestId('feedback-card').getByRole('link', { name: 'Hello, world' }).click();
    const feedback = learner.getByTestId('feedback');
    await expect(feedback).toContainText('Line 2');
    await expect(feedback).toContainText('Compare with the example: which words are missing?');
    await expectNoAxeViolations(learner);
    await learner.screenshot({ path: shot('portal-feedback'), fullPage: true });
    await learner.goto('/dashboard');
    await expect(learner.getByTestId('unread-feedback')).toContainText(
      'You have read all your feedback.',
    );
    await learnerContext.close();
  });
});
