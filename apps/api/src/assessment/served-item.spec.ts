import type { AssessmentItem } from './entities/assessment-item.entity';
import {
  choiceIsWellFormed,
  isRightChoice,
  optionIdsOf,
  optionIndexes,
  serveItem,
} from './served-item';

function item(overrides: Partial<AssessmentItem> = {}): AssessmentItem {
  return {
    id: '0a1b2c3d-0000-4000-8000-000000000001',
    key: 'coding-order-01',
    area: 'coding',
    competence: 'C.2',
    kind: 'ordering',
    image: null,
    code: null,
    a: 1,
    b: 0,
    c: 0,
    provisional: true,
    anchor: false,
    exposureControl: 1,
    answer: [0, 1, 2, 3],
    fallbackLanguage: 'en',
    translations: {
      en: { prompt: 'Put the steps in order', options: ['Open', 'Write', 'Save', 'Close'] },
      fr: {
        prompt: 'Mettez les étapes dans l’ordre',
        options: ['Ouvrir', 'Écrire', 'Enregistrer', 'Fermer'],
      },
    },
    status: 'active',
    createdById: null,
    createdAt: new Date(0),
    updatedAt: new Date(0),
    ...overrides,
  };
}

describe('serving an item', () => {
  it('never serves an ordering item in its right order, and keeps one order per attempt', () => {
    for (let seed = 0; seed < 200; seed++) {
      const served = serveItem(item(), 1, 'en', seed);
      const indexes = optionIndexes(
        item(),
        seed,
        served.options.map((o) => o.id),
      );
      expect(indexes).not.toEqual([0, 1, 2, 3]);
      expect(serveItem(item(), 1, 'fr', seed).options.map((o) => o.id)).toEqual(
        served.options.map((o) => o.id),
      );
    }
  });

  it('gives options ids that differ between attempts and tell nothing of the index', () => {
    const one = serveItem(item({ kind: 'single', answer: [2] }), 1, 'en', 1).options;
    const two = serveItem(item({ kind: 'single', answer: [2] }), 1, 'en', 2).options;
    expect(one.map((o) => o.text)).toEqual(['Open', 'Write', 'Save', 'Close']);
    expect(one.map((o) => o.id)).not.toEqual(two.map((o) => o.id));
    expect(new Set(one.map((o) => o.id)).size).toBe(4);
    for (const option of one) expect(option.id).toMatch(/^[\w-]{10}$/);
  });

  it('falls back to the item’s fallback language and says so', () => {
    const served = serveItem(item(), 3, 'ar', 0);
    expect(served).toMatchObject({ language: 'en', position: 3, prompt: 'Put the steps in order' });
    expect(JSON.stringify(served)).not.toMatch(/"answer"|"a":|"b":/);
  });

  it('maps ids back to indexes, refusing ids of another attempt', () => {
    const ids = optionIdsOf(item(), 7, [3, 1]);
    expect(optionIndexes(item(), 7, ids)).toEqual([3, 1]);
    expect(optionIndexes(item(), 8, ids)).toBeNull();
  });
});

describe('scoring a choice', () => {
  it('scores each kind, and "I don’t know" as wrong', () => {
    expect(isRightChoice(item(), [0, 1, 2, 3])).toBe(true);
    expect(isRightChoice(item(), [1, 0, 2, 3])).toBe(false);
    expect(isRightChoice(item({ kind: 'multiple', answer: [0, 2] }), [2, 0])).toBe(true);
    expect(isRightChoice(item({ kind: 'multiple', answer: [0, 2] }), [0])).toBe(false);
    expect(isRightChoice(item({ kind: 'picture', answer: [1] }), [1])).toBe(true);
    expect(isRightChoice(item({ kind: 'single', answer: [1] }), null)).toBe(false);
  });

  it('tells a malformed choice', () => {
    expect(choiceIsWellFormed(item(), [0, 1, 2])).toBe(false);
    expect(choiceIsWellFormed(item({ kind: 'single', answer: [1] }), [0, 1])).toBe(false);
    expect(choiceIsWellFormed(item({ kind: 'picture', answer: [1] }), [2])).toBe(true);
  });
});
