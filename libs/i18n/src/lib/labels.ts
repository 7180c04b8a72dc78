import type { MessageKey } from './catalogs/en';

/** The message naming a competence area: `information` → "Information and data literacy". */
export function areaLabel(area: string): MessageKey {
  return `assessment.area.${area}` as MessageKey;
}

/** The message naming a group of levels: `intermediate` → "Intermediate". */
export function groupLabel(group: string): MessageKey {
  return `assessment.group.${group}` as MessageKey;
}
