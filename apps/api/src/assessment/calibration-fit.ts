import {
  type Answer,
  type CalibratedItem,
  calibrateExposure,
  calibrateItems,
  type CalibrationResult,
  type CatalogueDesign,
  type ExposureCalibration,
} from '@passerelle/assessment';

import { engineConfigOf } from './engine-config';

/** Everything a fit needs: plain data, so that it can be handed to a worker thread. */
export interface FitInput {
  /** The current version's items (retired ones too: they score the answers given to them). */
  items: CalibratedItem[];
  attempts: Answer[][];
  anchors: string[];
  retired: string[];
  exposure: { rounds: number; learners: number; seed: number };
  /** The published catalogue and the intake prior's weight, as attempts use them. */
  catalogue: CatalogueDesign;
  intakeWeight: number;
}

export interface FitOutput {
  result: CalibrationResult;
  exposure: ExposureCalibration;
}

/**
 * The fit itself, CPU-bound for seconds to minutes: the items' parameters by marginal maximum
 * likelihood (anchors fixed), then Sympson–Hetter exposure control simulated with the new
 * parameters, population and correlation, on the catalogue's cuts (retired items are never
 * served, so they get none).
 */
export function fitBank(input: FitInput): FitOutput {
  const result = calibrateItems(input.items, input.attempts, { anchors: new Set(input.anchors) });
  const fitted = result.items.map((fit) => ({ id: fit.itemId, area: fit.area, ...fit.after }));
  // Attempts on the new version run with its population and correlation.
  const config = engineConfigOf(result, input.intakeWeight);
  const exposure = calibrateExposure(
    fitted,
    config,
    { ...input.exposure, design: input.catalogue },
    { retired: input.retired },
  );
  return { result, exposure };
}
