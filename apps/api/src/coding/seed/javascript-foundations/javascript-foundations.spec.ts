import { LANGUAGE_CODES } from '@passerelle/contracts';
import { loadEngine, runInSandbox } from '@passerelle/grader';
import { DEFAULT_LIMITS, type GradingJob } from '@passerelle/grading';
import type { QuickJSWASMModule } from 'quickjs-emscripten-core';

import { JAVASCRIPT_FOUNDATIONS, REFERENCE_SOLUTIONS } from './index';

const exercises = JAVASCRIPT_FOUNDATIONS.modules.flatMap((m) => m.exercises);
const languages = [...LANGUAGE_CODES].sort();

describe('the JavaScript foundations course', () => {
  it('runs from first functions to objects, with enough practice', () => {
    expect(JAVASCRIPT_FOUNDATIONS.modules.length).toBeGreaterThanOrEqual(4);
    expect(exercises.length).toBeGreaterThanOrEqual(15);
    const files = exercises.map((e) => e.exercise.solutionFile);
    expect(new Set(files).size).toBe(files.length);
    expect(Object.keys(REFERENCE_SOLUTIONS).sort()).toEqual([...files].sort());
  });

  it('is written in every language, with two or three hints per exercise', () => {
    expect(Object.keys(JAVASCRIPT_FOUNDATIONS.course.translations).sort()).toEqual(languages);
    for (const module of JAVASCRIPT_FOUNDATIONS.modules) {
      expect(Object.keys(module.translations).sort()).toEqual(languages);
    }
    for (const { translations, exercise } of exercises) {
      expect(Object.keys(translations).sort()).toEqual(languages);
      expect(Object.keys(exercise.translations).sort()).toEqual(languages);
    }
    const hintCounts = exercises.flatMap(({ exercise }) =>
      Object.entries(exercise.translations).map(([lang, text]) => ({
        file: exercise.solutionFile,
        lang,
        hints: text.hints.length,
      })),
    );
    expect(hintCounts.filter(({ hints }) => hints < 2 || hints > 3)).toEqual([]);
  });

  describe('graded in the sandbox', () => {
    let quickjs: QuickJSWASMModule;
    beforeAll(async () => (quickjs = await loadEngine()));

    const grade = (file: string, source: string, tests: string[]) =>
      runInSandbox(quickjs, {
        language: 'javascript',
        files: [{ path: file, content: source }],
        tests: tests.map((content, i) => ({ path: `spec-${i}.spec.js`, content })),
        limits: DEFAULT_LIMITS,
      } satisfies GradingJob);

    it.each(exercises.map((e) => [e.exercise.solutionFile, e.exercise] as const))(
      '%s: the reference passes every test, the starter fails an example',
      (file, exercise) => {
        const reference = grade(file, REFERENCE_SOLUTIONS[file], [
          exercise.exampleTests,
          exercise.hiddenTests,
        ]);
        expect(reference.tests.filter((t) => t.status !== 'pass')).toEqual([]);
        expect(reference.status).toBe('pass');
        // "Run examples" on the starter shows red at once, so a learner sees what to fix.
        const starter = grade(file, exercise.starter, [exercise.exampleTests]);
        expect(starter.status).not.toBe('pass');
        expect(starter.tests.length).toBeGreaterThan(0);
        // The hidden tests add cases of their own.
        expect(reference.tests.length).toBeGreaterThan(starter.tests.length);
      },
    );
  });
});
