import { DEFAULT_ENGINE_CONFIG, type EngineConfig, type Population } from '@passerelle/assessment';

/**
 * The engine's settings for a bank version: the defaults, with the population and the
 * correlation between areas the version carries (authored, or estimated by its calibration),
 * and the deployment's intake prior weight (`ASSESSMENT_INTAKE_PRIOR_WEIGHT`). Plain, so that
 * the calibration's worker thread uses it too.
 */
export function engineConfigOf(
  version: { population: Population; correlation: number },
  intakeWeight = DEFAULT_ENGINE_CONFIG.intakeWeight,
): EngineConfig {
  return {
    ...DEFAULT_ENGINE_CONFIG,
    population: version.population,
    areaCorrelation: version.correlation,
    intakeWeight,
  };
}
