import type {
  CreateCourseRequest,
  ExerciseDefinition,
  ExerciseText,
  ModuleText,
  Translations,
} from '@passerelle/contracts';

export interface SeedExercise {
  translations: Translations<{ title: string }>;
  exercise: ExerciseDefinition;
}

export interface SeedCodingCourse {
  course: CreateCourseRequest;
  modules: { translations: Translations<ModuleText>; exercises: SeedExercise[] }[];
}

/** An exercise as authored: what is seeded, plus its reference solution, which never is. */
export interface AuthoredExercise extends SeedExercise {
  solution: string;
}

/** A module as written in the seed data: its titles and its exercises, in order. */
export interface ModuleSource {
  translations: Translations<ModuleText>;
  exercises: ExerciseSource[];
}

/** The coding course as written in the seed data. */
export interface CodingCourseSource {
  course: CreateCourseRequest;
  modules: ModuleSource[];
}

export interface AuthoredModule {
  translations: Translations<ModuleText>;
  exercises: AuthoredExercise[];
}

/** Title, prompt and hints in one language. */
export interface ExerciseTexts extends ExerciseText {
  title: string;
}

/**
 * An exercise as written in the seed data (`apps/api/seed/courses/javascript-foundations.json`):
 * exercise() turns it into what is stored, and keeps the solution apart.
 */
export interface ExerciseSource {
  /** The solution file without `.js`, e.g. `two-fer`; the tests import it by this name. */
  file: string;
  /** What the tests import from it, e.g. `twoFer`. */
  imports: string;
  starter: string;
  /** Bodies of the visible and hidden specs, below their imports. */
  examples: string;
  hidden: string;
  solution: string;
  // Every exercise is written in each language the platform ships, so none is left out.
  en: ExerciseTexts;
  fr: ExerciseTexts;
  ar: ExerciseTexts;
}

/** A spec file in the Exercism layout: ES module imports of `@jest/globals` and the solution. */
export const spec = (imports: string, file: string, body: string) =>
  `import { describe, expect, test } from '@jest/globals';\nimport { ${imports} } from './${file}';\n\n${body.trim()}\n`;

export function exercise(source: ExerciseSource): AuthoredExercise {
  const { en, fr, ar } = source;
  const text = ({ prompt, hints }: ExerciseTexts): ExerciseText => ({ prompt, hints });
  return {
    translations: { en: { title: en.title }, fr: { title: fr.title }, ar: { title: ar.title } },
    exercise: {
      language: 'javascript',
      solutionFile: `${source.file}.js`,
      starter: source.starter,
      exampleTests: spec(source.imports, source.file, source.examples),
      hiddenTests: spec(source.imports, source.file, source.hidden),
      translations: { en: text(en), fr: text(fr), ar: text(ar) },
    },
    solution: source.solution,
  };
}
