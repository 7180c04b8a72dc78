import type { CompetenceArea, ScaleResult } from '@passerelle/contracts';
import {
  type Catalog,
  FALLBACK_CATALOG as en,
  loadCatalog,
  type MessageKey,
  type MessageParams,
  translate,
} from '@passerelle/i18n';

import {
  areaBars,
  DIGCOMP_AREAS,
  levelLabel,
  questionsLeftMessage,
  reasonText,
  strengthsAndNextSteps,
} from './assessment-text';

const tEn = (key: MessageKey, params?: MessageParams) => translate(en, key, params);
let fr: Catalog;
let ar: Catalog;

beforeAll(async () => {
  [fr, ar] = await Promise.all([loadCatalog('fr'), loadCatalog('ar')]);
});

function scale(level: number): ScaleResult {
  const group =
    level <= 2
      ? 'foundation'
      : level <= 4
        ? 'intermediate'
        : level <= 6
          ? 'advanced'
          : 'highly-specialised';
  return { theta: 0, se: 0.4, level, group, answered: 4 };
}

function areas(levels: Partial<Record<CompetenceArea, number>>) {
  return Object.fromEntries(
    Object.entries(levels).map(([area, level]) => [area, scale(level as number)]),
  ) as Partial<Record<CompetenceArea, ScaleResult>>;
}

describe('reasonText', () => {
  it('says why a course fits from the data alone', () => {
    expect(
      reasonText(tEn, { area: 'safety', learnerLevel: 2, courseEntry: 1, courseTarget: 3 }),
    ).toBe(
      'Your level in Safety is 2 (Foundation). This course starts at level 1 and takes you to level 3.',
    );
  });

  it('says a course is practice when it does not go past the learner’s level', () => {
    expect(
      reasonText(tEn, { area: 'coding', learnerLevel: 4, courseEntry: 2, courseTarget: 4 }),
    ).toBe(
      'Your level in Coding is 4 (Intermediate). This course is for levels 2 to 4. It helps you practise.',
    );
  });

  it('speaks the page’s language', () => {
    const reason = { area: 'safety', learnerLevel: 5, courseEntry: 4, courseTarget: 6 } as const;
    expect(reasonText((k, p) => translate(fr, k, p), reason)).toBe(
      'Votre niveau en Sécurité est 5 (Avancé). Ce cours commence au niveau 4 et vous amène au niveau 6.',
    );
    expect(reasonText((k, p) => translate(ar, k, p), reason)).toContain('الأمان');
  });
});

describe('strengthsAndNextSteps', () => {
  it('takes the highest areas as strengths and the lowest as next steps', () => {
    expect(
      strengthsAndNextSteps(
        areas({
          information: 4,
          communication: 5,
          'content-creation': 2,
          safety: 1,
          'problem-solving': 5,
          coding: 8,
        }),
      ),
    ).toEqual({ strengths: ['communication', 'problem-solving'], nextSteps: ['safety'] });
  });

  it('leaves coding readiness out, and keeps at most `limit` of each', () => {
    const all = areas({
      information: 3,
      communication: 3,
      'content-creation': 3,
      safety: 1,
      'problem-solving': 1,
      coding: 1,
    });
    expect(strengthsAndNextSteps(all, DIGCOMP_AREAS, 2)).toEqual({
      strengths: ['information', 'communication'],
      nextSteps: ['safety', 'problem-solving'],
    });
  });

  it('has no next steps when every area is at the same level', () => {
    const same = areas({ information: 2, communication: 2, safety: 2 });
    expect(strengthsAndNextSteps(same)).toEqual({
      strengths: ['information', 'communication'],
      nextSteps: [],
    });
    expect(strengthsAndNextSteps({})).toEqual({ strengths: [], nextSteps: [] });
  });
});

describe('areaBars', () => {
  it('gives each area its share of the eight levels and its words', () => {
    expect(
      areaBars(tEn, areas({ safety: 3, coding: 8 }), ['safety', 'information', 'coding']),
    ).toEqual([
      { area: 'safety', level: 3, percent: 37.5, label: 'Level 3 · Intermediate' },
      { area: 'coding', level: 8, percent: 100, label: 'Level 8 · Highly specialised' },
    ]);
    expect(levelLabel((k, p) => translate(fr, k, p), scale(1))).toBe('Niveau 1 · Base');
  });
});

describe('questionsLeftMessage', () => {
  it('says "about N" while more than one question is left', () => {
    expect(questionsLeftMessage(7)).toEqual({
      key: 'assessment.test.questionsLeft',
      params: { count: 7 },
    });
    expect(translate(en, questionsLeftMessage(7).key, questionsLeftMessage(7).params)).toBe(
      'About 7 questions left',
    );
    expect(questionsLeftMessage(1).key).toBe('assessment.test.lastQuestion');
  });
});
