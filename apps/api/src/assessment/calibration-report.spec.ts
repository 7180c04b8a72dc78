import { COMPETENCE_AREAS } from '@passerelle/contracts';

import { answersByAttempt, proposedParameters, reviewOrder } from './calibration-report';
import { ASSESSMENT_ITEMS } from './seed';
import { ANCHOR_ITEM_KEYS } from './seed/anchors';

describe('calibration helpers', () => {
  it('groups stored answers by attempt, in order', () => {
    expect(
      answersByAttempt([
        { attemptId: 'x', itemId: 'i1', correct: true },
        { attemptId: 'x', itemId: 'i2', correct: false },
        { attemptId: 'y', itemId: 'i1', correct: false },
      ]),
    ).toEqual([
      [
        { itemId: 'i1', correct: true },
        { itemId: 'i2', correct: false },
      ],
      [{ itemId: 'i1', correct: false }],
    ]);
    expect(answersByAttempt([])).toEqual([]);
  });

  it('proposes the fitted parameters with their new exposure control', () => {
    const parameters = proposedParameters(
      {
        items: [
          { itemId: 'i1', after: { a: 1.1, b: 0.2, c: 0 } },
          { itemId: 'i2', after: { a: 0.9, b: -1, c: 0.2 } },
        ] as never,
      },
      { i1: 0.4 },
    );
    expect(parameters).toEqual({
      i1: { a: 1.1, b: 0.2, c: 0, exposureControl: 0.4 },
      i2: { a: 0.9, b: -1, c: 0.2, exposureControl: 1 },
    });
  });

  it('orders rows for review: misfits first, worst first, then by area and key', () => {
    const base = { before: { a: 1, b: 0, c: 0 }, after: { a: 1, b: 0, c: 0 }, se: null };
    const rows = [
      {
        ...base,
        itemId: '1',
        key: 'z',
        area: 'safety',
        answers: 1,
        status: 'fitted',
        rmsd: 0.01,
        misfit: false,
        exposureControl: 1,
      },
      {
        ...base,
        itemId: '2',
        key: 'y',
        area: 'coding',
        answers: 1,
        status: 'fitted',
        rmsd: 0.11,
        misfit: true,
        exposureControl: 1,
      },
      {
        ...base,
        itemId: '3',
        key: 'x',
        area: 'coding',
        answers: 1,
        status: 'fitted',
        rmsd: 0.3,
        misfit: true,
        exposureControl: 1,
      },
      {
        ...base,
        itemId: '4',
        key: 'a',
        area: 'coding',
        answers: 1,
        status: 'fitted',
        rmsd: 0.01,
        misfit: false,
        exposureControl: 1,
      },
    ] as const;
    expect(reviewOrder(rows as never).map((r) => r.itemId)).toEqual(['3', '2', '4', '1']);
  });

  it('anchors two seed items of every area, one each side of θ = 0, free of guessing', () => {
    const anchors = ANCHOR_ITEM_KEYS.map((key) =>
      ASSESSMENT_ITEMS.find((item) => item.key === key),
    );
    expect(anchors.every((item) => item !== undefined)).toBe(true);
    for (const area of COMPETENCE_AREAS) {
      expect(anchors.filter((item) => item?.area === area)).toHaveLength(2);
    }
    for (const area of COMPETENCE_AREAS) {
      const inArea = anchors.filter((item) => item?.area === area).map((item) => item?.irt.b ?? 99);
      expect(inArea.filter((b) => b < 0 && b >= -1.5)).toHaveLength(1);
      expect(inArea.filter((b) => b >= 0 && b <= 1.5)).toHaveLength(1);
    }
    for (const item of anchors) expect(item?.irt.c ?? 0).toBe(0);
  });
});
