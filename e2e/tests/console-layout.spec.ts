import { type APIRequestContext, expect, type Page, test } from '@playwright/test';

import { DEMO_PASSWORD, shot, signIntoConsole } from '../support/pages';

/** The sizes every console page must hold at: a phone, and a laptop. */
const SIZES = [
  { name: 'phone', width: 360, height: 640 },
  { name: 'desktop', width: 1280, height: 800 },
] as const;

/** A button taller than this has wrapped or stretched; 44 px targets plus a border fit in it. */
const MAX_BUTTON_HEIGHT = 56;

type Get = (path: string) => Promise<any>; // eslint-disable-line @typescript-eslint/no-explicit-any

async function apiAs(request: APIRequestContext, email: string): Promise<Get> {
  const session = await (
    await request.post('/api/auth/sign-in', {
      data: { identifier: email, password: DEMO_PASSWORD },
    })
  ).json();
  const headers = { Authorization: `Bearer ${session.accessToken}` };
  return async (path) => {
    const response = await request.get(path, { headers });
    expect(response.ok(), path).toBe(true);
    return response.json();
  };
}

/** What is wrong with the page's layout as it is now: sideways scrolling, tall buttons, overlaps. */
async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate((maxButton) => {
    const problems: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth + 1) {
      problems.push(`page scrolls sideways: ${root.scrollWidth} > ${root.clientWidth}`);
    }
    // Visually hidden parts (a table's header row on a phone) are clipped to a pixel: skip them.
    const clipped = (el: Element) => {
      for (let node: Element | null = el; node; node = node.parentElement) {
        const r = node.getBoundingClientRect();
        if (r.width <= 1 || r.height <= 1) return true;
      }
      return false;
    };
    const visible = (el: Element) => getComputedStyle(el).visibility !== 'hidden' && !clipped(el);
    const label = (el: Element) => (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
    for (const button of document.querySelectorAll('button, a.button')) {
      if (!visible(button)) continue;
      const height = button.getBoundingClientRect().height;
      if (height > maxButton)
        problems.push(`button "${label(button)}" is ${Math.round(height)} px tall`);
    }
    for (const row of document.querySelectorAll('tr')) {
      const cells = [...row.children].filter(visible).map((cell) => ({
        cell,
        box: cell.getBoundingClientRect(),
      }));
      for (let i = 0; i < cells.length; i += 1) {
        for (let j = i + 1; j < cells.length; j += 1) {
          const a = cells[i].box;
          const b = cells[j].box;
          const across = Math.min(a.right, b.right) - Math.max(a.left, b.left);
          const down = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
          if (across > 1 && down > 1) {
            problems.push(`cells "${label(cells[i].cell)}" and "${label(cells[j].cell)}" overlap`);
          }
        }
      }
      // Content wider than its cell spills into the next one.
      for (const { cell, box } of cells) {
        for (const child of cell.querySelectorAll('*')) {
          if (!visible(child) || getComputedStyle(child).position === 'absolute') continue;
          const r = child.getBoundingClientRect();
          if (r.right > box.right + 1 || r.left < box.left - 1) {
            problems.push(`"${label(child)}" spills out of its cell`);
            break;
          }
        }
      }
    }
    return problems;
  }, MAX_BUTTON_HEIGHT);
}

async function checkPages(page: Page, role: string, paths: Record<string, string>) {
  const problems: Record<string, string[]> = {};
  for (const [name, path] of Object.entries(paths)) {
    for (const size of SIZES) {
      await page.setViewportSize({ width: size.width, height: size.height });
      await page.goto(`/console${path}`);
      await expect(page.locator('main h1').first()).toBeVisible();
      await page.waitForLoadState('networkidle');
      // The top of the page (at most three screens): enough to look at, light to keep.
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      await page.screenshot({
        path: shot(`layout-${role}-${name}-${size.name}`),
        fullPage: true,
        clip: { x: 0, y: 0, width: size.width, height: Math.min(height, size.height * 3) },
      });
      const found = await layoutProblems(page);
      if (found.length > 0) problems[`${name} at ${size.name} (${path})`] = found;
    }
  }
  expect(problems).toEqual({});
}

test.describe('console layout at 360×640 and 1280×800', () => {
  test.describe.configure({ timeout: 240_000 });

  test('mentor pages', async ({ page }) => {
    const get = await apiAs(page.request, 'mentor@passerelle.local');
    const [cohort] = await get('/api/cohorts');
    const feed = await get('/api/review/submissions');
    const courses: { id: string; slug: string }[] = await get('/api/authoring/courses');
    const code = courses.find((c) => c.slug === 'javascript-foundations');
    const basics = courses.find((c) => c.slug === 'digital-basics');
    const codeTree = await get(`/api/courses/${code?.id}/authoring`);
    const basicsTree = await get(`/api/courses/${basics?.id}/authoring`);
    const itemPath = (courseId: string, module: { id: string }, item: { id: string }) =>
      `/courses/${courseId}/modules/${module.id}/items/${item.id}`;
    const lessonModule = basicsTree.modules[0];
    const lesson = lessonModule.items.find((i: { kind: string }) => i.kind === 'lesson');
    const quiz = lessonModule.items.find((i: { kind: string }) => i.kind === 'quiz');
    const learners: { id: string; identifier: string }[] = await get('/api/assessment/learners');
    const samir = learners.find((l) => l.identifier === 'samir@passerelle.local');
    const bank = await get('/api/assessment/items');

    await signIntoConsole(page, 'mentor@passerelle.local');
    await expect(page.getByTestId('welcome')).toBeVisible();
    await checkPages(page, 'mentor', {
      home: '/',
      courses: '/courses',
      'course-new': '/courses/new',
      course: `/courses/${code?.id}`,
      exercise: itemPath(code?.id ?? '', codeTree.modules[0], codeTree.modules[0].items[0]),
      lesson: itemPath(basics?.id ?? '', lessonModule, lesson),
      quiz: itemPath(basics?.id ?? '', lessonModule, quiz),
      cohorts: '/cohorts',
      cohort: `/cohorts/${cohort.id}`,
      outcomes: '/cohorts/outcomes',
      review: '/review',
      submission: `/review/${feed.items[0].id}`,
      assessment: '/assessment',
      'assessment-learner': `/assessment/learners/${samir?.id}`,
      'item-bank': '/assessment/items',
      'bank-item': `/assessment/items/${bank.items[0].id}`,
      'bank-item-new': '/assessment/items/new',
    });
  });

  test('employer pages', async ({ page }) => {
    const get = await apiAs(page.request, 'employer@passerelle.local');
    const [organisation] = await get('/api/organisations');
    const jobs: { id: string; title: string }[] = await get(
      `/api/organisations/${organisation.id}/jobs`,
    );
    const job = jobs.find((j) => j.title.startsWith('Junior web developer'));
    const candidates: { learnerId: string }[] = await get(`/api/jobs/${job?.id}/candidates`);
    const jobsPath = `/organisations/${organisation.id}/jobs`;

    await signIntoConsole(page, 'employer@passerelle.local');
    await expect(page.getByTestId('welcome')).toBeVisible();
    await checkPages(page, 'employer', {
      home: '/',
      organisations: '/organisations',
      organisation: `/organisations/${organisation.id}`,
      job: `${jobsPath}/${job?.id}`,
      'job-new': `${jobsPath}/new`,
      candidates: `${jobsPath}/${job?.id}/candidates`,
      candidate: `${jobsPath}/${job?.id}/candidates/${candidates[0].learnerId}`,
      pipeline: `${jobsPath}/${job?.id}/pipeline`,
    });
  });

  test('signed-out pages', async ({ page }) => {
    await checkPages(page, 'guest', {
      'sign-in': '/sign-in',
      'accept-invitation': '/accept-invitation#token=unknown',
    });
  });

  test('admin pages', async ({ page }) => {
    await signIntoConsole(page, 'admin@passerelle.local');
    await expect(page.getByTestId('welcome')).toBeVisible();
    await checkPages(page, 'admin', {
      home: '/',
      invitations: '/invitations',
      accounts: '/accounts',
      organisations: '/organisations',
      cohorts: '/cohorts',
    });
  });
});
