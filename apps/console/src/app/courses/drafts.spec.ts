import type { AuthoringItem } from '@passerelle/contracts';

import { swap, withOption, withoutOption } from '../shared/options';
import { writtenLanguages } from '../shared/per-language';
import { slugify } from './course-new.page';
import { itemDraft, itemRequest, newQuestion, withKind } from './drafts';

const QUIZ: AuthoringItem = {
  id: 'q',
  kind: 'quiz',
  translations: { en: { title: 'Check' } },
  questions: [
    {
      kind: 'multiple',
      answer: [0, 2],
      translations: {
        en: { prompt: 'Which?', options: ['a', 'b', 'c'] },
        fr: { prompt: 'Lesquels ?', options: ['a', 'b', 'c'] },
      },
    },
  ],
  exercise: null,
  hasLearnerWork: false,
};

describe('authoring drafts', () => {
  it('holds every language, and saves only the written ones', () => {
    const draft = itemDraft('quiz', QUIZ);
    expect(draft.texts.ar).toEqual({ title: '', body: '' });
    expect(draft.questions[0].texts.ar.options).toEqual(['', '', '']);
    expect(itemRequest(draft)).toEqual({
      translations: { en: { title: 'Check' } },
      questions: QUIZ.questions,
    });
    expect([...writtenLanguages(draft.questions[0].texts)]).toEqual(['en', 'fr']);
  });

  it('keeps the answer key on the same options when options come and go', () => {
    const question = itemDraft('quiz', QUIZ).questions[0];
    const without = withoutOption(question, 1);
    expect(without.answer).toEqual([0, 1]);
    expect(without.texts.fr.options).toEqual(['a', 'c']);
    expect(withoutOption(question, 0).answer).toEqual([1]);
    expect(withOption(question).texts.en.options).toHaveLength(4);
  });

  it('resets the answer to what a new kind expects', () => {
    const question = withOption(newQuestion(2));
    expect(withKind(question, 'ordering').answer).toEqual([0, 1, 2]);
    expect(withOption(withKind(question, 'ordering')).answer).toEqual([0, 1, 2, 3]);
    expect(withKind({ ...question, answer: [2, 0] }, 'single').answer).toEqual([2]);
    expect(swap([0, 1, 2], 2, -1)).toEqual([0, 2, 1]);
    expect(swap([0, 1, 2], 0, -1)).toEqual([0, 1, 2]);
  });

  it('sends lessons with bodies and exercises with their code, reference only when given', () => {
    const lesson = itemDraft('lesson');
    lesson.texts.fr = { title: 'Bonjour', body: '# Salut' };
    expect(itemRequest(lesson)).toEqual({
      translations: { fr: { title: 'Bonjour', body: '# Salut' } },
    });
    const exercise = itemDraft('exercise');
    exercise.texts.en.title = 'Sum';
    exercise.exercise.texts.en = { prompt: 'Add', hints: ['Use +'] };
    const request = itemRequest(exercise);
    expect(request.exercise).toMatchObject({
      language: 'javascript',
      solutionFile: 'solution.js',
      translations: { en: { prompt: 'Add', hints: ['Use +'] } },
    });
    expect(request).not.toHaveProperty('referenceSolution');
    exercise.referenceSolution = 'export const solve = (x) => x;';
    expect(itemRequest(exercise).referenceSolution).toContain('solve');
  });

  it('makes slugs from titles in any Latin script', () => {
    expect(slugify('Utiliser l’e-mail')).toBe('utiliser-l-e-mail');
    expect(slugify('  JavaScript: foundations!  ')).toBe('javascript-foundations');
    expect(slugify('أساسيات')).toBe('');
  });
});
