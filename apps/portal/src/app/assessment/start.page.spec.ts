import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import {
  type AssessmentOverview,
  type AttemptView,
  type IntakeProfile,
  ProblemType,
} from '@passerelle/contracts';

import { AssessmentStartPage } from './start.page';

const intake: IntakeProfile = {
  languages: [{ language: 'ar', skill: 'native' }],
  devices: ['phone'],
  schooling: 'secondary',
  jobGoal: '',
  updatedAt: '2026-01-10T10:00:00.000Z',
};

const base: AssessmentOverview = {
  intake: null,
  current: null,
  latest: null,
  canStart: true,
  retakeAvailableAt: null,
  languages: ['en', 'fr', 'ar'],
  length: {
    maxQuestions: 30,
    expectedQuestions: 28,
    secondsPerQuestion: 45,
    minutes: 25,
    timeFrom: 'default',
  },
};

const view = (overrides: Partial<AttemptView>): AttemptView => ({
  id: 'a1',
  status: 'in-progress',
  language: 'en',
  startedAt: '2026-01-10T10:00:00.000Z',
  expiresAt: '2026-01-17T10:00:00.000Z',
  completedAt: null,
  answered: 3,
  questionsLeft: 8,
  current: null,
  result: null,
  ...overrides,
});

describe('AssessmentStartPage', () => {
  let http: HttpTestingController;

  beforeEach(() => localStorage.clear());
  afterEach(() => http.verify());

  async function render(overview: AssessmentOverview) {
    TestBed.configureTestingModule({
      imports: [AssessmentStartPage],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    const fixture = TestBed.createComponent(AssessmentStartPage);
    await fixture.whenStable();
    http.expectOne('/api/assessment/me').flush(overview);
    const settle = async () => {
      await new Promise((resolve) => setTimeout(resolve));
      await fixture.whenStable();
    };
    await settle();
    const element = fixture.nativeElement as HTMLElement;
    const q = <T extends Element = HTMLElement>(selector: string) => {
      const found = element.querySelector(selector) as T | null;
      if (!found) throw new Error(`no ${selector}`);
      return found;
    };
    const select = async (selector: string, value: string) => {
      const el = q<HTMLSelectElement>(selector);
      el.value = value;
      el.dispatchEvent(new Event('change'));
      await settle();
    };
    const click = async (selector: string) => {
      q(selector).click();
      await settle();
    };
    return { element, q, select, click, settle, navigate };
  }

  it('asks about the learner first, then starts the test in the chosen language', async () => {
    const { element, q, select, click, settle, navigate } = await render(base);
    expect(element.textContent).toContain('Step 1 of 2');
    expect(element.textContent).toContain('Which languages do you speak?');

    await click('[data-testid="intake-save"]');
    expect(q('[data-testid="intake-error"]').textContent).toContain('Please check the fields');
    expect(q('[data-testid="intake-language"]').getAttribute('aria-invalid')).toBe('true');
    http.expectNone('/api/assessment/me/intake');

    await select('[data-testid="intake-language"]', 'fa');
    await select('[data-testid="intake-skill"]', 'native');
    await click('[data-testid="intake-add-language"]');
    const rows = element.querySelectorAll<HTMLSelectElement>('[data-testid="intake-language"]');
    expect(rows).toHaveLength(2);
    // A language already named is not offered twice.
    expect(rows[1].querySelector<HTMLOptionElement>('option[value="fa"]')?.disabled).toBe(true);
    await select(
      '[data-testid="intake-language-row"]:nth-of-type(2) [data-testid="intake-language"]',
      'en',
    );
    await select(
      '[data-testid="intake-language-row"]:nth-of-type(2) [data-testid="intake-skill"]',
      'basic',
    );
    await click('[data-testid="intake-device-phone"]');
    await click('[data-testid="intake-device-shared-computer"]');
    await select('[data-testid="intake-schooling"]', 'primary');
    const job = q<HTMLInputElement>('[data-testid="intake-job-goal"]');
    job.value = '  Cook ';
    job.dispatchEvent(new Event('input'));
    await click('[data-testid="intake-save"]');

    const put = http.expectOne('/api/assessment/me/intake');
    expect(put.request.method).toBe('PUT');
    expect(put.request.body).toEqual({
      languages: [
        { language: 'fa', skill: 'native' },
        { language: 'en', skill: 'basic' },
      ],
      devices: ['phone', 'shared-computer'],
      schooling: 'primary',
      jobGoal: 'Cook',
    });
    put.flush({ ...put.request.body, updatedAt: '2026-01-10T10:00:00.000Z' });
    await settle();

    expect(element.textContent).toContain('Step 2 of 2');
    expect(element.textContent).toContain('We saved your answers.');
    expect(document.activeElement).toBe(q('h1'));
    const arabic = q<HTMLInputElement>('[data-testid="test-language-ar"]');
    expect(q<HTMLInputElement>('[data-testid="test-language-en"]').checked).toBe(true);
    expect(arabic.parentElement?.querySelector('[lang="ar"]')?.getAttribute('dir')).toBe('rtl');
    arabic.click();
    await click('[data-testid="start-test"]');
    const post = http.expectOne('/api/assessment/attempts');
    expect(post.request.body).toEqual({ language: 'ar' });
    post.flush(view({ id: 'new-attempt', language: 'ar' }));
    await settle();
    expect(navigate).toHaveBeenCalledWith(['/assessment/attempts', 'new-attempt']);
  });

  it('says how long the test takes before it starts, from the engine’s estimate', async () => {
    const { q, element } = await render({ ...base, intake });
    const length = q('[data-testid="test-length"]').textContent ?? '';
    expect(length).toContain('About 28 questions (at most 30).');
    expect(length).toContain('About 25 minutes.');
    expect(length).toContain('We count about 45 seconds for each question.');
    expect(element.textContent).not.toMatch(/short/i);
  });

  it('says when the time comes from learners’ answers', async () => {
    const measured = { ...base.length, secondsPerQuestion: 30, minutes: 15, timeFrom: 'answers' };
    const { q } = await render({ ...base, intake, length: measured } as AssessmentOverview);
    const length = q('[data-testid="test-length"]').textContent ?? '';
    expect(length).toContain('About 15 minutes.');
    expect(length).toContain('We count from the time other learners took.');
  });

  it('offers to continue a test in progress', async () => {
    const { q, element } = await render({ ...base, intake, canStart: false, current: view({}) });
    expect(q('[data-testid="continue-test"]').getAttribute('href')).toBe('/assessment/attempts/a1');
    expect(element.textContent).toContain('About 8 questions left');
    expect(element.querySelector('[data-testid="start-test"]')).toBeNull();
  });

  it('links to the result and says when the test can be taken again', async () => {
    const { q, element } = await render({
      ...base,
      intake,
      canStart: false,
      latest: view({ status: 'completed', completedAt: '2026-01-11T10:00:00.000Z' }),
      retakeAvailableAt: '2026-04-11T10:00:00.000Z',
    });
    expect(q('[data-testid="see-result"]').getAttribute('href')).toBe('/assessment/result');
    expect(q('[data-testid="retake-later"]').textContent).toContain(
      'You can take the test again from April 11, 2026.',
    );
    expect(element.querySelector('[data-testid="start-test"]')).toBeNull();
  });

  it('shows the retake date when the server says it is too early', async () => {
    const { q, click, settle } = await render({
      ...base,
      intake,
      latest: view({ status: 'completed', completedAt: '2026-01-11T10:00:00.000Z' }),
    });
    expect(q('[data-testid="start-test"]').textContent).toContain('Take the test again');
    await click('[data-testid="start-test"]');
    http.expectOne('/api/assessment/attempts').flush(
      {
        type: ProblemType.RetakeCooldown,
        title: 'Too early for a retake',
        status: 409,
        retakeAvailableAt: '2026-02-01T10:00:00.000Z',
      },
      { status: 409, statusText: 'Conflict' },
    );
    await settle();
    expect(q('[data-testid="retake-later"]').textContent).toContain('February 1, 2026');
  });
});
