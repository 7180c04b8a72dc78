import type { FormArray, FormControl, FormGroup, NonNullableFormBuilder } from '@angular/forms';
import { ItemKind, LANGUAGE_CODES, type LanguageCode } from '@passerelle/contracts';

import { perLanguage } from '../shared/per-language';
import {
  type ItemDraft,
  itemDraft,
  newQuestion,
  type QuestionChoices,
  type QuestionDraft,
  withKind,
} from './drafts';

/**
 * A course item's editor form: the title and lesson body per language, a quiz's questions
 * (each its kind, its prompt per language, and its options with the answer key as one value,
 * which the options editor changes as a whole), an exercise's code and its prompt and hints per
 * language, and the reference solution. The item's kind is not part of it: it never changes.
 */
export type QuestionForm = FormGroup<{
  kind: FormControl<QuestionDraft['kind']>;
  prompts: FormGroup<Record<LanguageCode, FormControl<string>>>;
  choices: FormControl<QuestionChoices>;
}>;

export type ExerciseTextForm = FormGroup<{
  prompt: FormControl<string>;
  hints: FormArray<FormControl<string>>;
}>;

export type ExerciseForm = FormGroup<{
  solutionFile: FormControl<string>;
  starter: FormControl<string>;
  exampleTests: FormControl<string>;
  hiddenTests: FormControl<string>;
  texts: FormGroup<Record<LanguageCode, ExerciseTextForm>>;
}>;

export type CourseItemForm = FormGroup<{
  texts: FormGroup<
    Record<LanguageCode, FormGroup<{ title: FormControl<string>; body: FormControl<string> }>>
  >;
  questions: FormArray<QuestionForm>;
  exercise: ExerciseForm;
  referenceSolution: FormControl<string>;
}>;

export type CourseItemFormValue = ReturnType<CourseItemForm['getRawValue']>;

/** The draft of an item of `kind` that a form value stands for. */
export function draftOf(kind: ItemKind, value: CourseItemFormValue): ItemDraft {
  const { texts, ...code } = value.exercise;
  return {
    kind,
    texts: perLanguage((c) => ({ title: value.texts[c].title, body: value.texts[c].body })),
    questions: value.questions.map(
      (q): QuestionDraft => ({
        kind: q.kind,
        answer: [...q.choices.answer],
        texts: perLanguage((c) => ({
          prompt: q.prompts[c],
          options: [...q.choices.texts[c].options],
        })),
      }),
    ),
    exercise: {
      ...code,
      texts: perLanguage((c) => ({ prompt: texts[c].prompt, hints: [...texts[c].hints] })),
    },
    referenceSolution: value.referenceSolution,
  };
}

/**
 * One question's controls. Choosing another kind resets the answer key to what that kind
 * expects.
 */
export function questionForm(fb: NonNullableFormBuilder, question: QuestionDraft): QuestionForm {
  const form = fb.group({
    kind: fb.control(question.kind),
    prompts: fb.group(perLanguage((code) => fb.control(question.texts[code].prompt))),
    choices: fb.control<QuestionChoices>({
      kind: question.kind,
      answer: [...question.answer],
      texts: perLanguage((code) => ({ options: [...question.texts[code].options] })),
    }),
  });
  const { kind, choices } = form.controls;
  kind.valueChanges.subscribe((next) => {
    if (choices.value.kind !== next) choices.setValue(withKind(choices.value, next));
  });
  return form;
}

/** A new question's controls: two empty options, single choice. */
export function newQuestionForm(fb: NonNullableFormBuilder): QuestionForm {
  return questionForm(fb, newQuestion());
}

/** An item's form, empty until `showItemDraft` puts an item in it. */
export function courseItemForm(fb: NonNullableFormBuilder): CourseItemForm {
  const { exercise, texts } = itemDraft(ItemKind.Lesson);
  return fb.group({
    texts: fb.group(
      perLanguage((code) => fb.group({ title: texts[code].title, body: texts[code].body })),
    ),
    questions: fb.array<QuestionForm>([]),
    exercise: fb.group({
      solutionFile: exercise.solutionFile,
      starter: exercise.starter,
      exampleTests: exercise.exampleTests,
      hiddenTests: exercise.hiddenTests,
      texts: fb.group(
        perLanguage((code) =>
          fb.group({
            prompt: exercise.texts[code].prompt,
            hints: fb.array<FormControl<string>>([]),
          }),
        ),
      ),
    }),
    referenceSolution: '',
  });
}

/** Puts `draft` in the form, questions and hints included, as one change. */
export function showItemDraft(
  form: CourseItemForm,
  fb: NonNullableFormBuilder,
  draft: ItemDraft,
): void {
  const { questions, exercise } = form.controls;
  questions.clear({ emitEvent: false });
  for (const question of draft.questions) {
    questions.push(questionForm(fb, question), { emitEvent: false });
  }
  for (const code of LANGUAGE_CODES) {
    const hints = exercise.controls.texts.controls[code].controls.hints;
    hints.clear({ emitEvent: false });
    for (const hint of draft.exercise.texts[code].hints) {
      hints.push(fb.control(hint), { emitEvent: false });
    }
  }
  const { texts, ...code } = draft.exercise;
  form.setValue(
    {
      texts: perLanguage((c) => ({ title: draft.texts[c].title, body: draft.texts[c].body })),
      questions: draft.questions.map((q) => ({
        kind: q.kind,
        prompts: perLanguage((c) => q.texts[c].prompt),
        choices: {
          kind: q.kind,
          answer: [...q.answer],
          texts: perLanguage((c) => ({ options: [...q.texts[c].options] })),
        },
      })),
      exercise: {
        ...code,
        texts: perLanguage((c) => ({ prompt: texts[c].prompt, hints: [...texts[c].hints] })),
      },
      referenceSolution: draft.referenceSolution,
    },
    { emitEvent: false },
  );
  form.updateValueAndValidity();
}
