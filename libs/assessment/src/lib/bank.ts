import type { CompetenceArea } from '@passerelle/contracts';

import { DEFAULT_QUADRATURE, quadratureNodes, type QuadratureSpec } from './estimation';
import { type CalibratedItem, itemProblem, probability } from './irt';
import { hashKey } from './random';

/** Sympson–Hetter exposure-control parameters by item id: the chance that a selected item is given. */
export type ExposureControl = Readonly<Record<string, number>>;

/**
 * An item bank ready for the engine: the items, their exposure-control parameters, and the
 * log-probabilities of both answers at every quadrature node, computed once so that an
 * estimate costs one addition per node and answer.
 */
export interface ItemBank {
  readonly items: readonly CalibratedItem[];
  readonly indexOf: ReadonlyMap<string, number>;
  /** Per item, in (0, 1]; 1 = never held back. */
  readonly exposure: Float64Array;
  /** Per item, the hash of its id (for the attempt's exposure-control draws). */
  readonly keyHash: Uint32Array;
  readonly nodes: Float64Array;
  readonly logRight: readonly Float64Array[];
  readonly logWrong: readonly Float64Array[];
  /** Per item, 1 when it may be served; retired items are 0 (kept to score old answers). */
  readonly active: Uint8Array;
  /** The areas that have at least one active item, and how many. */
  readonly areaSizes: ReadonlyMap<CompetenceArea, number>;
}

export interface BankOptions {
  /** From `calibrateExposure`; items not listed get 1. */
  exposureControl?: ExposureControl;
  quadrature?: QuadratureSpec;
  /** Items never to serve again: they still score the answers given to them. */
  retired?: Iterable<string>;
}

export function prepareBank(items: readonly CalibratedItem[], options: BankOptions = {}): ItemBank {
  if (items.length === 0) throw new RangeError('the item bank is empty');
  const indexOf = new Map<string, number>();
  items.forEach((item, index) => {
    const problem = itemProblem(item);
    if (problem) throw new RangeError(problem);
    if (indexOf.has(item.id)) throw new RangeError(`${item.id}: the id is used twice`);
    indexOf.set(item.id, index);
  });
  const active = new Uint8Array(items.length).fill(1);
  for (const id of options.retired ?? []) {
    const index = indexOf.get(id);
    if (index !== undefined) active[index] = 0;
  }
  const areaSizes = new Map<CompetenceArea, number>();
  items.forEach((item, index) => {
    if (active[index]) areaSizes.set(item.area, (areaSizes.get(item.area) ?? 0) + 1);
  });
  const exposure = new Float64Array(items.length).fill(1);
  for (const [id, k] of Object.entries(options.exposureControl ?? {})) {
    const index = indexOf.get(id);
    if (index === undefined) continue; // a retired item's parameter
    if (!(k > 0 && k <= 1)) throw new RangeError(`${id}: exposure control must be in (0, 1]`);
    exposure[index] = k;
  }
  const nodes = quadratureNodes(options.quadrature ?? DEFAULT_QUADRATURE);
  const logRight: Float64Array[] = [];
  const logWrong: Float64Array[] = [];
  for (const item of items) {
    const right = new Float64Array(nodes.length);
    const wrong = new Float64Array(nodes.length);
    for (let k = 0; k < nodes.length; k++) {
      const p = probability(item, nodes[k]);
      right[k] = Math.log(p);
      wrong[k] = Math.log(1 - p);
    }
    logRight.push(right);
    logWrong.push(wrong);
  }
  const keyHash = Uint32Array.from(items, (item) => hashKey(item.id));
  return { items, indexOf, exposure, keyHash, nodes, logRight, logWrong, active, areaSizes };
}

/** The exposure-control parameters of a bank, by item id (to store them). */
export function exposureControlOf(bank: ItemBank): Record<string, number> {
  return Object.fromEntries(bank.items.map((item, i) => [item.id, bank.exposure[i]]));
}
