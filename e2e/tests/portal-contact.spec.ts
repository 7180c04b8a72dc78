import { type APIRequestContext, expect, test } from '@playwright/test';

import {
  DEMO_PASSWORD,
  expectNoAxeViolations,
  shot,
  signIntoConsole,
  signIntoPortal,
} from '../support/pages';

const PHONE = '+33756123489';
const JOB = 'Website content assistant';
const ORGANISATION = 'Atelier Numérique Lyon';
/** Numbers sit in left-to-right isolates inside sentences. */
const isolated = (text: string) => `\u2066?${text.replace(/[+.]/g, '\\$&')}\u2069?`;

async function bearer(request: APIRequestContext, identifier: string, password = DEMO_PASSWORD) {
  const session = await request.post('/api/auth/sign-in', { data: { identifier, password } });
  expect(session.status()).toBe(200);
  const body = (await session.json()) as { accessToken: string; account: { id: string } };
  return { headers: { Authorization: `Bearer ${body.accessToken}` }, account: body.account };
}

test.describe('contact without email', () => {
  test('a learner reached by phone is told exactly what is shared, and the employer sees just that', async ({
    page,
    browser,
    request,
  }) => {
    test.setTimeout(60_000);
    // Olena chose the phone (demo data): her profile says how employers reach her.
    await signIntoPortal(page, 'olena@passerelle.local');
    await page.goto('/profile/contact');
    await expect(page.getByTestId('contact-phone')).toHaveValue(PHONE);
    await expect(page.getByTestId('contact-via-phone')).toBeChecked();
    await expect(page.getByTestId('contact-via-email')).toBeVisible();
    // A number without the country code is refused on the field, before anything is sent.
    await page.getByTestId('contact-phone').fill('07 56 12 34 89');
    await page.getByTestId('contact-save').click();
    await expect(page.getByText('Write the number with + and the country code')).toBeVisible();
    await page.getByTestId('contact-phone').fill('+33 7 56 12 34 89');
    await page.getByTestId('contact-save').click();
    await expect(page.getByTestId('contact-saved')).toHaveText('Saved.');
    await page.screenshot({ path: shot('portal-contact'), fullPage: true });
    await expectNoAxeViolations(page);

    // She has applied (demo data); the employer shortlists her and invites her to an interview.
    const olena = await bearer(request, 'olena@passerelle.local');
    const employer = await bearer(request, 'employer@passerelle.local');
    const organisations = (await (
      await request.get('/api/organisations', { headers: employer.headers })
    ).json()) as { id: string; name: string }[];
    const atelier = organisations.find((o) => o.name === ORGANISATION);
    const jobs = (await (
      await request.get(`/api/organisations/${atelier?.id}/jobs`, { headers: employer.headers })
    ).json()) as { id: string; title: string }[];
    const job = jobs.find((j) => j.title === JOB);
    const mine = (await (
      await request.get('/api/me/applications', { headers: olena.headers })
    ).json()) as { id: string; job: { id: string } }[];
    const id = mine.find((a) => a.job.id === job?.id)?.id;
    expect(id).toBeDefined();
    for (const stage of ['shortlisted', 'invited']) {
      const moved = await request.post(`/api/applications/${id}/stage`, {
        headers: employer.headers,
        data: { stage },
      });
      expect(moved.status()).toBe(200);
    }

    // Before she answers: what accepting would share, in words.
    await page.goto('/jobs/applications');
    const application = page.getByTestId('application').filter({ hasText: JOB });
    await expect(application.getByTestId('invitation-offer')).toHaveText(
      new RegExp(
        `If you accept, ${ORGANISATION} can see your phone number ${isolated(PHONE)} to plan the interview\\.`,
      ),
    );
    await application.getByTestId('invitation-accept').click();
    await expect(application.getByTestId('invitation-answer')).toHaveText(
      new RegExp(
        `You accepted\\. ${ORGANISATION} can now see your phone number ${isolated(PHONE)}\\.`,
      ),
    );
    await application.scrollIntoViewIfNeeded();
    await page.screenshot({ path: shot('portal-contact-accepted') });
    await expectNoAxeViolations(page);

    // The employer, on a phone too: the phone number, and no email.
    const employerPhone = await browser.newContext({
      viewport: { width: 360, height: 640 },
      hasTouch: true,
      isMobile: true,
    });
    const board = await employerPhone.newPage();
    await signIntoConsole(board, 'employer@passerelle.local');
    await board.waitForURL((url) => !url.pathname.endsWith('/sign-in'));
    await board.goto(`/console/organisations/${atelier?.id}/jobs/${job?.id}/pipeline`);
    const card = board.getByTestId('pipeline-card').filter({ hasText: 'Olena Kovalenko' });
    const contact = card.getByTestId('contact');
    await expect(contact).toHaveText(`Phone: ${PHONE}`);
    await expect(contact.getByRole('link')).toHaveAttribute('href', `tel:${PHONE}`);
    await expect(card).not.toContainText('olena@passerelle.local');
    await contact.scrollIntoViewIfNeeded();
    await board.screenshot({ path: shot('console-contact-phone') });
    await expectNoAxeViolations(board);
    // Her page for this job says the same.
    await board.goto(
      `/console/organisations/${atelier?.id}/jobs/${job?.id}/candidates/${olena.account.id}`,
    );
    await expect(board.getByTestId('contact')).toHaveText(`Phone: ${PHONE}`);
    await board.screenshot({ path: shot('console-contact-candidate') });
    await employerPhone.close();
  });
});

test.describe('the language chosen on the sign-in page', () => {
  test('is the one the learner gets after signing in, and is saved to the account', async ({
    page,
    request,
  }) => {
    // An account that was created in Arabic.
    const username = `nour${Date.now().toString(36)}`;
    const created = await request.post('/api/auth/sign-up', {
      data: { username, password: 'a long password', displayName: 'Nour', preferredLanguage: 'ar' },
    });
    expect(created.status()).toBe(201);

    // She picks French on the sign-in page: French it stays once signed in.
    await signIntoPortal(page, username, 'fr', 'a long password');
    await expect(page.getByTestId('greeting')).toHaveText('Bonjour, Nour !');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
    await expect
      .poll(async () => {
        const { headers } = await bearer(request, username, 'a long password');
        const me = await request.get('/api/accounts/me', { headers });
        return ((await me.json()) as { preferredLanguage: string }).preferredLanguage;
      })
      .toBe('fr');
    await page.screenshot({ path: shot('portal-sign-in-language') });
  });
});

test.describe('the grader’s words', () => {
  test('are in Arabic for an Arabic learner; the values from the code stay as they are', async ({
    page,
    request,
  }) => {
    const username = `rania${Date.now().toString(36)}`;
    const created = await request.post('/api/auth/sign-up', {
      data: {
        username,
        password: 'a long password',
        displayName: 'Rania',
        preferredLanguage: 'ar',
      },
    });
    expect(created.status()).toBe(201);
    const { headers } = await bearer(request, username, 'a long password');
    const courses = (await (await request.get('/api/courses', { headers })).json()) as {
      id: string;
      slug: string;
    }[];
    const course = courses.find((c) => c.slug === 'javascript-foundations');
    expect((await request.post(`/api/courses/${course?.id}/enrolments`, { headers })).ok()).toBe(
      true,
    );
    const outline = (await (
      await request.get(`/api/courses/${course?.id}`, { headers })
    ).json()) as {
      modules: { items: { id: string }[] }[];
    };

    await signIntoPortal(page, username, 'ar', 'a long password');
    await page.goto(`/courses/${course?.id}/items/${outline.modules[0].items[0].id}`);
    await page.getByTestId('run').click();
    const results = page.getByTestId('results');
    await expect(results).toContainText('المتوقع: "Hello, World!"');
    await expect(results).toContainText('الناتج:');
    await expect(results).not.toContainText('Expected:');
    await page.screenshot({ path: shot('portal-exercise-results-ar'), fullPage: true });
  });
});
