import { type ExerciseDefinition, SubmissionKind } from '@passerelle/contracts';
import { DEFAULT_LIMITS, type GradingJob, type GradingResult } from '@passerelle/grading';

/**
 * The job that grades `source` against an exercise: a "run" has the example tests only, a
 * "submit" (the default) the hidden tests too. Learners' submissions, imports and authoring
 * all grade through it, so that an exercise checked before saving behaves as learners see it.
 */
export function gradingJob(
  definition: ExerciseDefinition,
  source: string,
  kind: SubmissionKind = SubmissionKind.Submit,
): GradingJob {
  return {
    language: definition.language,
    files: [{ path: definition.solutionFile, content: source }],
    tests: [
      { path: 'examples.spec.js', content: definition.exampleTests },
      ...(kind === SubmissionKind.Submit && definition.hiddenTests.trim()
        ? [{ path: 'more.spec.js', content: definition.hiddenTests }]
        : []),
    ],
    limits: DEFAULT_LIMITS,
  };
}

function oneLine(text: string, max = 160): string {
  // Line breaks go, spaces inside the message (e.g. in a received string) stay.
  const flat = text.replace(/\s*\n\s*/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** What went wrong in a run, in one line: the first test that did not pass, or the run's message. */
export function describeRun(result: GradingResult): string {
  const failed = result.tests.find((test) => test.status !== 'pass');
  if (failed) return oneLine(`"${failed.name}": ${failed.message ?? failed.status}`);
  return oneLine(`${result.status}${result.message ? `: ${result.message}` : ''}`);
}

/**
 * Why the exercise cannot be saved, or null: the example solution must pass every test and
 * the stub must not (else the exercise has nothing to do, or cannot be done).
 */
export function verdictProblem(proof: GradingResult, stub: GradingResult): string | null {
  if (proof.status !== 'pass') return `the example solution does not pass: ${describeRun(proof)}`;
  if (stub.status === 'pass') return 'the stub passes every test; it must fail at least one';
  return null;
}
