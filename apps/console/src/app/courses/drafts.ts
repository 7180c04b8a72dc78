import {
  type AuthoringItem,
  type CreateItemRequest,
  type ExerciseDefinition,
  type ItemKind,
  LANGUAGE_CODES,
  type QuestionKind,
  type QuizQuestion,
} from '@passerelle/contracts';

import { fill, type PerLanguage, prune } from '../shared/per-language';

const blank = (text: string) => text.trim() === '';

export interface ItemTextDraft {
  title: string;
  body: string;
}

export interface QuestionDraft {
  kind: QuestionKind;
  /** Right options (single, multiple), or every option in the right order (ordering). */
  answer: number[];
  texts: PerLanguage<{ prompt: string; options: string[] }>;
}

/** How a question is answered: its kind, options in every language and answer key, as one value. */
export interface QuestionChoices {
  kind: QuestionKind;
  answer: number[];
  texts: PerLanguage<{ options: string[] }>;
}

export interface ExerciseDraft {
  solutionFile: string;
  starter: string;
  exampleTests: string;
  hiddenTests: string;
  texts: PerLanguage<{ prompt: string; hints: string[] }>;
}

export interface ItemDraft {
  kind: ItemKind;
  texts: PerLanguage<ItemTextDraft>;
  questions: QuestionDraft[];
  exercise: ExerciseDraft;
  /** Never stored by the API: kept here while the page is open, to check again. */
  referenceSolution: string;
}

/** Pads every language's list to the same length as the longest, so indexes line up. */
function aligned<T extends Record<K, string[]>, K extends string>(
  texts: PerLanguage<T>,
  key: K,
): PerLanguage<T> {
  const length = Math.max(...LANGUAGE_CODES.map((code) => texts[code][key].length));
  for (const code of LANGUAGE_CODES) {
    const list = texts[code][key];
    texts[code] = { ...texts[code], [key]: [...list, ...Array(length - list.length).fill('')] };
  }
  return texts;
}

export function newQuestion(optionCount = 2): QuestionDraft {
  return {
    kind: 'single',
    answer: [],
    texts: fill(undefined, () => ({ prompt: '', options: Array(optionCount).fill('') })),
  };
}

export function questionDraft(question: QuizQuestion): QuestionDraft {
  return {
    kind: question.kind,
    answer: [...question.answer],
    texts: aligned(
      fill(question.translations, () => ({ prompt: '', options: [] as string[] })),
      'options',
    ),
  };
}

const STARTER_EXERCISE = {
  solutionFile: 'solution.js',
  starter: 'export function solve(input) {\n  // Write your code here.\n}\n',
  exampleTests:
    "import { solve } from './solution';\n\ntest('solves the first example', () => {\n  expect(solve(1)).toBe(1);\n});\n",
  hiddenTests: '',
};

export function exerciseDraft(definition: ExerciseDefinition | null): ExerciseDraft {
  const source = definition ?? { ...STARTER_EXERCISE, translations: undefined };
  return {
    solutionFile: source.solutionFile,
    starter: source.starter,
    exampleTests: source.exampleTests,
    hiddenTests: source.hiddenTests,
    texts: aligned(
      fill(source.translations, () => ({ prompt: '', hints: [] as string[] })),
      'hints',
    ),
  };
}

export function itemDraft(kind: ItemKind, item?: AuthoringItem): ItemDraft {
  return {
    kind,
    texts: fill(item?.translations, () => ({ title: '', body: '' })) as PerLanguage<ItemTextDraft>,
    questions: item?.questions?.map(questionDraft) ?? (kind === 'quiz' ? [newQuestion()] : []),
    exercise: exerciseDraft(item?.exercise ?? null),
    referenceSolution: '',
  };
}

/** The request that saves a draft: what the API takes for its kind, empty languages left out. */
export function itemRequest(draft: ItemDraft): Omit<CreateItemRequest, 'kind'> {
  const translations = prune(
    Object.fromEntries(
      LANGUAGE_CODES.map((code) => {
        const { title, body } = draft.texts[code];
        return [code, draft.kind === 'lesson' ? { title, body } : { title }];
      }),
    ) as PerLanguage<{ title: string; body?: string }>,
    (text) => blank(text.title) && blank(text.body ?? ''),
  );
  if (draft.kind === 'quiz') {
    return {
      translations,
      questions: draft.questions.map((question) => ({
        kind: question.kind,
        answer: question.answer,
        translations: prune(
          question.texts,
          (text) => blank(text.prompt) && text.options.every(blank),
        ),
      })),
    };
  }
  if (draft.kind === 'exercise') {
    const { texts, ...code } = draft.exercise;
    return {
      translations,
      exercise: {
        language: 'javascript',
        ...code,
        translations: prune(texts, (text) => blank(text.prompt) && text.hints.every(blank)),
      },
      ...(draft.referenceSolution.trim() ? { referenceSolution: draft.referenceSolution } : {}),
    };
  }
  return { translations };
}

/** A question of another kind: the answer reset to what that kind expects. */
export function withKind<T extends QuestionChoices>(question: T, kind: QuestionKind): T {
  const count = question.texts[LANGUAGE_CODES[0]].options.length;
  const answer =
    kind === 'ordering'
      ? Array.from({ length: count }, (_, i) => i)
      : kind === 'single'
        ? question.answer.slice(0, 1)
        : [...question.answer].sort((a, b) => a - b);
  return { ...question, kind, answer };
}
