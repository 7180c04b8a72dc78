import { COMPETENCE_AREAS } from '@passerelle/contracts';

import { prepareBank } from './bank';
import { itemInformation, probability } from './irt';
import { LEVEL_CUTS } from './levels';
import {
  accuracy,
  answers,
  drawLearners,
  fixedForm,
  percentile,
  runAdaptive,
  scoreFixedForm,
} from './simulation';
import { syntheticBank } from './synthetic-bank';

describe('simulation', () => {
  const items = syntheticBank(2, 20);
  const bank = prepareBank(items);

  it('builds a reproducible synthetic bank within the authored ranges', () => {
    expect(items).toHaveLength(120);
    expect(syntheticBank(2, 20)).toEqual(items);
    for (const area of COMPETENCE_AREAS) {
      expect(items.filter((item) => item.area === area)).toHaveLength(20);
    }
    expect(items.every((item) => item.a >= 0.5 && item.a <= 2.5)).toBe(true);
    expect(items.every((item) => item.b >= -3 && item.b <= 3)).toBe(true);
    expect(Math.min(...items.map((item) => item.b))).toBeLessThan(-2.5);
    expect(Math.max(...items.map((item) => item.b))).toBeGreaterThan(2.5);
  });

  it('draws learners from N(0, 1), reproducibly', () => {
    const learners = drawLearners(5000, 1);
    expect(drawLearners(5000, 1)).toEqual(learners);
    const thetas = learners.map((l) => l.theta);
    const mean = thetas.reduce((s, t) => s + t, 0) / thetas.length;
    expect(Math.abs(mean)).toBeLessThan(0.05);
  });

  it('answers from the item parameters', () => {
    const learners = drawLearners(4000, 3).map((l) => ({ ...l, theta: 0.5 }));
    const index = 17;
    const right = learners.filter((l) => answers(bank, index, l)).length / learners.length;
    expect(right).toBeCloseTo(probability(items[index], 0.5), 1);
    // The same learner answers the same item the same way every time.
    expect(answers(bank, index, learners[0])).toBe(answers(bank, index, learners[0]));
  });

  it('builds the fixed form from the most informative items at θ = 0, five per scale', () => {
    const form = fixedForm(bank, 30);
    expect(new Set(form).size).toBe(30);
    for (const area of COMPETENCE_AREAS) {
      const inArea = items.map((item, i) => ({ item, i })).filter((x) => x.item.area === area);
      const best = inArea
        .sort((x, y) => itemInformation(y.item, 0) - itemInformation(x.item, 0))
        .slice(0, 5)
        .map((x) => x.i);
      expect(form.filter((i) => items[i].area === area).sort()).toEqual(best.sort());
    }
  });

  it('runs the engine to its end and scores the fixed form', () => {
    const [learner] = drawLearners(1, 8);
    const run = runAdaptive(bank, learner);
    expect(run.length).toBe(run.given.length);
    expect(run.length).toBeGreaterThanOrEqual(12);
    expect(run.forecasts).toHaveLength(run.length);
    expect(run.forecasts[run.length - 1].actual).toBe(1);
    const fixed = scoreFixedForm(bank, fixedForm(bank), learner);
    expect(fixed.se).toBeGreaterThan(0);
  });

  it('computes RMSE, bias, mean SE, group accuracy and percentiles', () => {
    const figures = accuracy(
      [0, 1, -1.5],
      [
        { theta: 0.3, se: 0.2 },
        { theta: 0.6, se: 0.4 },
        { theta: -0.5, se: 0.3 },
      ],
      LEVEL_CUTS,
    );
    expect(figures.rmse).toBeCloseTo(Math.sqrt((0.09 + 0.16 + 1) / 3), 12);
    expect(figures.bias).toBeCloseTo((0.3 - 0.4 + 1) / 3, 12);
    expect(figures.meanSe).toBeCloseTo(0.3, 12);
    // 0 → intermediate both; 1 → advanced vs 0.6 intermediate; −1.5 foundation vs −0.5 intermediate.
    expect(figures.groupAccuracy).toBeCloseTo(1 / 3, 12);
    expect(percentile([5, 1, 4, 2, 3], 0.95)).toBe(5);
    expect(percentile([5, 1, 4, 2, 3], 0.5)).toBe(3);
    expect(
      percentile(
        Array.from({ length: 100 }, (_, i) => i + 1),
        0.95,
      ),
    ).toBe(95);
  });
});
