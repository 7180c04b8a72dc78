import { COMPETENCE_AREAS, type CompetenceArea } from '@passerelle/contracts';

import { prepareBank } from './bank';
import { scoreAttempt } from './engine';
import { itemInformation, probability } from './irt';
import { LEVEL_CUTS } from './levels';
import {
  answers,
  drawLearners,
  fixedForm,
  NEWCOMER_POPULATION,
  percentile,
  placementAccuracy,
  runAdaptive,
  scoreFixedForm,
} from './simulation';
import { syntheticBank } from './synthetic-bank';

const mean = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;

function correlation(xs: readonly number[], ys: readonly number[]): number {
  const mx = mean(xs);
  const my = mean(ys);
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  xs.forEach((x, i) => {
    sxy += (x - mx) * (ys[i] - my);
    sxx += (x - mx) ** 2;
    syy += (ys[i] - my) ** 2;
  });
  return sxy / Math.sqrt(sxx * syy);
}

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
  });

  it('draws area abilities with the population’s mean, SD and correlation, reproducibly', () => {
    const learners = drawLearners(4000, 1, { ...NEWCOMER_POPULATION, correlation: 0.6 });
    expect(drawLearners(10, 1)).toEqual(drawLearners(10, 1));
    const safety = learners.map((l) => l.thetas.safety);
    const coding = learners.map((l) => l.thetas.coding);
    expect(mean(safety)).toBeCloseTo(-0.8, 1);
    expect(Math.sqrt(mean(safety.map((t) => (t + 0.8) ** 2)))).toBeCloseTo(1.2, 1);
    expect(correlation(safety, coding)).toBeCloseTo(0.6, 1);
    // The simulated intake goes with the abilities: no schooling is rarer among the able.
    const none = learners.filter((l) => l.intake.schooling === 'none');
    const university = learners.filter((l) => l.intake.schooling === 'university');
    expect(mean(none.map((l) => l.thetas.information))).toBeLessThan(
      mean(university.map((l) => l.thetas.information)) - 1,
    );
  });

  it('answers each item from its own parameters at the ability of its area', () => {
    const learners = drawLearners(4000, 3).map((l) => ({
      ...l,
      thetas: { ...l.thetas, [items[17].area]: 0.5 } as Record<CompetenceArea, number>,
    }));
    const right = learners.filter((l) => answers(bank, 17, l)).length / learners.length;
    expect(right).toBeCloseTo(probability(items[17], 0.5), 1);
    expect(answers(bank, 17, learners[0])).toBe(answers(bank, 17, learners[0]));
  });

  it('builds a fixed form from each area’s most informative items at its cuts', () => {
    const cuts = () => [-1, 1];
    const form = fixedForm(bank, 30, cuts);
    expect(new Set(form).size).toBe(30);
    const info = (i: number) => itemInformation(items[i], -1) + itemInformation(items[i], 1);
    for (const area of COMPETENCE_AREAS) {
      const inArea = items.map((_, i) => i).filter((i) => items[i].area === area);
      const best = inArea.sort((x, y) => info(y) - info(x)).slice(0, 5);
      expect(form.filter((i) => items[i].area === area).sort()).toEqual(best.sort());
    }
  });

  it('runs the engine to its end and scores a fixed form as the engine scores', () => {
    const [learner] = drawLearners(1, 8);
    const run = runAdaptive(bank, learner);
    expect(run.length).toBe(run.given.length);
    expect(run.forecasts).toHaveLength(run.length);
    expect(run.forecasts[run.length - 1].actual).toBe(1);
    const form = fixedForm(bank, 12, () => [-1, 1]);
    const fixed = scoreFixedForm(bank, form, learner, undefined, { useIntake: false });
    const direct = scoreAttempt(bank, {
      answers: form.map((i) => ({ itemId: items[i].id, correct: answers(bank, i, learner) })),
    });
    expect(fixed).toEqual(direct);
  });

  it('measures level-group accuracy per area and course agreement', () => {
    const [learner] = drawLearners(1, 4);
    const truth = {
      ...learner,
      thetas: Object.fromEntries(COMPETENCE_AREAS.map((a) => [a, -1.5])) as Record<
        CompetenceArea,
        number
      >,
    };
    const low = scoreAttempt(bank, {
      answers: items.filter((i) => i.b > 0).map((i) => ({ itemId: i.id, correct: false })),
    });
    const high = scoreAttempt(bank, {
      answers: items.filter((i) => i.b < 0).map((i) => ({ itemId: i.id, correct: true })),
    });
    const courses = [{ id: 'basics', levels: { safety: { entry: 1, target: 3 } } }];
    const accuracy = placementAccuracy([truth, truth], [low, high], courses, LEVEL_CUTS);
    expect(accuracy.groupAccuracy.safety).toBe(0.5);
    expect(accuracy.courseAgreement).toBe(0.5);
    expect(accuracy.worstGroupAccuracy).toBeLessThanOrEqual(accuracy.meanGroupAccuracy);
    expect(percentile([5, 1, 4, 2, 3], 0.95)).toBe(5);
    expect(percentile([5, 1, 4, 2, 3], 0.5)).toBe(3);
  });
});
