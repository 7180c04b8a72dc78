import { COMPETENCE_AREAS } from '@passerelle/contracts';

import { SeedDataError } from '../../common/seed-data/check';
import { readSeedData, seedDataFiles } from '../../common/seed-data/seed-data';
import { seedItemFile } from './schema';
import type { SeedAssessmentItem } from './types';

export * from './types';

/** The folder of the item files, one per area, in the seed data (apps/api/seed). */
export const ITEM_FILES_FOLDER = 'assessment/items';

/**
 * Reads the seed item bank: `<area>.json` for each area, in the framework's order, each an
 * array of items of that area (see apps/api/seed/README.md). A file of an unknown area, an item
 * in the wrong area's file, or an item whose shape is wrong stops the API at start, naming it.
 */
export function loadAssessmentItems(): SeedAssessmentItem[] {
  const expected = COMPETENCE_AREAS.map((area) => `${area}.json`);
  const unknown = seedDataFiles(ITEM_FILES_FOLDER).filter((name) => !expected.includes(name));
  if (unknown.length > 0) {
    throw new SeedDataError(
      `${ITEM_FILES_FOLDER}: no area for ${unknown.join(', ')} (one file per area: ${expected.join(', ')})`,
    );
  }
  return COMPETENCE_AREAS.flatMap((area) => {
    const file = `${ITEM_FILES_FOLDER}/${area}.json`;
    const items = readSeedData(file, seedItemFile);
    const stray = items.find((item) => item.area !== area);
    if (stray) throw new SeedDataError(`${file}: item ${stray.key} is of area ${stray.area}`);
    return items;
  });
}

/** The initial skills assessment's seed item bank: every area, in the framework's order. */
export const ASSESSMENT_ITEMS: readonly SeedAssessmentItem[] = loadAssessmentItems();
