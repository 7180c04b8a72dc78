/**
 * `npm run bench:calibration [-- --seed 2024 --sizes 250,500,1000,2000 --rho 0.8 --grid-check]`:
 * parameter recovery of `calibrateItems`. The true parameters are the seed bank's
 * (`ASSESSMENT_ITEMS`, `irt`); simulated learners have six area abilities with correlation ρ
 * from a population, N(−0.8, 1.2²) in every area and then N(0, 1); each answers 18 items, 3 per
 * area, chosen the way an adaptive test chooses them (see `adaptiveDesign`). The fit starts
 * from perturbed parameters, as the authored guesses are not the truth, with 3 anchors per area
 * fixed at the truth. Prints a table per population and sample size (RMSE and bias of a, b, c
 * on the fitted items, correlation of true and fitted b, recovered ρ and population, share of
 * items fitted, time), then the targets, then one JSON line.
 *
 * It lives in the API app, not in the assessment lib, because it reads the API's seed bank and
 * libraries may not import from apps.
 */
import {
  type Answer,
  type CalibratedItem,
  calibrateItems,
  type CalibrationResult,
  drawAreaAbilities,
  mulberry32,
  normal,
  probability,
  type Random,
  simulateResponses,
  type TestDesign,
} from '@passerelle/assessment';
import { COMPETENCE_AREAS, type CompetenceArea } from '@passerelle/contracts';

import { ASSESSMENT_ITEMS } from '../src/assessment/seed';

function option(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

const SEED = Number(option('seed') ?? 2024);
const SIZES = (option('sizes') ?? '250,500,1000,2000').split(',').map(Number);
const RHO = Number(option('rho') ?? 0.8);
const PER_AREA = 3;
const ANCHORS_PER_AREA = 3;
const GRID_CHECK = process.argv.includes('--grid-check');
const TARGETS = { rmseB: 0.25, rmseA: 0.25, rho: 0.05, at: 2000 };

type Population = Record<CompetenceArea, { mean: number; sd: number }>;
const populationOf = (mean: number, sd: number) =>
  Object.fromEntries(COMPETENCE_AREAS.map((area) => [area, { mean, sd }])) as Population;
const POPULATIONS = [
  { name: 'N(−0.8, 1.2²)', mean: -0.8, sd: 1.2 },
  { name: 'N(0, 1)', mean: 0, sd: 1 },
];

const truth: CalibratedItem[] = ASSESSMENT_ITEMS.map(({ key, area, irt }) => ({
  id: key,
  area,
  a: irt.a,
  b: irt.b,
  c: irt.c ?? 0,
}));
const byId = new Map(truth.map((item) => [item.id, item]));

/**
 * The anchors: in each area, near each quartile of the area's b (within 0.6), the most
 * discriminating item. An anchor only anchors if it is answered, and an adaptive test serves
 * discriminating items: anchors chosen at the quartiles alone were answered by nobody in some
 * areas.
 */
function chooseAnchors(items: readonly CalibratedItem[]): Set<string> {
  const anchors = new Set<string>();
  for (const area of COMPETENCE_AREAS) {
    const inArea = items.filter((item) => item.area === area).sort((x, y) => x.b - y.b);
    for (let q = 1; q <= ANCHORS_PER_AREA; q++) {
      const target = inArea[Math.round((q * (inArea.length - 1)) / (ANCHORS_PER_AREA + 1))];
      const near = inArea
        .filter((item) => Math.abs(item.b - target.b) <= 0.6 && !anchors.has(item.id))
        .sort((x, y) => y.a - x.a);
      anchors.add((near[0] ?? target).id);
    }
  }
  return anchors;
}

/**
 * The starting parameters: a × e^(N(0, 0.25²)), b + N(0, 0.4²), and c = 0.2 on every 3PL item
 * (the authored guess; the truth is 0.15, 0.2 or 0.25), all within the authoring bounds.
 * Anchors start (and stay) at the truth.
 */
function perturb(items: readonly CalibratedItem[], anchors: Set<string>, random: Random) {
  return items.map((item) => {
    if (anchors.has(item.id)) return item;
    const a = Math.min(2.5, Math.max(0.5, item.a * Math.exp(0.25 * normal(random))));
    const b = Math.min(3, Math.max(-3, item.b + 0.4 * normal(random)));
    return { ...item, a, b, c: (item.c ?? 0) > 0 ? 0.2 : 0 };
  });
}

/**
 * A design like the adaptive test's, seeing only the answers: areas in a random order per
 * learner, round after round, one item per area per round, `PER_AREA` rounds; within the area,
 * one of the four unused items most informative at the learner's current overall estimate
 * (EAP, N(0, 1) prior, from the answers so far and the bank's current — starting —
 * parameters), drawn at random (as exposure control spreads items). The chosen items depend
 * on the answers, never on the true ability, so the missing answers are missing at random.
 */
function adaptiveDesign(bank: readonly CalibratedItem[], seed: number): TestDesign {
  const items = new Map(bank.map((item) => [item.id, item]));
  const byArea = new Map(
    COMPETENCE_AREAS.map((area) => [area, bank.filter((item) => item.area === area)]),
  );
  const nodes = Array.from({ length: 61 }, (_, k) => -4 + (8 * k) / 60);
  const orders = new Map<number, CompetenceArea[]>();
  const orderOf = (learner: number) => {
    let order = orders.get(learner);
    if (!order) {
      const random = mulberry32(seed + learner);
      order = [...COMPETENCE_AREAS];
      for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [order[i], order[j]] = [order[j], order[i]];
      }
      orders.set(learner, order);
    }
    return order;
  };
  const estimate = (answers: readonly Answer[]) => {
    let m0 = 0;
    let m1 = 0;
    for (const t of nodes) {
      let log = -0.5 * t * t;
      for (const answer of answers) {
        const p = probability(items.get(answer.itemId) as CalibratedItem, t);
        log += Math.log(answer.correct ? p : 1 - p);
      }
      const w = Math.exp(log);
      m0 += w;
      m1 += w * t;
    }
    return m0 > 0 ? m1 / m0 : 0;
  };
  return ({ learner, answers, random }) => {
    if (answers.length >= PER_AREA * COMPETENCE_AREAS.length) return null;
    const area = orderOf(learner)[answers.length % COMPETENCE_AREAS.length];
    const theta = estimate(answers);
    const used = new Set(answers.map((answer) => answer.itemId));
    const candidates = (byArea.get(area) ?? [])
      .filter((item) => !used.has(item.id))
      .map((item) => ({ item, information: information(item, theta) }))
      .sort((x, y) => y.information - x.information)
      .slice(0, 4);
    return candidates[Math.floor(random() * candidates.length)].item.id;
  };
}

function information(item: CalibratedItem, theta: number): number {
  const c = item.c ?? 0;
  const p = probability(item, theta);
  const share = (p - c) / (1 - c);
  return item.a * item.a * ((1 - p) / p) * share * share;
}

const mean = (values: readonly number[]) =>
  values.length ? values.reduce((sum, v) => sum + v, 0) / values.length : NaN;
const rmse = (errors: readonly number[]) => Math.sqrt(mean(errors.map((e) => e * e)));
function correlation(x: readonly number[], y: readonly number[]): number {
  const mx = mean(x);
  const my = mean(y);
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  x.forEach((v, i) => {
    sxy += (v - mx) * (y[i] - my);
    sxx += (v - mx) ** 2;
    syy += (y[i] - my) ** 2;
  });
  return sxy / Math.sqrt(sxx * syy);
}

interface Row {
  population: string;
  learners: number;
  answers: number;
  fitted: number;
  tooFew: number;
  misfit: number;
  rmseA: number;
  biasA: number;
  rmseB: number;
  biasB: number;
  rmseC: number;
  biasC: number;
  corrB: number;
  meanSeB: number;
  startRmseA: number;
  startRmseB: number;
  rho: number;
  popMean: number;
  popSd: number;
  popMeanError: number;
  popSdError: number;
  iterations: number;
  converged: boolean;
  seconds: number;
}

function summarise(
  population: (typeof POPULATIONS)[number],
  learners: number,
  start: readonly CalibratedItem[],
  result: CalibrationResult,
  seconds: number,
): Row {
  const fitted = result.items.filter((fit) => fit.status === 'fitted');
  const trueOf = (id: string) => byId.get(id) as CalibratedItem;
  const startOf = new Map(start.map((item) => [item.id, item]));
  const errA = fitted.map((fit) => fit.after.a - trueOf(fit.itemId).a);
  const errB = fitted.map((fit) => fit.after.b - trueOf(fit.itemId).b);
  const threePL = fitted.filter((fit) => (trueOf(fit.itemId).c ?? 0) > 0);
  const errC = threePL.map((fit) => fit.after.c - (trueOf(fit.itemId).c ?? 0));
  // Population: the areas whose scale the anchors fix (all six here).
  const areas = Object.values(result.population);
  return {
    population: population.name,
    learners,
    answers: result.answers,
    fitted: fitted.length,
    tooFew: result.items.filter((fit) => fit.status === 'too-few-answers').length,
    misfit: fitted.filter((fit) => fit.misfit).length,
    rmseA: rmse(errA),
    biasA: mean(errA),
    rmseB: rmse(errB),
    biasB: mean(errB),
    rmseC: rmse(errC),
    biasC: mean(errC),
    corrB: correlation(
      fitted.map((fit) => trueOf(fit.itemId).b),
      fitted.map((fit) => fit.after.b),
    ),
    meanSeB: mean(fitted.map((fit) => fit.se?.b ?? NaN)),
    startRmseA: rmse(
      fitted.map((fit) => (startOf.get(fit.itemId)?.a ?? NaN) - trueOf(fit.itemId).a),
    ),
    startRmseB: rmse(
      fitted.map((fit) => (startOf.get(fit.itemId)?.b ?? NaN) - trueOf(fit.itemId).b),
    ),
    rho: result.correlation,
    popMean: mean(areas.map((p) => p.mean)),
    popSd: mean(areas.map((p) => p.sd)),
    popMeanError: Math.max(...areas.map((p) => Math.abs(p.mean - population.mean))),
    popSdError: Math.max(...areas.map((p) => Math.abs(p.sd - population.sd))),
    iterations: result.iterations,
    converged: result.converged,
    seconds,
  };
}

const f2 = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : '—');
const f3 = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : '—');
const signed = (x: number) => (x >= 0 ? '+' : '') + f3(x);
const round = (x: number) => Math.round(x * 10000) / 10000;

const anchors = chooseAnchors(truth);
const startRandom = mulberry32(SEED);
const start = perturb(truth, anchors, startRandom);
console.log(
  `Calibration benchmark: parameter recovery on the seed bank (${truth.length} items, ` +
    `${truth.filter((item) => (item.c ?? 0) > 0).length} 3PL), seed ${SEED}`,
);
console.log(
  `  learners: six area abilities, ρ = ${RHO}; ${PER_AREA * COMPETENCE_AREAS.length} answers ` +
    `each (${PER_AREA} per area, adaptive-like design from the starting parameters)`,
);
console.log(
  `  start: a·e^N(0,0.25²), b + N(0,0.4²), c = 0.2 on 3PL items; ${anchors.size} anchors ` +
    `(${ANCHORS_PER_AREA} per area) at the truth; minAnswers 100; grid 31 × 21`,
);

const rows: Row[] = [];
const gridChecks: Record<string, number>[] = [];
for (const population of POPULATIONS) {
  console.log(`\nPopulation ${population.name} in every area`);
  console.log(
    '  learners   used   fitted too-few misfit | RMSE a  bias a  | RMSE b  bias b  ' +
      'corr b  SE b  | RMSE c  bias c  |  ρ̂     mean   sd    | iter  time',
  );
  for (const [s, size] of SIZES.entries()) {
    const learners = drawAreaAbilities(
      size,
      populationOf(population.mean, population.sd),
      RHO,
      SEED + 100 * s + (population.mean === 0 ? 7 : 0),
    );
    const attempts = simulateResponses(
      truth,
      learners,
      adaptiveDesign(start, SEED + size),
      SEED + 3 * size + (population.mean === 0 ? 1 : 0),
    );
    const started = performance.now();
    const result = calibrateItems(start, attempts, { anchors });
    const seconds = (performance.now() - started) / 1000;
    const row = summarise(population, size, start, result, seconds);
    rows.push(row);
    console.log(
      `  ${String(size).padStart(8)} ${String(row.answers).padStart(7)}  ` +
        `${String(row.fitted).padStart(6)} ${String(row.tooFew).padStart(7)} ` +
        `${String(row.misfit).padStart(6)} | ${f3(row.rmseA)}  ${signed(row.biasA)} | ` +
        `${f3(row.rmseB)}  ${signed(row.biasB)}  ${f3(row.corrB)}  ${f3(row.meanSeB)} | ` +
        `${f3(row.rmseC)}  ${signed(row.biasC)} | ${f3(row.rho)}  ${signed(row.popMean)} ` +
        `${f3(row.popSd)} | ${String(row.iterations).padStart(4)}${row.converged ? ' ' : '*'} ` +
        `${row.seconds.toFixed(1)} s`,
    );
    if (GRID_CHECK && size === 1000) {
      const fine = calibrateItems(start, attempts, {
        anchors,
        grid: { general: 61, specific: 41 },
      });
      const diff = (pick: (i: number, r: CalibrationResult) => number) =>
        Math.max(...result.items.map((_, i) => Math.abs(pick(i, fine) - pick(i, result))));
      const check = {
        a: diff((i, r) => r.items[i].after.a),
        b: diff((i, r) => r.items[i].after.b),
        c: diff((i, r) => r.items[i].after.c),
        rho: Math.abs(fine.correlation - result.correlation),
        logLikelihood: Math.abs(fine.logLikelihood - result.logLikelihood),
      };
      gridChecks.push(check);
      console.log(
        `           grid 61 × 41 instead: largest change of a ${f3(check.a)}, b ${f3(check.b)}, ` +
          `c ${f3(check.c)}, ρ ${f3(check.rho)}; log-likelihood ${f2(check.logLikelihood)}`,
      );
    }
  }
}
console.log(
  '\n  fitted: items with ≥ 100 answers (others keep their starting parameters); RMSE, bias and' +
    ' corr over the fitted items (c: fitted 3PL items); used: answers that informed the fit' +
    ' (not those to items with too few); SE b: mean reported SE; mean/sd: mean' +
    ' over the six areas of μ̂_k, σ̂_k; * not converged in 200 iterations.',
);
for (const row of rows) {
  console.log(
    `  ${row.population} ${String(row.learners).padStart(4)}: start RMSE a ${f3(row.startRmseA)}, ` +
      `b ${f3(row.startRmseB)} on the same items; largest area error of μ ${f3(row.popMeanError)}, ` +
      `of σ ${f3(row.popSdError)}`,
  );
}

const atTarget = rows.filter((row) => row.learners === TARGETS.at);
const met = {
  rmseB: atTarget.length > 0 && atTarget.every((row) => row.rmseB <= TARGETS.rmseB),
  rmseA: atTarget.length > 0 && atTarget.every((row) => row.rmseA <= TARGETS.rmseA),
  rho: atTarget.length > 0 && atTarget.every((row) => Math.abs(row.rho - RHO) <= TARGETS.rho),
};
const verdict = (ok: boolean) => (ok ? 'MET' : 'NOT MET');
console.log(`\nTargets at ${TARGETS.at} learners (every population)`);
for (const row of atTarget) {
  console.log(
    `  ${row.population}: RMSE b ${f3(row.rmseB)}, RMSE a ${f3(row.rmseA)}, ` +
      `|ρ̂ − ρ| ${f3(Math.abs(row.rho - RHO))}`,
  );
}
console.log(`  RMSE(b) ≤ ${TARGETS.rmseB} on fitted items: ${verdict(met.rmseB)}`);
console.log(`  RMSE(a) ≤ ${TARGETS.rmseA} on fitted items: ${verdict(met.rmseA)}`);
console.log(`  |ρ̂ − ρ| ≤ ${TARGETS.rho}: ${verdict(met.rho)}`);

console.log(
  JSON.stringify({
    bank: { source: 'seed', items: truth.length, anchors: anchors.size },
    seed: SEED,
    rho: RHO,
    answersPerLearner: PER_AREA * COMPETENCE_AREAS.length,
    rows: rows.map((row) =>
      Object.fromEntries(
        Object.entries(row).map(([key, value]) => [
          key,
          typeof value === 'number' ? round(value) : value,
        ]),
      ),
    ),
    ...(gridChecks.length
      ? {
          gridCheck: gridChecks.map((check) =>
            Object.fromEntries(Object.entries(check).map(([k, v]) => [k, round(v)])),
          ),
        }
      : {}),
    targetsMet: met,
  }),
);
