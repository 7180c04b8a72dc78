import type { Answer, CalibrationResult, ExposureCalibration } from '@passerelle/assessment';
import type {
  BankVersionDetail,
  BankVersionSummary,
  CalibrationDataSource,
  CalibrationItemRow,
  PersonRef,
} from '@passerelle/contracts';

import type {
  AssessmentBankVersion,
  CalibrationReport,
  VersionedParameters,
} from './entities/assessment-bank-version.entity';

/** Pure helpers of the calibration: answers in, a version's parameters and report out. */

/** Stored answers, one row per answer in attempt and position order, as one array per attempt. */
export function answersByAttempt(
  rows: readonly { attemptId: string; itemId: string; correct: boolean }[],
): Answer[][] {
  const attempts = new Map<string, Answer[]>();
  for (const row of rows) {
    let answers = attempts.get(row.attemptId);
    if (!answers) attempts.set(row.attemptId, (answers = []));
    answers.push({ itemId: row.itemId, correct: row.correct });
  }
  return [...attempts.values()];
}

/** The parameters a fit proposes, with the exposure control recomputed for them. */
export function proposedParameters(
  result: Pick<CalibrationResult, 'items'>,
  exposureControl: Readonly<Record<string, number>>,
): Record<string, VersionedParameters> {
  return Object.fromEntries(
    result.items.map((fit) => [
      fit.itemId,
      { ...fit.after, exposureControl: exposureControl[fit.itemId] ?? 1 },
    ]),
  );
}

/** The report kept with a proposed version: what the fit used and found, item by item. */
export function calibrationReport(
  result: CalibrationResult,
  exposure: ExposureCalibration,
  settings: { rounds: number; learners: number },
  source: CalibrationDataSource,
): CalibrationReport {
  const chosen = exposure.history.find((round) => round.round === exposure.chosenRound);
  return {
    source,
    items: result.items.map(
      ({ itemId, area, answers, status, before, after, se, rmsd, misfit }) => ({
        itemId,
        area,
        answers,
        status,
        before,
        after,
        se,
        rmsd,
        misfit,
      }),
    ),
    attempts: result.attempts,
    answers: result.answers,
    iterations: result.iterations,
    converged: result.converged,
    logLikelihood: result.logLikelihood,
    exposure: {
      ...settings,
      chosenRound: exposure.chosenRound,
      maxExposure: chosen?.maxExposure ?? Number.NaN,
    },
  };
}

/** Misfits first (worst RMSD first), then by area and key: what a reviewer looks at first. */
export function reviewOrder(rows: readonly CalibrationItemRow[]): CalibrationItemRow[] {
  return [...rows].sort(
    (x, y) =>
      Number(y.misfit) - Number(x.misfit) ||
      (x.misfit ? (y.rmsd ?? 0) - (x.rmsd ?? 0) : 0) ||
      x.area.localeCompare(y.area) ||
      (x.key ?? '').localeCompare(y.key ?? ''),
  );
}

export function versionSummary(
  version: AssessmentBankVersion,
  people: ReadonlyMap<string, PersonRef>,
): BankVersionSummary {
  const report = version.report;
  const person = (id: string | null) => (id ? (people.get(id) ?? null) : null);
  return {
    id: version.id,
    number: version.number,
    status: version.status,
    source: version.source,
    createdAt: version.createdAt.toISOString(),
    createdBy: person(version.createdById),
    reviewedAt: version.reviewedAt?.toISOString() ?? null,
    reviewedBy: person(version.reviewedById),
    correlation: version.correlation,
    fit: report
      ? {
          dataSource: report.source,
          attempts: report.attempts,
          answers: report.answers,
          iterations: report.iterations,
          converged: report.converged,
          fitted: report.items.filter((item) => item.status === 'fitted').length,
          misfits: report.items.filter((item) => item.misfit).length,
        }
      : null,
  };
}

export function versionDetail(
  version: AssessmentBankVersion,
  people: ReadonlyMap<string, PersonRef>,
  keys: ReadonlyMap<string, string>,
): BankVersionDetail {
  const rows = (version.report?.items ?? []).map(
    (item): CalibrationItemRow => ({
      ...item,
      key: keys.get(item.itemId) ?? null,
      exposureControl: version.parameters[item.itemId]?.exposureControl ?? 1,
    }),
  );
  return {
    ...versionSummary(version, people),
    population: version.population,
    items: reviewOrder(rows),
  };
}

/** What the CLI prints after a fit: the proposal in a few lines, and what to do next. */
export function fitSummary(version: BankVersionDetail): string[] {
  const fit = version.fit;
  const lines = [`Proposed item bank version ${version.number} (${version.id}).`];
  if (fit) {
    lines.push(
      `  ${fit.attempts} attempts, ${fit.answers} answers; ${fit.fitted} items fitted, ${fit.misfits} misfitting.`,
      `  ${fit.converged ? 'Converged' : 'Did NOT converge'} after ${fit.iterations} iterations; correlation between areas ${version.correlation.toFixed(2)}.`,
    );
  }
  lines.push('  Review it in the console (Assessment → Calibration) to apply or reject it.');
  return lines;
}
