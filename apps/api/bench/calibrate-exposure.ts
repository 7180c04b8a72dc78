/**
 * `npm run assessment:calibrate`: the Sympson–Hetter exposure-control parameters of the seed
 * items, by simulation through the real engine with its default configuration, the demo
 * catalogue's cuts and learners of both benchmark populations with their intakes (see
 * `calibrateExposure`), written to `apps/api/src/assessment/seed/exposure-control.ts`. The seed
 * stores them with the items. Run it again when the seed bank or the engine's configuration
 * changes; the benchmark calibrates on its own and shows whether the limit holds.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { calibrateExposure, catalogueDesign, DEFAULT_ENGINE_CONFIG } from '@passerelle/assessment';

import { ASSESSMENT_ITEMS } from '../src/assessment/seed';
import { JAVASCRIPT_FOUNDATIONS } from '../src/coding/seed/javascript-foundations';
import { DIGITAL_BASICS } from '../src/learning/seed/digital-basics';

const OUTPUT = join(process.cwd(), 'apps/api/src/assessment/seed/exposure-control.ts');

const items = ASSESSMENT_ITEMS.map((item) => ({
  id: item.key,
  area: item.area,
  a: item.irt.a,
  b: item.irt.b,
  c: item.irt.c,
}));
const started = Date.now();
// Attempts decide on the demo catalogue, as they will in the product.
const catalogue = catalogueDesign(
  [DIGITAL_BASICS.course, JAVASCRIPT_FOUNDATIONS.course].map((course) => ({
    id: course.slug,
    levels: course.levels,
  })),
  DEFAULT_ENGINE_CONFIG.levelCuts,
);
const { exposureControl, chosenRound, history } = calibrateExposure(items, DEFAULT_ENGINE_CONFIG, {
  design: catalogue,
});
const held = Object.entries(exposureControl)
  .filter(([, k]) => k < 1)
  .sort(([x], [y]) => x.localeCompare(y));

const lines = [
  '/**',
  ' * Sympson–Hetter exposure-control parameters of the seed items, by key: the chance that an',
  ' * item is given when the engine selects it. Written by `npm run assessment:calibrate` (a',
  ' * simulation through the real engine); items not listed are never held back.',
  ' */',
  'export const SEED_EXPOSURE_CONTROL: Readonly<Record<string, number>> = {',
  ...held.map(([key, k]) => `  '${key}': ${Number(k.toFixed(4))},`),
  '};',
  '',
];
writeFileSync(OUTPUT, lines.join('\n'));
const round = history[chosenRound - 1];
process.stdout.write(
  `${held.length} of ${items.length} items held back at times; round ${chosenRound} kept ` +
    `(largest exposure ${round.maxExposure.toFixed(3)}); ${((Date.now() - started) / 1000).toFixed(1)} s\n` +
    `written to ${OUTPUT}\n`,
);
