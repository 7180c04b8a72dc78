import { prepareBank } from './bank';
import { DEFAULT_ENGINE_CONFIG, type EngineConfig } from './engine';
import { calibrateExposure } from './exposure';
import { drawLearners, simulateAdaptive } from './simulation';
import { syntheticBank } from './synthetic-bank';

describe('Sympson–Hetter calibration', () => {
  const items = syntheticBank(11, 8);
  const config: EngineConfig = { ...DEFAULT_ENGINE_CONFIG, minPerArea: 1, maxLength: 10 };
  // 200 learners per population and round: enough to see the control work, quick enough.
  const options = { target: 0.3, rounds: 5, learners: 400, seed: 99, design: { useIntake: false } };
  const calibration = calibrateExposure(items, config, options);

  it('starts from no control, where the best items go to nearly everyone', () => {
    expect(calibration.history[0].maxExposure).toBeGreaterThan(0.6);
    expect(calibration.history).toHaveLength(5);
  });

  it('lowers the largest exposure towards the target', () => {
    const kept = calibration.history[calibration.chosenRound - 1];
    expect(kept.maxExposure).toBeLessThan(0.45);
    expect(kept.maxExposure).toBeLessThan(calibration.history[0].maxExposure - 0.2);
    const values = Object.values(calibration.exposureControl);
    expect(values).toHaveLength(items.length);
    expect(values.every((k) => k > 0 && k <= 1)).toBe(true);
    expect(values.some((k) => k < 1)).toBe(true);
  });

  it('holds on learners it was not calibrated on', () => {
    const learners = drawLearners(400, 12345);
    const design = { useIntake: false };
    const free = simulateAdaptive(prepareBank(items), learners, config, design);
    const controlled = simulateAdaptive(
      prepareBank(items, { exposureControl: calibration.exposureControl }),
      learners,
      config,
      design,
    );
    expect(Math.max(...free.exposure)).toBeGreaterThan(0.6);
    expect(Math.max(...controlled.exposure)).toBeLessThan(0.4);
  });

  it('is reproducible from its seed', () => {
    const again = calibrateExposure(items, config, { ...options, rounds: 2, learners: 50 });
    const once = calibrateExposure(items, config, { ...options, rounds: 2, learners: 50 });
    expect(again).toEqual(once);
    expect(() => calibrateExposure(items, config, { target: 0 })).toThrow(RangeError);
  });
});
