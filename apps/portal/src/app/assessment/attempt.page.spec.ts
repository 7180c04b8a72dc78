import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import {
  type AssessmentOverview,
  type AttemptView,
  ProblemType,
  type ServedItem,
} from '@passerelle/contracts';

import { AttemptPage, textsToRead } from './attempt.page';

const item = (position: number, overrides: Partial<ServedItem> = {}): ServedItem => ({
  position,
  itemId: `00000000-0000-4000-8000-00000000000${position}`,
  kind: 'single',
  area: 'safety',
  language: 'en',
  prompt: `Question number ${position}?`,
  options: [
    { id: `o${position}a`, text: 'Yes' },
    { id: `o${position}b`, text: 'No' },
  ],
  image: null,
  alt: null,
  code: null,
  ...overrides,
});

const attempt = (
  current: ServedItem | null,
  overrides: Partial<AttemptView> = {},
): AttemptView => ({
  id: 'a1',
  status: 'in-progress',
  language: current?.language ?? 'en',
  startedAt: '2026-01-10T10:00:00.000Z',
  expiresAt: '2026-01-17T10:00:00.000Z',
  completedAt: null,
  answered: current ? current.position - 1 : 0,
  questionsLeft: 9,
  current,
  result: null,
  ...overrides,
});

const overview: AssessmentOverview = {
  intake: null,
  current: null,
  latest: null,
  canStart: false,
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

/** A stand-in for the browser's speech synthesis, whose voices arrive late. */
function fakeSpeech() {
  const listeners: (() => void)[] = [];
  const spoken: { text: string; lang: string }[] = [];
  let voices: { lang: string; localService: boolean }[] = [];
  const synthesis = {
    getVoices: () => voices,
    addEventListener: (_: string, listener: () => void) => listeners.push(listener),
    removeEventListener: jest.fn(),
    speak: jest.fn((u: { text: string; lang: string }) => spoken.push(u)),
    cancel: jest.fn(),
  };
  class Utterance {
    lang = '';
    voice: unknown = null;
    rate = 1;
    onend: (() => void) | null = null;
    onerror: (() => void) | null = null;
    constructor(readonly text: string) {}
  }
  Object.defineProperty(window, 'speechSynthesis', { value: synthesis, configurable: true });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', {
    value: Utterance,
    configurable: true,
  });
  return {
    synthesis,
    spoken,
    voicesArrive(langs: string[]) {
      voices = langs.map((lang) => ({ lang, localService: true }));
      listeners.forEach((listener) => listener());
    },
    remove() {
      delete (window as { speechSynthesis?: unknown }).speechSynthesis;
      delete (window as { SpeechSynthesisUtterance?: unknown }).SpeechSynthesisUtterance;
    },
  };
}

describe('AttemptPage', () => {
  let http: HttpTestingController;
  let speech: ReturnType<typeof fakeSpeech>;

  beforeEach(() => {
    localStorage.clear();
    speech = fakeSpeech();
  });
  afterEach(() => {
    http.verify();
    speech.remove();
  });

  async function render(first: AttemptView) {
    TestBed.configureTestingModule({
      imports: [AttemptPage],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    const fixture = TestBed.createComponent(AttemptPage);
    fixture.componentRef.setInput('id', 'a1');
    await fixture.whenStable();
    http.expectOne('/api/assessment/me').flush(overview);
    http.expectOne('/api/assessment/attempts/a1').flush(first);
    await settle();
    const element = fixture.nativeElement as HTMLElement;

    async function settle() {
      await new Promise((resolve) => setTimeout(resolve));
      await fixture.whenStable();
    }
    const q = <T extends Element = HTMLElement>(selector: string) =>
      element.querySelector(selector) as T | null;
    const click = async (selector: string) => {
      const target = q(selector);
      if (!target) throw new Error(`no ${selector}`);
      (target as HTMLElement).click();
      await settle();
    };
    const choose = (n: number) => click(`pa-assessment-item label:nth-child(${n}) input`);
    return { fixture, element, q, click, choose, settle, navigate };
  }

  it('shows one question with an honest "about N left" and moves focus to it', async () => {
    const { q } = await render(attempt(item(1)));
    expect(q('h1')?.textContent).toContain('Question 1');
    expect(q('[data-testid="questions-left"]')?.textContent).toContain('About 9 questions left');
    expect(document.activeElement).toBe(q('[data-testid="item-prompt"]'));
    expect(q('[data-testid="item-prompt"]')?.textContent).toContain('Question number 1?');
  });

  it('sends the answer and shows the next question', async () => {
    const { q, click, choose, settle } = await render(attempt(item(1)));
    await choose(2);
    await click('[data-testid="item-confirm"]');
    const post = http.expectOne('/api/assessment/attempts/a1/answers');
    expect(post.request.method).toBe('POST');
    expect(post.request.body).toEqual({
      position: 1,
      itemId: item(1).itemId,
      choiceIds: ['o1b'],
    });
    post.flush(attempt(item(2), { questionsLeft: 1 }));
    await settle();
    expect(q('[data-testid="item-prompt"]')?.textContent).toContain('Question number 2?');
    expect(q('[data-testid="questions-left"]')?.textContent).toContain('Almost done');
    expect(document.activeElement).toBe(q('[data-testid="item-prompt"]'));
  });

  it('keeps the answer when the connection drops, and sends it again', async () => {
    const { q, click, choose, settle } = await render(attempt(item(1)));
    await choose(1);
    await click('[data-testid="item-confirm"]');
    http
      .expectOne('/api/assessment/attempts/a1/answers')
      .error(new ProgressEvent('error'), { status: 0, statusText: 'Unknown Error' });
    await settle();
    expect(q('[data-testid="test-error"]')?.textContent).toContain('Your answer is not sent yet.');
    expect(q('[data-testid="test-error"]')?.textContent).toContain('We kept your answer.');
    expect(q<HTMLInputElement>('pa-assessment-item input')?.checked).toBe(true);

    await click('[data-testid="retry-answer"]');
    const again = http.expectOne('/api/assessment/attempts/a1/answers');
    expect(again.request.body).toEqual({ position: 1, itemId: item(1).itemId, choiceIds: ['o1a'] });
    again.flush(attempt(item(2)));
    await settle();
    expect(q('[data-testid="test-error"]')).toBeNull();
    expect(q('[data-testid="item-prompt"]')?.textContent).toContain('Question number 2?');
  });

  it('shows where the server is when the question was already answered elsewhere', async () => {
    const { q, click, settle } = await render(attempt(item(1)));
    await click('[data-testid="item-dont-know"]');
    const post = http.expectOne('/api/assessment/attempts/a1/answers');
    expect(post.request.body).toEqual({ position: 1, itemId: item(1).itemId, dontKnow: true });
    post.flush(
      { type: ProblemType.NotCurrentItem, title: 'Not the current question', status: 409 },
      { status: 409, statusText: 'Conflict' },
    );
    await settle();
    http.expectOne('/api/assessment/attempts/a1').flush(attempt(item(3)));
    await settle();
    expect(q('[data-testid="test-notice"]')?.textContent).toContain('already has an answer');
    expect(q('[data-testid="item-prompt"]')?.textContent).toContain('Question number 3?');
  });

  it('goes to the result once the test is complete', async () => {
    const { click, choose, settle, navigate } = await render(attempt(item(1)));
    await choose(1);
    await click('[data-testid="item-confirm"]');
    http
      .expectOne('/api/assessment/attempts/a1/answers')
      .flush(attempt(null, { status: 'completed', questionsLeft: 0, answered: 12 }));
    await settle();
    expect(navigate).toHaveBeenCalledWith(['/assessment/result'], { replaceUrl: true });
  });

  it('switches the language of the test: same question, right to left in Arabic', async () => {
    const { q, choose, settle } = await render(attempt(item(1)));
    await choose(2);
    const select = q<HTMLSelectElement>('[data-testid="test-language"]');
    if (!select) throw new Error('no language select');
    expect(Array.from(select.options).map((o) => o.value)).toEqual(['en', 'fr', 'ar']);
    select.value = 'ar';
    select.dispatchEvent(new Event('change'));
    await settle();
    const put = http.expectOne('/api/assessment/attempts/a1/language');
    expect(put.request.method).toBe('PUT');
    expect(put.request.body).toEqual({ language: 'ar' });
    put.flush(
      attempt(
        item(1, {
          language: 'ar',
          prompt: 'السؤال رقم 1؟',
          options: [
            { id: 'o1a', text: 'نعم' },
            { id: 'o1b', text: 'لا' },
          ],
        }),
      ),
    );
    await settle();
    const region = q('[data-testid="item-region"]');
    expect(region?.getAttribute('dir')).toBe('rtl');
    expect(region?.getAttribute('lang')).toBe('ar');
    expect(q('[data-testid="item-prompt"]')?.textContent).toContain('السؤال رقم 1؟');
    expect(q<HTMLInputElement>('pa-assessment-item label:nth-child(2) input')?.checked).toBe(true);
  });

  it('reads the question aloud in its language, only when a voice speaks it', async () => {
    const picture = item(1, {
      kind: 'picture',
      language: 'ar',
      prompt: 'ماذا ترى؟',
      alt: 'رسالة مشبوهة',
      image: '/assessment/x.svg',
    });
    const { q, click, settle } = await render(attempt(picture));
    expect(q('[data-testid="read-aloud"]')).toBeNull();
    speech.voicesArrive(['en-GB']);
    await settle();
    expect(q('[data-testid="read-aloud"]')).toBeNull();
    speech.voicesArrive(['en-GB', 'ar-SA']);
    await settle();
    await click('[data-testid="read-aloud"]');
    expect(speech.spoken.map((u) => u.lang)).toEqual(['ar', 'ar', 'ar', 'ar']);
    expect(speech.spoken.map((u) => u.text)).toEqual(textsToRead(picture));
    expect(textsToRead(picture)).toEqual(['ماذا ترى؟', 'رسالة مشبوهة', '1. Yes', '2. No']);
  });

  it('says when the test has ended', async () => {
    const { q } = await render(attempt(null, { status: 'expired' }));
    expect(q('[data-testid="test-ended"]')?.textContent).toContain('the time was over');
    expect(q('a[href="/assessment"]')).not.toBeNull();
  });
});
