import { CompetenceArea, DeviceAccess, Schooling } from '@passerelle/contracts';

import { prepareBank } from './bank';
import { DEFAULT_ENGINE_CONFIG, nextStep } from './engine';
import { aimsAtCoding, intakePrior, openingArea, pointsToDigitalBasics } from './opening';
import { syntheticBank } from './synthetic-bank';

const coder = {
  devices: [DeviceAccess.Phone, DeviceAccess.OwnComputer],
  schooling: Schooling.Secondary,
  jobGoal: 'Web developer',
};

describe('the opening rule', () => {
  it('reads a job goal in coding in English, French and Arabic', () => {
    for (const goal of [
      'Web developer',
      'I want to learn coding',
      'programmer',
      'Work in IT',
      'développeuse web',
      'Informaticien',
      'مبرمج',
      'أريد العمل في البرمجة',
    ]) {
      expect([goal, aimsAtCoding(goal)]).toEqual([goal, true]);
    }
    for (const goal of ['Cook in a restaurant', 'I like it', 'aide-soignante', 'سائق', '']) {
      expect([goal, aimsAtCoding(goal)]).toEqual([goal, false]);
    }
  });

  it('lets only a learner who aims at coding, with a computer and schooling, open with code', () => {
    expect(pointsToDigitalBasics(coder)).toBe(false);
    expect(openingArea(coder)).toBeNull();
    expect(pointsToDigitalBasics({ ...coder, jobGoal: 'Shop assistant' })).toBe(true);
    expect(pointsToDigitalBasics({ ...coder, schooling: Schooling.Primary })).toBe(true);
    expect(pointsToDigitalBasics({ ...coder, schooling: Schooling.None })).toBe(true);
    expect(pointsToDigitalBasics({ ...coder, devices: [DeviceAccess.Phone] })).toBe(true);
    expect(pointsToDigitalBasics({ ...coder, devices: [] })).toBe(true);
  });

  it('opens with communication for little schooling or a phone only, else with information', () => {
    expect(openingArea({ ...coder, schooling: Schooling.None })).toBe(CompetenceArea.Communication);
    expect(openingArea({ ...coder, devices: [DeviceAccess.Phone] })).toBe(
      CompetenceArea.Communication,
    );
    expect(openingArea({ ...coder, jobGoal: 'Nurse' })).toBe(CompetenceArea.Information);
  });
});

describe('an attempt with an opening area', () => {
  const bank = prepareBank(syntheticBank(7, 20));

  it('serves its first item from that area, and then selects as before', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const step = nextStep(bank, {
        seed,
        answers: [],
        openingArea: CompetenceArea.Communication,
      });
      if (step.done) throw new Error('the test should start');
      expect(step.item.area).toBe(CompetenceArea.Communication);
      // The second item does not depend on the opening area: the answers alone decide.
      const answers = [{ itemId: step.item.id, correct: true }];
      expect(nextStep(bank, { seed, answers, openingArea: CompetenceArea.Communication })).toEqual(
        nextStep(bank, { seed, answers }),
      );
    }
  });

  it('keeps exposure control: the first item differs between attempts', () => {
    const first = new Set<string>();
    for (let seed = 1; seed <= 60; seed++) {
      const exposure = Object.fromEntries(bank.items.map((item) => [item.id, 0.3]));
      const controlled = prepareBank(syntheticBank(7, 20), { exposureControl: exposure });
      const step = nextStep(controlled, {
        seed,
        answers: [],
        openingArea: CompetenceArea.Safety,
      });
      if (step.done) throw new Error('the test should start');
      expect(step.item.area).toBe(CompetenceArea.Safety);
      first.add(step.item.id);
    }
    expect(first.size).toBeGreaterThan(2);
  });

  it('changes the opening: without it, attempts open in other areas too', () => {
    const areas = new Set<string>();
    const exposure = Object.fromEntries(bank.items.map((item) => [item.id, 0.3]));
    const controlled = prepareBank(syntheticBank(7, 20), { exposureControl: exposure });
    for (let seed = 1; seed <= 40; seed++) {
      const step = nextStep(controlled, { seed, answers: [] }, DEFAULT_ENGINE_CONFIG);
      if (!step.done) areas.add(step.item.area);
    }
    expect([...areas].some((area) => area !== CompetenceArea.Communication)).toBe(true);
  });
});

describe('the intake’s prior', () => {
  it('puts less schooled learners and those with only a phone lower, coders higher in coding', () => {
    const none = intakePrior({
      devices: [DeviceAccess.Phone],
      schooling: Schooling.None,
      jobGoal: 'Cook',
    });
    expect(none.information).toBe(-0.8);
    expect(none['problem-solving']).toBe(-1.1);
    expect(none.coding).toBe(-1.1);
    const dev = intakePrior(coder);
    expect(dev.information).toBe(0);
    expect(dev.coding).toBe(0.3);
    expect(intakePrior({ ...coder, schooling: Schooling.University }).safety).toBe(0.4);
  });
});
