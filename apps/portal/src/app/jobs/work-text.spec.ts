import type { JobMatchView, MyApplication, RequirementCheck } from '@passerelle/contracts';
import { FALLBACK_CATALOG as en, loadCatalog, translate } from '@passerelle/i18n';

import {
  awaitsAnswer,
  canWithdraw,
  checkText,
  type CheckWords,
  jobFacts,
  stageHelp,
  stageName,
  stageProgress,
} from './work-text';

const COURSE = '0b5c2a57-4c1e-4f57-9d8a-2a4c8e3f1b11';

/** The English words, with fixed names, so that the sentences can be read here. */
const WORDS: CheckWords = {
  t: (key, params) => translate(en, key, params),
  language: (code) => ({ fr: 'French', ar: 'Arabic' })[code] ?? code,
  course: (id) => (id === COURSE ? 'Digital basics' : 'A course that is no longer published'),
};

const level = (
  status: RequirementCheck['status'],
  evidence: number | null,
  min = 3,
): RequirementCheck => ({
  kind: 'level',
  status,
  required: true,
  requirement: { area: 'coding', level: min },
  evidence: evidence === null ? null : { level: evidence, assessedAt: '2026-11-24T09:00:00Z' },
});

describe('a requirement in plain words, said to the learner', () => {
  it('says their level against the level the job asks for', () => {
    expect(checkText(level('met', 4), WORDS)).toBe(
      'Coding: you have level 4, the job asks for level 3 — met',
    );
    expect(checkText(level('partly', 2), WORDS)).toBe(
      'Coding: you have level 2, the job asks for level 3 — partly',
    );
    expect(checkText(level('missing', null), WORDS)).toBe(
      'Coding: no skills check yet, the job asks for level 3 — missing',
    );
  });

  it('says how well they speak a language, from what they told us', () => {
    const french: RequirementCheck = {
      kind: 'language',
      status: 'partly',
      required: true,
      requirement: { language: 'fr', skill: 'conversational' },
      evidence: { skill: 'basic' },
    };
    expect(checkText(french, WORDS)).toBe(
      'French: you speak it a little, the job asks to talk with people — partly',
    );
    expect(
      checkText(
        {
          ...french,
          status: 'missing',
          requirement: { language: 'ar', skill: 'fluent' },
          evidence: null,
        },
        WORDS,
      ),
    ).toBe('Arabic: you did not say you speak it, the job asks to speak it very well — missing');
  });

  it('says where they are with a course, and whether the job needs it or would like it', () => {
    const course = (
      status: RequirementCheck['status'],
      evidence: { completedAt: string | null; percent: number } | null,
      required = true,
    ): RequirementCheck => ({
      kind: 'course',
      status,
      required,
      requirement: { courseId: COURSE, required },
      evidence,
    });
    expect(
      checkText(course('met', { completedAt: '2026-10-01T00:00:00Z', percent: 100 }), WORDS),
    ).toBe('Digital basics: you finished it, the job asks for it — met');
    expect(checkText(course('partly', { completedAt: null, percent: 42.6 }), WORDS)).toBe(
      'Digital basics: you did 43%, the job asks for it — partly',
    );
    expect(checkText(course('partly', { completedAt: null, percent: 0 }), WORDS)).toBe(
      'Digital basics: you started it, the job asks for it — partly',
    );
    expect(checkText(course('missing', null, false), WORDS)).toBe(
      'Digital basics: you have not started it, a plus for the job — missing',
    );
  });

  it('reads the same in French, with the French verdicts', async () => {
    const fr = await loadCatalog('fr');
    const words: CheckWords = { ...WORDS, t: (key, params) => translate(fr, key, params) };
    expect(checkText(level('met', 4), { ...words, language: () => 'Français' })).toBe(
      'Programmation : vous avez le niveau 4, l’offre demande le niveau 3 — rempli',
    );
  });
});

describe('a job at a glance', () => {
  it('lists the place, remote work, the contract and the hours, in words', () => {
    const job = {
      location: 'Lyon',
      remote: 'hybrid',
      contractType: 'apprenticeship',
      hoursPerWeek: 35,
    } as JobMatchView;
    expect(jobFacts(job, WORDS.t)).toEqual([
      'Lyon',
      'Partly remote',
      'Apprenticeship',
      '35 h a week',
    ]);
    // A value this version does not know is shown as it came, never as a missing text.
    expect(jobFacts({ ...job, contractType: 'seasonal', location: '' }, WORDS.t)).toEqual([
      'Partly remote',
      'seasonal',
      '35 h a week',
    ]);
  });
});

describe('where an application stands', () => {
  const application = (overrides: Partial<MyApplication> = {}): MyApplication => ({
    id: 'a1',
    job: { id: 'j1', title: 'Warehouse team member', organisation: 'Logistique Solidaire' },
    stage: 'suggested',
    message: 'I worked in a warehouse.',
    invitationResponse: null,
    sharedContact: null,
    withdrawnAt: null,
    createdAt: '2026-11-20T10:00:00Z',
    updatedAt: '2026-11-20T10:00:00Z',
    ...overrides,
  });

  it('shows the steps forward, the stage reached being the current one', () => {
    const progress = stageProgress(application({ stage: 'invited' }));
    expect(progress).toMatchObject({ step: 3, total: 6 });
    expect(progress?.steps.map((s) => s.state)).toEqual([
      'done',
      'done',
      'current',
      'todo',
      'todo',
      'todo',
    ]);
    expect(stageProgress(application())?.step).toBe(1);
    expect(stageProgress(application({ stage: 'hired' }))?.steps.at(-1)?.state).toBe('current');
  });

  it('shows no steps once an application left the way forward', () => {
    expect(stageProgress(application({ stage: 'rejected' }))).toBeNull();
    expect(stageProgress(application({ withdrawnAt: '2026-11-21T10:00:00Z' }))).toBeNull();
  });

  it('names the stage in plain words; withdrawn whatever the stage was', () => {
    const t = (key: Parameters<typeof translate>[1]) => translate(en, key);
    expect(t(stageName(application({ stage: 'shortlisted' })))).toBe('On the short list');
    expect(t(stageHelp(application({ stage: 'rejected' })))).toBe(
      'The employer chose someone else this time.',
    );
    const withdrawn = application({ stage: 'shortlisted', withdrawnAt: '2026-11-21T10:00:00Z' });
    expect(t(stageName(withdrawn))).toBe('Withdrawn');
    expect(t(stageHelp(withdrawn))).toBe('The employer no longer sees it.');
  });

  it('asks for an answer to an invitation only while none was given', () => {
    expect(awaitsAnswer(application({ stage: 'invited' }))).toBe(true);
    expect(awaitsAnswer(application({ stage: 'invited', invitationResponse: 'accepted' }))).toBe(
      false,
    );
    expect(
      awaitsAnswer(application({ stage: 'invited', withdrawnAt: '2026-11-21T10:00:00Z' })),
    ).toBe(false);
    expect(awaitsAnswer(application({ stage: 'shortlisted' }))).toBe(false);
  });

  it('lets the learner withdraw until it is decided', () => {
    expect(canWithdraw(application())).toBe(true);
    expect(canWithdraw(application({ stage: 'offered' }))).toBe(true);
    expect(canWithdraw(application({ stage: 'hired' }))).toBe(false);
    expect(canWithdraw(application({ stage: 'rejected' }))).toBe(false);
    expect(canWithdraw(application({ withdrawnAt: '2026-11-21T10:00:00Z' }))).toBe(false);
  });
});
