import type { AssessmentItemRequest } from './assessment';
import { itemFieldProblems, itemProblems } from './assessment-item-rules';
import { questionProblem } from './quiz-rules';

const request: AssessmentItemRequest = {
  key: 'safety-test-01',
  area: 'safety',
  competence: '4.2',
  kind: 'single',
  irt: { a: 1, b: 0 },
  answer: [0],
  fallbackLanguage: 'en',
  translations: { en: { prompt: 'P', options: ['x', 'y'] } },
};

describe('itemFieldProblems', () => {
  const fields = (r: Partial<AssessmentItemRequest>) =>
    itemFieldProblems({ ...request, ...r }).map(({ field, code }) => `${field} ${code}`);

  it('accepts a complete item', () => {
    expect(itemFieldProblems(request)).toEqual([]);
  });

  it('checks each field with the limits of the API', () => {
    expect(fields({ key: '' })).toEqual(['key required']);
    expect(fields({ key: 'Not a key' })).toEqual(['key pattern']);
    expect(fields({ code: 'x'.repeat(1001) })).toEqual(['code maxLength']);
    expect(fields({ irt: { a: Number.NaN, b: 4, c: 0.5 } })).toEqual([
      'irt.a required',
      'irt.b range',
      'irt.c range',
    ]);
    expect(fields({ answer: [] })).toEqual(['answer required']);
    expect(
      fields({ translations: { en: { prompt: '', options: ['x', 'y'.repeat(301)] } } }),
    ).toEqual(['translations.en.prompt required', 'translations.en.options.1 maxLength']);
    expect(fields({ translations: { en: { prompt: 'P', options: ['x'] } } })).toEqual([
      'translations.en.options range',
    ]);
  });

  it('asks a picture for its file and, in each language, its alt text', () => {
    expect(
      fields({
        kind: 'picture',
        image: 'photo.png',
        translations: { en: { prompt: 'P', options: ['x', 'y'], alt: '' } },
      }),
    ).toEqual(['image pattern', 'translations.en.alt required']);
  });
});

describe('itemProblems', () => {
  it('accepts a consistent item', () => {
    expect(itemProblems(request)).toEqual([]);
  });

  it('names each inconsistency', () => {
    const codes = (r: object) => itemProblems({ ...request, ...r }).map((p) => p.code);
    expect(codes({ competence: '9.9' })).toEqual(['unknownCompetence']);
    expect(codes({ competence: '1.1' })).toEqual(['wrongArea']);
    expect(codes({ fallbackLanguage: 'fr' })).toEqual(['fallbackMissing']);
    expect(codes({ answer: [0, 1] })).toEqual(['answerKey']);
    expect(codes({ kind: 'picture' })).toEqual(['imageRequired']);
    expect(codes({ image: 'x.svg' })).toEqual(['imageNotAllowed']);
    expect(
      codes({ translations: { ...request.translations, fr: { prompt: 'P', options: ['x'] } } }),
    ).toEqual(['optionCounts']);
  });
});

describe('questionProblem', () => {
  it('fits the answer key to the kind', () => {
    expect(questionProblem({ kind: 'single', answer: [1] }, 2)).toBeNull();
    expect(questionProblem({ kind: 'single', answer: [0, 1] }, 2)).not.toBeNull();
    expect(questionProblem({ kind: 'multiple', answer: [] }, 2)).not.toBeNull();
    expect(questionProblem({ kind: 'ordering', answer: [1, 0] }, 2)).toBeNull();
    expect(questionProblem({ kind: 'ordering', answer: [1] }, 2)).not.toBeNull();
    expect(questionProblem({ kind: 'multiple', answer: [0, 0] }, 2)).not.toBeNull();
    expect(questionProblem({ kind: 'single', answer: [2] }, 2)).not.toBeNull();
  });
});
