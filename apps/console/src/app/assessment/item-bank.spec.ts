import type { AssessmentItemSummary } from '@passerelle/contracts';

import { sortRows } from '../shared/table';
import { filterItems, itemFlags, itemsCsv, itemSortValue } from './item-bank';

function item(overrides: Partial<AssessmentItemSummary>): AssessmentItemSummary {
  return {
    id: overrides.key ?? 'id',
    key: 'key',
    area: 'safety',
    competence: '4.2',
    kind: 'single',
    status: 'active',
    irt: { a: 1, b: 0, c: 0, provisional: true },
    exposureControl: 1,
    fallbackLanguage: 'en',
    languages: ['en', 'fr'],
    prompt: 'What is a strong password?',
    stats: { shown: 0, exposure: 0, pValue: null, itemRest: null },
    updatedAt: '2026-03-01T00:00:00Z',
    ...overrides,
  };
}

const SCAM = item({
  key: 'safety-scam-sms-01',
  kind: 'picture',
  irt: { a: 1.4, b: -1.2, c: 0.2, provisional: false },
  stats: { shown: 40, exposure: 0.237, pValue: 0.97, itemRest: 0.41 },
});
const LOOP = item({
  key: 'coding-loop-03',
  area: 'coding',
  competence: 'C.5',
  kind: 'ordering',
  status: 'retired',
  irt: { a: 0.9, b: 1.5, c: 0, provisional: true },
  prompt: 'Put the steps of the loop in order',
  stats: { shown: 12, exposure: 0.1, pValue: 0.5, itemRest: 0.12 },
});
const NEW = item({ key: 'info-search-02', area: 'information', competence: '1.1' });

describe('item bank table', () => {
  it('filters by area, kind, status and words of the key, competence or prompt', () => {
    const all = [SCAM, LOOP, NEW];
    expect(filterItems(all, { area: 'coding' }).map((i) => i.key)).toEqual(['coding-loop-03']);
    expect(filterItems(all, { kind: 'picture' })).toEqual([SCAM]);
    expect(filterItems(all, { status: 'active' })).toEqual([SCAM, NEW]);
    expect(filterItems(all, { search: 'steps C.5' })).toEqual([LOOP]);
    expect(filterItems(all, { search: 'password', area: 'safety' })).toEqual([SCAM]);
    expect(filterItems(all, {})).toHaveLength(3);
  });

  it('sorts by parameters and statistics, never-shown items last', () => {
    const byB = sortRows([SCAM, LOOP, NEW], { key: 'b', descending: false }, itemSortValue);
    expect(byB.map((i) => i.key)).toEqual([
      'safety-scam-sms-01',
      'info-search-02',
      'coding-loop-03',
    ]);
    const byP = sortRows([NEW, SCAM, LOOP], { key: 'p', descending: false }, itemSortValue);
    expect(byP.map((i) => i.key)).toEqual([
      'coding-loop-03',
      'safety-scam-sms-01',
      'info-search-02',
    ]);
    expect(itemSortValue(SCAM, 'k')).toBe(1);
  });

  it('flags items worth another look, once they have enough answers', () => {
    expect(itemFlags(SCAM)).toEqual({ weak: false, extreme: true });
    expect(itemFlags(LOOP)).toEqual({ weak: true, extreme: false });
    expect(
      itemFlags(item({ stats: { shown: 3, exposure: 0.1, pValue: 1, itemRest: null } })),
    ).toEqual({ weak: false, extreme: false });
  });

  it('exports raw numbers, empty cells for missing statistics', () => {
    const { header, rows } = itemsCsv([SCAM, NEW], {
      header: Object.fromEntries(
        [
          'key',
          'area',
          'competence',
          'kind',
          'status',
          'a',
          'b',
          'c',
          'provisional',
          'k',
          'languages',
          'fallback',
          'shown',
          'exposure',
          'p',
          'itemRest',
          'prompt',
        ].map((k) => [k, k.toUpperCase()]),
      ) as Parameters<typeof itemsCsv>[1]['header'],
      yes: 'yes',
      no: 'no',
      areaName: (a) => `area:${a}`,
      kindName: (k) => `kind:${k}`,
      statusName: (s) => `status:${s}`,
    });
    expect(header[0]).toBe('KEY');
    expect(rows[0]).toEqual([
      'safety-scam-sms-01',
      'area:safety',
      '4.2',
      'kind:picture',
      'status:active',
      1.4,
      -1.2,
      0.2,
      'no',
      1,
      'en fr',
      'en',
      40,
      0.237,
      0.97,
      0.41,
      'What is a strong password?',
    ]);
    expect(rows[1].slice(12, 16)).toEqual([0, 0, null, null]);
  });
});
