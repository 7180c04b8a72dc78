import {
  ASSESSMENT_COMPETENCES,
  ASSESSMENT_OPTIONS_MIN,
  type AssessmentItemDetail,
  type AssessmentItemKind,
  type AssessmentItemRequest,
  type AssessmentItemText,
  type CompetenceArea,
  type CompetenceId,
  type FieldError,
  type FieldRuleProblem,
  itemFieldProblems,
  itemProblems,
  LANGUAGE_CODES,
  type LanguageCode,
  type ServedItem,
  type Translations,
  type UpdateAssessmentItemRequest,
} from '@passerelle/contracts';
import type { UiMessage } from '@passerelle/i18n';
import { ruleMessage } from '@passerelle/web-auth';

import { optionCount } from '../shared/options';
import { fill, type PerLanguage, prune } from '../shared/per-language';
import { assessmentCodeMessage } from './bank-problems';

/**
 * The item editor's draft. Like the course drafts, every language is present (empty strings
 * where nothing is written) and every language has the same number of options, so that an
 * option's index means the same option in each language and the answer key fits them all.
 */
export interface ItemTextDraft {
  prompt: string;
  options: string[];
  alt: string;
}

export interface ItemDraft {
  key: string;
  area: CompetenceArea;
  competence: string;
  kind: AssessmentItemKind;
  image: string;
  code: string;
  /** Null while the field is empty or not a number. */
  irt: { a: number | null; b: number | null; c: number | null };
  /** Right options (single, multiple, picture), or every option in the right order (ordering). */
  answer: number[];
  fallbackLanguage: LanguageCode;
  texts: PerLanguage<ItemTextDraft>;
}

/**
 * How an item is answered: its kind, its options in every language and its answer key, which
 * change together (the options editor edits them as one value).
 */
export interface ItemChoices {
  kind: AssessmentItemKind;
  answer: number[];
  texts: PerLanguage<{ options: string[] }>;
}

const blank = (text: string) => text.trim() === '';

export function competencesOf(area: CompetenceArea): CompetenceId[] {
  return (Object.keys(ASSESSMENT_COMPETENCES) as CompetenceId[]).filter(
    (id) => ASSESSMENT_COMPETENCES[id].area === area,
  );
}

/** A blank item: two options in every language, moderate parameters, English as fallback. */
export function newItemDraft(): ItemDraft {
  return {
    key: '',
    area: 'information',
    competence: '1.1',
    kind: 'single',
    image: '',
    code: '',
    irt: { a: 1, b: 0, c: 0 },
    answer: [],
    fallbackLanguage: 'en',
    texts: fill(undefined, () => ({ prompt: '', options: ['', ''], alt: '' })),
  };
}

/** A saved item as a draft, every language's options padded to the longest list. */
export function itemDraft(item: AssessmentItemDetail): ItemDraft {
  const texts = fill(item.translations as Translations<ItemTextDraft>, () => ({
    prompt: '',
    options: [] as string[],
    alt: '',
  }));
  const count = Math.max(
    ASSESSMENT_OPTIONS_MIN,
    ...LANGUAGE_CODES.map((code) => texts[code].options.length),
  );
  for (const code of LANGUAGE_CODES) {
    const { options } = texts[code];
    texts[code] = {
      ...texts[code],
      alt: texts[code].alt ?? '',
      options: [...options, ...Array<string>(count - options.length).fill('')],
    };
  }
  return {
    key: item.key,
    area: item.area,
    competence: item.competence,
    kind: item.kind,
    image: item.image ?? '',
    code: item.code ?? '',
    irt: { a: item.irt.a, b: item.irt.b, c: item.irt.c },
    answer: [...item.answer],
    fallbackLanguage: item.fallbackLanguage,
    texts,
  };
}

function isEmptyText(text: ItemTextDraft): boolean {
  return blank(text.prompt) && text.options.every(blank) && blank(text.alt);
}

/** Languages with any text, for the tabs' "written" marks. */
export function writtenItemLanguages(draft: ItemDraft): Set<LanguageCode> {
  return new Set(LANGUAGE_CODES.filter((code) => !isEmptyText(draft.texts[code])));
}

/** The request that saves a draft: languages left empty are left out; alt only for pictures. */
export function itemRequest(draft: ItemDraft): AssessmentItemRequest {
  const picture = draft.kind === 'picture';
  const texts = Object.fromEntries(
    LANGUAGE_CODES.map((code) => {
      const { prompt, options, alt } = draft.texts[code];
      const text: AssessmentItemText = {
        prompt: prompt.trim(),
        options: options.map((o) => o.trim()),
      };
      if (picture) text.alt = alt.trim();
      return [code, { text, empty: isEmptyText(draft.texts[code]) }];
    }),
  ) as PerLanguage<{ text: AssessmentItemText; empty: boolean }>;
  const translations = Object.fromEntries(
    Object.entries(prune(texts, (entry) => entry.empty)).map(([code, entry]) => [code, entry.text]),
  );
  return {
    key: draft.key.trim(),
    area: draft.area,
    competence: draft.competence,
    kind: draft.kind,
    image: picture ? draft.image.trim() || null : null,
    code: blank(draft.code) ? null : draft.code,
    irt: { a: draft.irt.a ?? NaN, b: draft.irt.b ?? NaN, c: draft.irt.c ?? 0 },
    answer: [...draft.answer],
    fallbackLanguage: draft.fallbackLanguage,
    translations,
  };
}

/** The same item in another area: its competence moves to the area's first if it does not fit. */
export function withArea(draft: ItemDraft, area: CompetenceArea): ItemDraft {
  const competences = competencesOf(area);
  const competence = (competences as string[]).includes(draft.competence)
    ? draft.competence
    : competences[0];
  return { ...draft, area, competence };
}

/** The same item of another kind: the answer reset to what that kind expects. */
export function withKind<T extends ItemChoices>(draft: T, kind: AssessmentItemKind): T {
  const count = optionCount(draft);
  const answer =
    kind === 'ordering'
      ? draft.kind === 'ordering'
        ? draft.answer
        : Array.from({ length: count }, (_, i) => i)
      : kind === 'multiple'
        ? draft.kind === 'ordering'
          ? []
          : [...draft.answer].sort((a, b) => a - b)
        : draft.kind === 'ordering'
          ? []
          : draft.answer.slice(0, 1);
  return { ...draft, kind, answer };
}

export type DraftErrors = Record<string, UiMessage>;

/** The words for the answer key's problem: what the item's kind expects. */
function answerMessage(kind: AssessmentItemKind): UiMessage {
  return {
    key:
      kind === 'ordering'
        ? 'bank.errors.answerOrder'
        : kind === 'multiple'
          ? 'bank.errors.answerSome'
          : 'bank.errors.answerOne',
  };
}

/** The words for a field rule of the contracts (`itemFieldProblems`), by the field it names. */
function fieldMessage(problem: FieldRuleProblem, kind: AssessmentItemKind): UiMessage {
  if (problem.field === 'answer') return answerMessage(kind);
  if (problem.code === 'range') {
    return problem.field.endsWith('.options')
      ? { key: 'bank.errors.optionCount', params: { min: problem.min, max: problem.max } }
      : { key: 'bank.errors.range', params: { min: problem.min, max: problem.max } };
  }
  if (problem.code === 'pattern') {
    return { key: problem.field === 'image' ? 'bank.errors.image' : 'bank.errors.key' };
  }
  return ruleMessage(problem);
}

/** The words for a rule tying fields together (`itemProblems`), as the API's answer says it. */
function itemMessage(problem: FieldError, kind: AssessmentItemKind): UiMessage {
  if (problem.code === 'answerKey') return answerMessage(kind);
  return assessmentCodeMessage(problem.code) ?? { key: 'errors.field.invalid' };
}

/**
 * What is wrong with a draft, by the field paths the API uses for the same faults
 * (`irt.a`, `translations.fr.options`, `answer`), so that the browser's checks and the
 * server's show in the same places. The rules are the contracts' (`itemProblems`,
 * `itemFieldProblems`), which the API applies too, checked on the request the draft would
 * send; the browser adds one of its own: a language's options must differ. Empty when the
 * draft may be sent.
 */
export function validateDraft(draft: ItemDraft): DraftErrors {
  const request = itemRequest(draft);
  const errors: DraftErrors = {};
  for (const problem of itemProblems(request)) {
    errors[problem.field] ??= itemMessage(problem, draft.kind);
  }
  for (const problem of itemFieldProblems(request)) {
    errors[problem.field] ??= fieldMessage(problem, draft.kind);
  }
  for (const code of writtenItemLanguages(draft)) {
    const trimmed = draft.texts[code].options
      .map((o) => o.trim().toLocaleLowerCase())
      .filter(Boolean);
    if (new Set(trimmed).size !== trimmed.length) {
      errors[`translations.${code}.options`] ??= { key: 'bank.errors.sameOptions' };
    }
  }
  return errors;
}

/** The languages that error paths name (`translations.fr.prompt` → fr), for the tabs. */
export function languagesIn(paths: Iterable<string>): Set<string> {
  const found = new Set<string>();
  for (const path of paths) {
    const match = /^translations\.([a-z]{2})(\.|$)/.exec(path);
    if (match) found.add(match[1]);
  }
  return found;
}

/**
 * Only what changed between two requests, for PATCH. Sending unchanged fields is not harmless:
 * parameters sent again would mark a calibrated item's estimates as an author's again, and an
 * answered item's kind and answer key may not be touched at all.
 */
export function changedFields(
  before: AssessmentItemRequest,
  after: AssessmentItemRequest,
): UpdateAssessmentItemRequest {
  const changes: Record<string, unknown> = {};
  for (const field of Object.keys(after) as (keyof AssessmentItemRequest)[]) {
    if (JSON.stringify(before[field]) !== JSON.stringify(after[field])) {
      changes[field] = after[field];
    }
  }
  return changes as UpdateAssessmentItemRequest;
}

/**
 * How a preview answer would be marked. Served option ids are opaque, so options are matched
 * by their text in the language served (texts within a language are distinct). Null when an
 * option cannot be matched (the saved item changed since the preview was served).
 */
export function previewVerdict(
  item: Pick<AssessmentItemDetail, 'kind' | 'answer' | 'translations'>,
  served: ServedItem,
  answer: { choiceIds: string[] } | { dontKnow: true },
): 'right' | 'wrong' | 'dont-know' | null {
  if ('dontKnow' in answer) return 'dont-know';
  const options = item.translations[served.language]?.options ?? [];
  const texts = new Map(served.options.map((o) => [o.id, o.text] as const));
  const chosen = answer.choiceIds.map((id) => options.indexOf(texts.get(id) ?? '\u0000'));
  if (chosen.some((index) => index < 0)) return null;
  const right =
    item.kind === 'ordering'
      ? JSON.stringify(chosen) === JSON.stringify(item.answer)
      : item.kind === 'multiple'
        ? chosen.length === item.answer.length && chosen.every((i) => item.answer.includes(i))
        : chosen.length === 1 && item.answer.includes(chosen[0]);
  return right ? 'right' : 'wrong';
}
