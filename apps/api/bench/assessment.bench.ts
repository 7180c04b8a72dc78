/**
 * `npm run bench:assessment [-- --n 2000 --seed 2024 --calibrate --bank items.json]`: measures
 * the skills check on what placement uses — each area's level group and the courses it
 * recommends — for simulated learners with six correlated area abilities, through the real
 * engine (the code the API calls).
 *
 * Scenarios: correlations between areas 0.6, 0.8 and 1.0, each for two populations (centred on
 * the bank, N(0, 1); newcomers, N(−0.8, 1.2²)). For each, on the same learners: the adaptive
 * test (with the intake's prior and the catalogue's cuts, as in the product), a fixed 30-item
 * form and a fixed form of the adaptive test's mean length (both built for the same cuts and
 * scored by the same scorer), and the adaptive test without the intake's prior. The engine
 * always assumes its configured correlation (0.8): at 0.6 and 1.0 it is wrong, as it would be
 * for a population unlike the one calibrated.
 *
 * Exposure control: the stored Sympson–Hetter parameters of the seed bank (the ones the
 * product uses, from `npm run assessment:calibrate`); `--calibrate` calibrates them anew first.
 *
 * It lives in the API app, not in the assessment lib, because it reads the API's seed bank and
 * catalogue, and libraries may not import from apps.
 */
import { readFileSync } from 'node:fs';

import {
  type AssessmentResult,
  type CalibratedItem,
  calibrateExposure,
  catalogueDesign,
  CENTRED_POPULATION,
  decisionCuts,
  DEFAULT_ENGINE_CONFIG,
  DEFAULT_EXPOSURE_CALIBRATION,
  drawLearners,
  type EngineConfig,
  fixedForm,
  itemInformation,
  NEWCOMER_POPULATION,
  percentile,
  type PlaceableCourse,
  type PlacementAccuracy,
  placementAccuracy,
  prepareBank,
  scoreFixedForm,
  simulateAdaptive,
  type SimulatedPopulation,
} from '@passerelle/assessment';
import { COMPETENCE_AREAS } from '@passerelle/contracts';

import { ASSESSMENT_ITEMS } from '../src/assessment/seed';
import { SEED_EXPOSURE_CONTROL } from '../src/assessment/seed/exposure-control';
import { JAVASCRIPT_FOUNDATIONS } from '../src/coding/seed/javascript-foundations';
import { DIGITAL_BASICS } from '../src/learning/seed/digital-basics';

function option(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
}
const numberOption = (name: string, fallback: number) => Number(option(name) ?? fallback);

const N = numberOption('n', 2000);
const SEED = numberOption('seed', 2024);
const BANK_FILE = option('bank');
const FIXED_LENGTH = 30;
const CONFIG: EngineConfig = {
  ...DEFAULT_ENGINE_CONFIG,
  confidence: numberOption('confidence', DEFAULT_ENGINE_CONFIG.confidence),
  indifference: numberOption('indifference', DEFAULT_ENGINE_CONFIG.indifference),
  courseIndifference: numberOption(
    'course-indifference',
    DEFAULT_ENGINE_CONFIG.courseIndifference,
  ),
  forecastScale: numberOption('forecast-scale', DEFAULT_ENGINE_CONFIG.forecastScale),
  maxLength: numberOption('max', DEFAULT_ENGINE_CONFIG.maxLength),
  minPerArea: numberOption('min', DEFAULT_ENGINE_CONFIG.minPerArea),
};
const CORRELATIONS = (option('correlations') ?? '0.6,0.8,1.0').split(',').map(Number);
const TARGETS = { meanLength: 15, p95Length: 22, maxExposure: 0.3 };

const items: CalibratedItem[] = BANK_FILE
  ? JSON.parse(readFileSync(BANK_FILE, 'utf8'))
  : ASSESSMENT_ITEMS.map(({ key, area, irt }) => ({ id: key, area, a: irt.a, b: irt.b, c: irt.c }));
const courses: PlaceableCourse[] = [
  { id: DIGITAL_BASICS.course.slug, levels: DIGITAL_BASICS.course.levels },
  { id: JAVASCRIPT_FOUNDATIONS.course.slug, levels: JAVASCRIPT_FOUNDATIONS.course.levels },
];
const { cuts } = catalogueDesign(courses, CONFIG.levelCuts);
const design = { ...catalogueDesign(courses, CONFIG.levelCuts), useIntake: true };

const f2 = (x: number) => x.toFixed(2);
const f3 = (x: number) => x.toFixed(3);
const pct = (x: number) => `${(100 * x).toFixed(1)} %`;
const mean = (values: readonly number[]) => values.reduce((s, v) => s + v, 0) / values.length;
const round = (value: number) => Math.round(value * 10000) / 10000;

console.log(`Skills-check benchmark — ${N} simulated learners per scenario, seed ${SEED}`);
console.log(
  `Bank: ${items.length} items (${BANK_FILE ?? 'the authored seed bank, parameters provisional'})` +
    `; catalogue: ${courses.map((c) => c.id).join(', ')}`,
);
console.log(
  `Engine: per-area posterior under a correlated prior (ρ = ${CONFIG.areaCorrelation}), intake ` +
    `prior weight ${CONFIG.intakeWeight}; a cut's side is settled at P ≥ ${CONFIG.confidence} up ` +
    `to an indifference zone of ±${CONFIG.indifference} (±${CONFIG.courseIndifference} at a course's cuts), an area when all its cuts are, after ≥ ` +
    `${CONFIG.minPerArea} answer(s); at most ${CONFIG.maxLength} questions`,
);
for (const area of COMPETENCE_AREAS) {
  console.log(
    `  ${area.padEnd(17)} decided on θ cuts ${decisionCuts(CONFIG.levelCuts, cuts[area]).join(', ')}`,
  );
}

// Where the bank is thin: the information of each area's five best items at each decision cut
// (a 2PL item without guessing at a = 1.8 gives 0.81 on its own b; five such give 4).
console.log('Bank information at each decision cut (sum of the area\'s 5 best items there):');
for (const area of COMPETENCE_AREAS) {
  const inArea = items.filter((item) => item.area === area);
  const atCut = decisionCuts(CONFIG.levelCuts, cuts[area]).map((cut) => {
    const best = inArea
      .map((item) => itemInformation(item, cut))
      .sort((x, y) => y - x)
      .slice(0, 5);
    return `${cut}: ${f2(best.reduce((s, x) => s + x, 0))}`;
  });
  console.log(`  ${area.padEnd(17)} ${atCut.join(', ')}`);
}

let exposureControl: Record<string, number> = BANK_FILE ? {} : { ...SEED_EXPOSURE_CONTROL };
if (process.argv.includes('--calibrate') || BANK_FILE) {
  const started = performance.now();
  exposureControl = calibrateExposure(items, CONFIG, {
    ...DEFAULT_EXPOSURE_CALIBRATION,
    rounds: numberOption('rounds', DEFAULT_EXPOSURE_CALIBRATION.rounds),
    learners: numberOption('calibration-learners', DEFAULT_EXPOSURE_CALIBRATION.learners),
    design,
  }).exposureControl;
  console.log(
    `Exposure control calibrated anew (${((performance.now() - started) / 1000).toFixed(1)} s)`,
  );
} else {
  console.log('Exposure control: the stored parameters (npm run assessment:calibrate)');
}
const bank = prepareBank(items, { exposureControl });
const free = prepareBank(items);

interface Figures {
  meanLength: number;
  p95Length: number;
  placement: PlacementAccuracy;
  maxExposure: number;
  forecastError: number;
  /** Σ actual / Σ forecast over every step: the forecast scale that would remove the bias. */
  forecastRatio: number;
  firstForecast: { said: number; asked: number };
  stoppedBy: Record<string, number>;
}

function evaluate(population: SimulatedPopulation, seed: number) {
  const learners = drawLearners(N, seed, population);
  const measure = (config: EngineConfig, useIntake: boolean, withControl = true): Figures => {
    const sim = simulateAdaptive(withControl ? bank : free, learners, config, {
      ...design,
      useIntake,
    });
    const lengths = sim.runs.map((r) => r.length);
    const forecasts = sim.runs.flatMap((r) => r.forecasts);
    const stoppedBy: Record<string, number> = {};
    for (const run of sim.runs) stoppedBy[run.reason] = (stoppedBy[run.reason] ?? 0) + 1 / N;
    return {
      meanLength: mean(lengths),
      p95Length: percentile(lengths, 0.95),
      placement: placementAccuracy(
        learners,
        sim.runs.map((r) => r.result),
        courses,
        config.levelCuts,
      ),
      maxExposure: Math.max(...sim.exposure),
      forecastError: mean(forecasts.map((f) => Math.abs(f.predicted - f.actual))),
      forecastRatio:
        (config.forecastScale * forecasts.reduce((sum, f) => sum + f.actual, 0)) /
        forecasts.reduce((sum, f) => sum + f.predicted, 0),
      firstForecast: {
        said: mean(sim.runs.map((r) => r.forecasts[0]?.predicted ?? 0)),
        asked: mean(sim.runs.map((r) => r.length)),
      },
      stoppedBy,
    };
  };
  const fixed = (size: number, atCuts = false): PlacementAccuracy => {
    const form = fixedForm(bank, size, (area) =>
      atCuts ? decisionCuts(CONFIG.levelCuts, cuts[area]) : [0],
    );
    const results: AssessmentResult[] = learners.map((learner) =>
      scoreFixedForm(bank, form, learner, CONFIG, design),
    );
    return placementAccuracy(learners, results, courses, CONFIG.levelCuts);
  };
  const adaptive = measure(CONFIG, true);
  const short = Math.round(adaptive.meanLength);
  return {
    adaptive,
    fixed30: fixed(FIXED_LENGTH),
    fixed30AtCuts: fixed(FIXED_LENGTH, true),
    fixedShort: { length: short, ...fixed(short) },
    noIntake: measure(CONFIG, false),
  };
}

type Scenario = ReturnType<typeof evaluate> & { name: string; correlation: number };
const scenarios: Scenario[] = [];
const started = performance.now();
for (const correlation of CORRELATIONS) {
  for (const [name, base] of [
    ['centred N(0, 1)', CENTRED_POPULATION],
    ['newcomers N(−0.8, 1.2²)', NEWCOMER_POPULATION],
  ] as const) {
    const population = { ...base, correlation };
    scenarios.push({
      name,
      correlation,
      ...evaluate(population, SEED + Math.round(correlation * 10)),
    });
  }
}

const accuracyText = (p: PlacementAccuracy) =>
  `groups ${pct(p.meanGroupAccuracy)} mean, ${pct(p.worstGroupAccuracy)} worst area; courses ${pct(p.courseAgreement)}`;
for (const s of scenarios) {
  console.log(`\nρ = ${s.correlation.toFixed(1)}, ${s.name}`);
  const a = s.adaptive;
  console.log(
    `  adaptive           ${f2(a.meanLength)} items (p95 ${a.p95Length}); ${accuracyText(a.placement)}; ` +
      `max exposure ${f3(a.maxExposure)}`,
  );
  console.log(
    `                     per area: ${COMPETENCE_AREAS.map((area) => `${area} ${pct(a.placement.groupAccuracy[area])}`).join(', ')}`,
  );
  console.log(
    `                     stopped: ${Object.entries(a.stoppedBy)
      .map(([r, share]) => `${r} ${pct(share)}`)
      .join(', ')}; ` +
      `"about N questions left" mean |error| ${f2(a.forecastError)}, scale to unbias ${f2(a.forecastRatio)} (first question: ${f2(a.firstForecast.said)} said, ${f2(a.firstForecast.asked)} asked)`,
  );
  console.log(`  fixed 30 items     ${accuracyText(s.fixed30)}`);
  console.log(`  fixed 30 at cuts   ${accuracyText(s.fixed30AtCuts)}`);
  console.log(
    `  fixed ${String(s.fixedShort.length).padEnd(2)} items     ${accuracyText(s.fixedShort)}`,
  );
  console.log(
    `  without intake     ${f2(s.noIntake.meanLength)} items (p95 ${s.noIntake.p95Length}); ${accuracyText(s.noIntake.placement)}`,
  );
}
console.log(`\n(${((performance.now() - started) / 1000).toFixed(0)} s)`);

const targetScenarios = scenarios.filter((s) => s.correlation === 0.8);
const check = (test: (s: Scenario) => boolean) => targetScenarios.every(test);
const met = {
  meanLengthAtMost15: check((s) => s.adaptive.meanLength <= TARGETS.meanLength),
  groupAccuracyNoWorseThanFixed30: check(
    (s) => s.adaptive.placement.meanGroupAccuracy >= s.fixed30.meanGroupAccuracy,
  ),
  courseAgreementNoWorseThanFixed30: check(
    (s) => s.adaptive.placement.courseAgreement >= s.fixed30.courseAgreement,
  ),
  p95AtMost22: check((s) => s.adaptive.p95Length <= TARGETS.p95Length),
  maxExposureAtMost030: check((s) => s.adaptive.maxExposure <= TARGETS.maxExposure),
};
const verdict = (ok: boolean) => (ok ? 'MET' : 'NOT MET');
console.log('\nTargets at ρ = 0.8, both populations');
for (const s of targetScenarios) {
  console.log(
    `  ${s.name}: ${f2(s.adaptive.meanLength)} items (${pct(1 - s.adaptive.meanLength / FIXED_LENGTH)} fewer than 30), ` +
      `p95 ${s.adaptive.p95Length}; groups ${pct(s.adaptive.placement.meanGroupAccuracy)} vs ${pct(s.fixed30.meanGroupAccuracy)} fixed; ` +
      `courses ${pct(s.adaptive.placement.courseAgreement)} vs ${pct(s.fixed30.courseAgreement)} fixed; exposure ${f3(s.adaptive.maxExposure)}`,
  );
}
for (const [name, ok] of Object.entries(met)) console.log(`  ${name.padEnd(36)} ${verdict(ok)}`);

const figures = (p: PlacementAccuracy) => ({
  groupAccuracy: Object.fromEntries(Object.entries(p.groupAccuracy).map(([k, v]) => [k, round(v)])),
  meanGroupAccuracy: round(p.meanGroupAccuracy),
  worstGroupAccuracy: round(p.worstGroupAccuracy),
  courseAgreement: round(p.courseAgreement),
});
console.log(
  JSON.stringify({
    bank: { source: BANK_FILE ?? 'seed', items: items.length },
    learnersPerScenario: N,
    seed: SEED,
    config: {
      confidence: CONFIG.confidence,
      indifference: CONFIG.indifference,
      courseIndifference: CONFIG.courseIndifference,
      maxLength: CONFIG.maxLength,
      minPerArea: CONFIG.minPerArea,
      areaCorrelation: CONFIG.areaCorrelation,
      intakeWeight: CONFIG.intakeWeight,
    },
    scenarios: scenarios.map((s) => ({
      correlation: s.correlation,
      population: s.name,
      adaptive: {
        meanLength: round(s.adaptive.meanLength),
        p95Length: s.adaptive.p95Length,
        ...figures(s.adaptive.placement),
        maxExposure: round(s.adaptive.maxExposure),
        questionsLeftMeanAbsError: round(s.adaptive.forecastError),
        questionsLeftUnbiasedScale: round(s.adaptive.forecastRatio),
      },
      fixed30: figures(s.fixed30),
      fixed30AtCuts: figures(s.fixed30AtCuts),
      fixedOfMeanLength: { length: s.fixedShort.length, ...figures(s.fixedShort) },
      withoutIntakePrior: {
        meanLength: round(s.noIntake.meanLength),
        ...figures(s.noIntake.placement),
      },
    })),
    targetsMet: met,
  }),
);
