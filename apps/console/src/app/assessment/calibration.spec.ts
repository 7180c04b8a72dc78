import type { BankVersionSummary, CalibrationItemRow } from '@passerelle/contracts';

import { sortRows } from '../shared/table';
import { filterFits, fitSortValue, moved, pendingProposal } from './calibration';

function row(overrides: Partial<CalibrationItemRow>): CalibrationItemRow {
  return {
    itemId: 'id',
    key: 'info-x-01',
    area: 'information',
    answers: 150,
    status: 'fitted',
    before: { a: 1, b: 0, c: 0.2 },
    after: { a: 1.2, b: 0.3, c: 0.2 },
    se: { a: 0.1, b: 0.1 },
    rmsd: 0.03,
    misfit: false,
    exposureControl: 1,
    ...overrides,
  };
}

function version(number: number, status: BankVersionSummary['status']): BankVersionSummary {
  return {
    id: `v${number}`,
    number,
    status,
    source: 'calibrated',
    createdAt: '2026-01-01T00:00:00Z',
    createdBy: null,
    reviewedAt: null,
    reviewedBy: null,
    correlation: 0.8,
    fit: null,
  };
}

describe('calibration review', () => {
  const rows = [
    row({ itemId: '1', key: 'b-item', rmsd: 0.04 }),
    row({ itemId: '2', key: 'a-item', misfit: true, rmsd: 0.12, area: 'safety' }),
    row({ itemId: '3', key: 'c-item', misfit: true, rmsd: 0.2 }),
  ];

  it('puts misfits first, the worst first', () => {
    const sorted = sortRows(rows, { key: 'misfit', descending: true }, fitSortValue);
    expect(sorted.map((r) => r.itemId)).toEqual(['3', '2', '1']);
  });

  it('sorts parameters by how far the fit moved them', () => {
    const small = row({
      itemId: 's',
      before: { a: 1, b: 0, c: 0 },
      after: { a: 1, b: -0.1, c: 0 },
    });
    const large = row({ itemId: 'l', before: { a: 1, b: 0, c: 0 }, after: { a: 1, b: 0.8, c: 0 } });
    expect(
      sortRows([small, large], { key: 'b', descending: true }, fitSortValue).map((r) => r.itemId),
    ).toEqual(['l', 's']);
  });

  it('filters by area and to misfits', () => {
    expect(filterFits(rows, { misfitsOnly: true }).map((r) => r.itemId)).toEqual(['2', '3']);
    expect(filterFits(rows, { area: 'safety' }).map((r) => r.itemId)).toEqual(['2']);
    expect(filterFits(rows, {})).toHaveLength(3);
  });

  it('tells a moved parameter from rounding', () => {
    const r = row({ before: { a: 1, b: 0, c: 0 }, after: { a: 1.001, b: 0.3, c: 0 } });
    expect(moved(r, 'a')).toBe(false);
    expect(moved(r, 'b')).toBe(true);
  });

  it('finds the newest proposal waiting for review', () => {
    expect(pendingProposal([version(1, 'current')])).toBeNull();
    expect(
      pendingProposal([version(2, 'proposed'), version(3, 'proposed'), version(1, 'current')])
        ?.number,
    ).toBe(3);
  });
});
