import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import {
  type AssessmentOverview,
  type AssessmentResultView,
  type CompetenceArea,
  levelGroupOf,
  type ScaleResult,
} from '@passerelle/contracts';
import { I18n } from '@passerelle/web-ui';

import { ResultPage } from './result.page';

const scale = (level: number): ScaleResult => ({
  theta: 0,
  se: 0.4,
  level,
  group: levelGroupOf(level),
  answered: 3,
});

const result: AssessmentResultView = {
  overall: scale(3),
  areas: {
    information: scale(4),
    communication: scale(3),
    'content-creation': scale(3),
    safety: scale(2),
    'problem-solving': scale(4),
    coding: scale(1),
  } satisfies Record<CompetenceArea, ScaleResult>,
  recommendations: [
    {
      courseId: 'c1',
      slug: 'safety-online',
      language: 'en',
      title: 'Safe online',
      summary: 'Passwords, scams and privacy.',
      levels: { safety: { entry: 1, target: 3 } },
      gap: 1,
      reasons: [{ area: 'safety', learnerLevel: 2, courseEntry: 1, courseTarget: 3 }],
      enrolled: false,
    },
  ],
  override: null,
};

const overview = (r: AssessmentResultView | null): AssessmentOverview => ({
  intake: null,
  current: null,
  latest: r && {
    id: 'a1',
    status: 'completed',
    language: 'en',
    startedAt: '2026-01-10T10:00:00.000Z',
    expiresAt: '2026-01-17T10:00:00.000Z',
    completedAt: '2026-01-10T10:20:00.000Z',
    answered: 14,
    questionsLeft: 0,
    current: null,
    result: r,
  },
  canStart: false,
  retakeAvailableAt: '2026-04-10T10:20:00.000Z',
  languages: ['en', 'fr', 'ar'],
  length: {
    maxQuestions: 30,
    expectedQuestions: 28,
    secondsPerQuestion: 45,
    minutes: 25,
    timeFrom: 'default',
  },
});

describe('ResultPage', () => {
  let http: HttpTestingController;

  beforeEach(() => localStorage.clear());
  afterEach(() => http.verify());

  async function render(o: AssessmentOverview) {
    TestBed.configureTestingModule({
      imports: [ResultPage],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(ResultPage);
    await fixture.whenStable();
    http.expectOne('/api/assessment/me').flush(o);
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
    return { fixture, element: fixture.nativeElement as HTMLElement };
  }

  const text = (el: Element | null) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

  it('shows a bar with words per area, strengths and next steps', async () => {
    const { element } = await render(overview(result));
    const bars = Array.from(element.querySelectorAll('[data-testid="level-bar"]'));
    expect(bars.map(text)).toEqual([
      'Information and data: Level 4 · Intermediate',
      'Communication: Level 3 · Intermediate',
      'Making digital content: Level 3 · Intermediate',
      'Safety: Level 2 · Foundation',
      'Solving problems: Level 4 · Intermediate',
      'Coding: Level 1 · Foundation',
    ]);
    expect(bars[3].querySelectorAll('.chart__cell--on')).toHaveLength(2);
    expect(bars[3].querySelector('.chart__track')?.getAttribute('aria-hidden')).toBe('true');
    const strengths = text(element.querySelector('[data-testid="strengths"]'));
    expect(strengths).toContain('Information and data — Level 4 · Intermediate');
    expect(strengths).toContain('Solving problems — Level 4');
    expect(text(element.querySelector('[data-testid="next-steps"]'))).toBe(
      'Safety — Level 2 · Foundation',
    );
  });

  it('says so when every area is at the same level', async () => {
    const same = Object.fromEntries(
      Object.keys(result.areas).map((area) => [area, scale(1)]),
    ) as AssessmentResultView['areas'];
    const { element } = await render(overview({ ...result, areas: same }));
    expect(text(element.querySelector('[data-testid="all-same"]'))).toContain(
      'Your level is the same in every area.',
    );
    expect(element.querySelector('[data-testid="next-steps"]')).toBeNull();
  });

  it('explains each recommended course from the data and links to it', async () => {
    const { element } = await render(overview(result));
    const course = element.querySelector('[data-testid="recommended-course"]');
    expect(text(course)).toContain(
      'Your level in Safety is 2 (Foundation). This course starts at level 1 and takes you to level 3.',
    );
    expect(course?.querySelector('a')?.getAttribute('href')).toBe('/courses/c1');
    expect(text(element.querySelector('[data-testid="retake-later"]'))).toBe(
      'You can take the test again from April 10, 2026.',
    );
  });

  it('says when the mentor chose the courses, with their note', async () => {
    const { element } = await render(
      overview({
        ...result,
        recommendations: [{ ...result.recommendations[0], reasons: [], gap: 0 }],
        override: {
          courseIds: ['c1'],
          note: 'Start with safety, then we talk.',
          by: { id: 'm1', displayName: 'Samira' },
          at: '2026-01-11T09:00:00.000Z',
        },
      }),
    );
    const choice = text(element.querySelector('[data-testid="mentor-choice"]'));
    expect(choice).toContain('Your mentor Samira chose these courses for you.');
    expect(choice).toContain('Start with safety, then we talk.');
  });

  it('follows the page language', async () => {
    const { element, fixture } = await render(overview(result));
    await TestBed.inject(I18n).use('fr');
    await fixture.whenStable();
    expect(text(element.querySelector('[data-testid="level-bar"]'))).toBe(
      'Information et données: Niveau 4 · Intermédiaire',
    );
  });

  it('sends the learner to the test when there is no result yet', async () => {
    const { element } = await render(overview(null));
    expect(text(element.querySelector('[data-testid="no-result"]'))).toContain('no result yet');
  });
});
