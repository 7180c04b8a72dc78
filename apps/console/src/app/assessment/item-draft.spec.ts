import type { AssessmentItemDetail, ServedItem } from '@passerelle/contracts';

import {
  withOption,
  withOptionMoved,
  withOrderMoved,
  withoutOption,
  withRight,
} from '../shared/options';
import {
  changedFields,
  competencesOf,
  itemDraft,
  itemRequest,
  languagesIn,
  newItemDraft,
  previewVerdict,
  validateDraft,
  withArea,
  withKind,
  writtenItemLanguages,
} from './item-draft';

const DETAIL: AssessmentItemDetail = {
  id: 'i1',
  key: 'safety-password-01',
  area: 'safety',
  competence: '4.2',
  kind: 'multiple',
  status: 'active',
  irt: { a: 1.2, b: -0.5, c: 0.1, provisional: false },
  exposureControl: 0.8,
  fallbackLanguage: 'en',
  languages: ['en', 'fr'],
  prompt: 'Which passwords are strong?',
  stats: { shown: 0, exposure: 0, pValue: null, itemRest: null },
  updatedAt: '2026-03-01T00:00:00Z',
  image: null,
  code: null,
  answer: [0, 2],
  translations: {
    en: {
      prompt: 'Which passwords are strong?',
      options: ['Tr0ub4dor&3', '123456', 'correct horse battery'],
    },
    fr: { prompt: 'Quels mots de passe sont solides ?', options: ['Tr0ub4dor&3', '123456'] },
  },
};

describe('item drafts', () => {
  it('pads every language to the same options, and sends only written languages back', () => {
    const draft = itemDraft(DETAIL);
    expect(draft.texts.fr.options).toEqual(['Tr0ub4dor&3', '123456', '']);
    expect(draft.texts.ar).toEqual({ prompt: '', options: ['', '', ''], alt: '' });
    expect([...writtenItemLanguages(draft)]).toEqual(['en', 'fr']);
    const request = itemRequest(draft);
    expect(Object.keys(request.translations)).toEqual(['en', 'fr']);
    expect(request.translations.en).toEqual(DETAIL.translations.en);
    expect(request).toMatchObject({
      key: 'safety-password-01',
      image: null,
      code: null,
      irt: { a: 1.2, b: -0.5, c: 0.1 },
      answer: [0, 2],
    });
  });

  it('sends a picture with its alt text, and other kinds without either', () => {
    const draft = { ...withKind(itemDraft(DETAIL), 'picture'), image: ' scam-sms.svg ' };
    draft.texts.en = { ...draft.texts.en, alt: 'A text message' };
    const request = itemRequest(draft);
    expect(request.image).toBe('scam-sms.svg');
    expect(request.translations.en?.alt).toBe('A text message');
    expect(itemRequest({ ...draft, kind: 'single' }).image).toBeNull();
    expect(itemRequest({ ...draft, kind: 'single' }).translations.en).not.toHaveProperty('alt');
  });

  it('patches only what changed', () => {
    const draft = itemDraft(DETAIL);
    const before = itemRequest(draft);
    expect(changedFields(before, itemRequest(draft))).toEqual({});
    draft.texts.fr.options[2] = 'cheval correct batterie';
    draft.key = 'safety-password-02';
    expect(Object.keys(changedFields(before, itemRequest(draft)))).toEqual(['key', 'translations']);
  });

  it('keeps the answer key on the same options when options come, go and move', () => {
    const draft = itemDraft(DETAIL);
    expect(withoutOption(draft, 1).answer).toEqual([0, 1]);
    expect(withoutOption(draft, 0).texts.fr.options).toEqual(['123456', '']);
    expect(withOption(draft).texts.ar.options).toHaveLength(4);
    const moved = withOptionMoved(draft, 1, 1);
    expect(moved.texts.en.options).toEqual(['Tr0ub4dor&3', 'correct horse battery', '123456']);
    expect(moved.answer).toEqual([0, 1]);
    expect(withOptionMoved(draft, 0, -1)).toBe(draft);
  });

  it('resets the answer to what a new kind expects', () => {
    const draft = itemDraft(DETAIL);
    const ordering = withKind(draft, 'ordering');
    expect(ordering.answer).toEqual([0, 1, 2]);
    expect(withOption(ordering).answer).toEqual([0, 1, 2, 3]);
    expect(withOrderMoved(ordering, 2, -1).answer).toEqual([0, 2, 1]);
    expect(withKind(draft, 'single').answer).toEqual([0]);
    expect(withKind(ordering, 'single').answer).toEqual([]);
    expect(withRight(withKind(draft, 'picture'), 2, true).answer).toEqual([2]);
    expect(withRight(draft, 1, true).answer).toEqual([0, 1, 2]);
    expect(withRight(draft, 0, false).answer).toEqual([2]);
  });

  it('keeps the competence when it fits the new area, else takes the area’s first', () => {
    const draft = itemDraft(DETAIL);
    expect(withArea(draft, 'coding').competence).toBe('C.1');
    expect(withArea(draft, 'safety').competence).toBe('4.2');
    expect(competencesOf('problem-solving')).toEqual(['5.1', '5.2', '5.3', '5.4']);
  });
});

describe('validateDraft', () => {
  it('accepts a complete item', () => {
    const draft = itemDraft(DETAIL);
    draft.texts.fr.options[2] = 'cheval correct batterie';
    expect(validateDraft(draft)).toEqual({});
  });

  it('names the fields the API would name, with the same limits', () => {
    const draft = newItemDraft();
    draft.key = 'X!';
    draft.irt = { a: 3, b: null, c: 0.5 };
    draft.texts.fr = { prompt: 'Quoi ?', options: ['oui', ''], alt: '' };
    const errors = validateDraft(draft);
    expect(Object.keys(errors).sort()).toEqual(
      [
        'answer',
        'irt.a',
        'irt.b',
        'irt.c',
        'key',
        'translations.en',
        'translations.fr.options.1',
      ].sort(),
    );
    expect(errors['irt.a']).toEqual({ key: 'bank.errors.range', params: { min: 0.5, max: 2.5 } });
    expect(errors['irt.b']).toEqual({ key: 'errors.field.required' });
    expect(errors['answer']).toEqual({ key: 'bank.errors.answerOne' });
    expect([...languagesIn(Object.keys(errors))].sort()).toEqual(['en', 'fr']);
  });

  it('asks pictures for their image and alt text, and orderings for every option', () => {
    const picture = withKind(itemDraft(DETAIL), 'picture');
    picture.texts.fr.options[2] = 'autre';
    const errors = validateDraft(picture);
    expect(errors['image']).toEqual({ key: 'errors.field.required' });
    expect(errors['translations.en.alt']).toBeDefined();
    expect(errors['translations.fr.alt']).toBeDefined();
    expect(errors['answer']).toBeUndefined();
    expect(validateDraft({ ...picture, image: 'Bad Name.png' })['image']).toEqual({
      key: 'bank.errors.image',
    });
    const ordering = withKind(itemDraft(DETAIL), 'ordering');
    ordering.texts.fr.options[2] = 'autre';
    expect(validateDraft(ordering)).toEqual({});
    expect(validateDraft({ ...ordering, answer: [0, 1] })['answer']).toEqual({
      key: 'bank.errors.answerOrder',
    });
  });

  it('catches the same answer twice and a competence of another area', () => {
    const draft = itemDraft(DETAIL);
    draft.texts.fr.options[2] = 'Tr0ub4dor&3 ';
    draft.competence = '1.1';
    const errors = validateDraft(draft);
    expect(errors['translations.fr.options']).toEqual({ key: 'bank.errors.sameOptions' });
    expect(errors['competence']).toEqual({ key: 'bank.errors.competence' });
  });
});

describe('previewVerdict', () => {
  const served: ServedItem = {
    position: 0,
    itemId: 'i1',
    kind: 'multiple',
    area: 'safety',
    language: 'en',
    prompt: 'Which passwords are strong?',
    options: [
      { id: 'p', text: 'Tr0ub4dor&3' },
      { id: 'q', text: '123456' },
      { id: 'r', text: 'correct horse battery' },
    ],
    image: null,
    alt: null,
    code: null,
  };

  it('marks an answer as the test would, matching options by their text', () => {
    expect(previewVerdict(DETAIL, served, { choiceIds: ['r', 'p'] })).toBe('right');
    expect(previewVerdict(DETAIL, served, { choiceIds: ['p'] })).toBe('wrong');
    expect(previewVerdict(DETAIL, served, { dontKnow: true })).toBe('dont-know');
    expect(previewVerdict(DETAIL, served, { choiceIds: ['zz'] })).toBeNull();
    const ordering = { ...DETAIL, kind: 'ordering' as const, answer: [2, 0, 1] };
    expect(previewVerdict(ordering, served, { choiceIds: ['r', 'p', 'q'] })).toBe('right');
    expect(previewVerdict(ordering, served, { choiceIds: ['p', 'r', 'q'] })).toBe('wrong');
  });
});
