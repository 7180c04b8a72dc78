import type { FormControl, FormGroup, NonNullableFormBuilder } from '@angular/forms';
import type { AssessmentItemKind, CompetenceArea, LanguageCode } from '@passerelle/contracts';
import { problemsValidator } from '@passerelle/web-ui';

import { perLanguage } from '../shared/per-language';
import {
  type ItemChoices,
  type ItemDraft,
  newItemDraft,
  validateDraft,
  withArea,
  withKind,
} from './item-draft';

export type ItemTextForm = FormGroup<{ prompt: FormControl<string>; alt: FormControl<string> }>;

/**
 * The item editor's form: one control per field, the parameters as the number inputs give them
 * (null when empty), the prompt and alt text per language, and the options of every language
 * with the answer key as one value (`choices`), which the options editor changes as a whole.
 */
export type ItemForm = FormGroup<{
  key: FormControl<string>;
  area: FormControl<CompetenceArea>;
  competence: FormControl<string>;
  kind: FormControl<AssessmentItemKind>;
  fallbackLanguage: FormControl<LanguageCode>;
  image: FormControl<string>;
  code: FormControl<string>;
  irt: FormGroup<{
    a: FormControl<number | null>;
    b: FormControl<number | null>;
    c: FormControl<number | null>;
  }>;
  texts: FormGroup<Record<LanguageCode, ItemTextForm>>;
  choices: FormControl<ItemChoices>;
}>;

export type ItemFormValue = ReturnType<ItemForm['getRawValue']>;

/** The draft a form value stands for. */
export function draftOf(value: ItemFormValue): ItemDraft {
  return {
    key: value.key,
    area: value.area,
    competence: value.competence,
    kind: value.kind,
    image: value.image,
    code: value.code,
    irt: { ...value.irt },
    answer: [...value.choices.answer],
    fallbackLanguage: value.fallbackLanguage,
    texts: perLanguage((code) => ({
      prompt: value.texts[code].prompt,
      options: [...value.choices.texts[code].options],
      alt: value.texts[code].alt,
    })),
  };
}

function valueOf(draft: ItemDraft): ItemFormValue {
  return {
    key: draft.key,
    area: draft.area,
    competence: draft.competence,
    kind: draft.kind,
    fallbackLanguage: draft.fallbackLanguage,
    image: draft.image,
    code: draft.code,
    irt: { ...draft.irt },
    texts: perLanguage((code) => ({
      prompt: draft.texts[code].prompt,
      alt: draft.texts[code].alt,
    })),
    choices: {
      kind: draft.kind,
      answer: [...draft.answer],
      texts: perLanguage((code) => ({ options: [...draft.texts[code].options] })),
    },
  };
}

/**
 * A new item's form, checked as a whole with the contracts' rules (`validateDraft`). Choosing
 * another area keeps the competence if it belongs there, else takes the area's first; choosing
 * another kind resets the answer key to what that kind expects.
 */
export function itemForm(fb: NonNullableFormBuilder): ItemForm {
  const draft = valueOf(newItemDraft());
  const form: ItemForm = fb.group(
    {
      key: draft.key,
      area: fb.control(draft.area),
      competence: draft.competence,
      kind: fb.control(draft.kind),
      fallbackLanguage: fb.control(draft.fallbackLanguage),
      image: draft.image,
      code: draft.code,
      irt: fb.group({
        a: fb.control<number | null>(draft.irt.a),
        b: fb.control<number | null>(draft.irt.b),
        c: fb.control<number | null>(draft.irt.c),
      }),
      texts: fb.group(
        perLanguage((code) => fb.group({ prompt: draft.texts[code].prompt, alt: '' })),
      ),
      choices: fb.control(draft.choices),
    },
    { validators: problemsValidator((value: ItemFormValue) => validateDraft(draftOf(value))) },
  );
  const { area, competence, kind, choices } = form.controls;
  area.valueChanges.subscribe((next) => {
    const fitted = withArea(draftOf(form.getRawValue()), next).competence;
    if (fitted !== competence.value) competence.setValue(fitted);
  });
  kind.valueChanges.subscribe((next) => {
    if (choices.value.kind !== next) choices.setValue(withKind(choices.value, next));
  });
  return form;
}

/**
 * Puts `draft` in the form as one change. `locked` (an answered item) keeps its area and kind:
 * their controls are disabled, and stay in the form's value.
 */
export function showItemDraft(form: ItemForm, draft: ItemDraft, locked: boolean): void {
  for (const control of [form.controls.area, form.controls.kind]) {
    if (locked) control.disable({ emitEvent: false });
    else control.enable({ emitEvent: false });
  }
  form.setValue(valueOf(draft), { emitEvent: false });
  form.updateValueAndValidity();
}
