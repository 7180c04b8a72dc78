import type { CompetenceArea, LanguageCode, Translations } from '@passerelle/contracts';

/**
 * How a learner answers an item:
 * - `single`: one right option;
 * - `multiple`: every right option, and none of the others;
 * - `ordering`: all options in the right order (the app shows them shuffled);
 * - `picture`: an image shown with the prompt, and one right option about it.
 */
export const AssessmentItemKind = {
  Single: 'single',
  Multiple: 'multiple',
  Ordering: 'ordering',
  Picture: 'picture',
} as const;
export type AssessmentItemKind = (typeof AssessmentItemKind)[keyof typeof AssessmentItemKind];

/**
 * The competences items are written for: DigComp 2.2's 21 competences, numbered as the framework
 * numbers them, and our own breakdown of coding readiness ("C.n"), which DigComp does not cover.
 */
export const ASSESSMENT_COMPETENCES = {
  '1.1': {
    area: 'information',
    title: 'Browsing, searching and filtering data, information and digital content',
  },
  '1.2': { area: 'information', title: 'Evaluating data, information and digital content' },
  '1.3': { area: 'information', title: 'Managing data, information and digital content' },
  '2.1': { area: 'communication', title: 'Interacting through digital technologies' },
  '2.2': { area: 'communication', title: 'Sharing through digital technologies' },
  '2.3': { area: 'communication', title: 'Engaging in citizenship through digital technologies' },
  '2.4': { area: 'communication', title: 'Collaborating through digital technologies' },
  '2.5': { area: 'communication', title: 'Netiquette' },
  '2.6': { area: 'communication', title: 'Managing digital identity' },
  '3.1': { area: 'content-creation', title: 'Developing digital content' },
  '3.2': { area: 'content-creation', title: 'Integrating and re-elaborating digital content' },
  '3.3': { area: 'content-creation', title: 'Copyright and licences' },
  '3.4': { area: 'content-creation', title: 'Programming' },
  '4.1': { area: 'safety', title: 'Protecting devices' },
  '4.2': { area: 'safety', title: 'Protecting personal data and privacy' },
  '4.3': { area: 'safety', title: 'Protecting health and well-being' },
  '4.4': { area: 'safety', title: 'Protecting the environment' },
  '5.1': { area: 'problem-solving', title: 'Solving technical problems' },
  '5.2': { area: 'problem-solving', title: 'Identifying needs and technological responses' },
  '5.3': { area: 'problem-solving', title: 'Creatively using digital technologies' },
  '5.4': { area: 'problem-solving', title: 'Identifying digital competence gaps' },
  'C.1': { area: 'coding', title: 'Logic' },
  'C.2': { area: 'coding', title: 'Sequences of instructions' },
  'C.3': { area: 'coding', title: 'Reading code' },
  'C.4': { area: 'coding', title: 'Patterns' },
  'C.5': { area: 'coding', title: 'Conditions and loops' },
} as const satisfies Record<string, { area: CompetenceArea; title: string }>;
export type CompetenceId = keyof typeof ASSESSMENT_COMPETENCES;

/** Bounds of the authored IRT parameters (the bank's contract with the adaptive engine). */
export const IRT_BOUNDS = {
  aMin: 0.5,
  aMax: 2.5,
  bMin: -3,
  bMax: 3,
  cMax: 0.25,
} as const;

/**
 * An item's IRT model: 2PL (`a` discrimination, `b` difficulty), or 3PL with `c`, the chance of
 * a right answer by guessing, set only where guessing is plausible (one right option among few).
 * Seed values are authored estimates, to be replaced by values calibrated on real responses.
 */
export interface IrtParameters {
  a: number;
  b: number;
  c?: number;
  provisional: true;
}

/** An item's texts in one language. Every language has the same options, in the same order. */
export interface SeedItemText {
  prompt: string;
  options: string[];
  /** Picture items: what the image shows, for screen readers and for read-aloud. */
  alt?: string;
}

export interface SeedAssessmentItem {
  /** Stable across seeds and edits: `<area prefix>-<topic>-<nn>`. */
  key: string;
  area: CompetenceArea;
  competence: CompetenceId;
  kind: AssessmentItemKind;
  /** Picture items: a file in `apps/portal/public/assessment/`, served at `/assessment/<image>`. */
  image?: string;
  /**
   * Code or a formula shown under the prompt, left to right and in Latin script whatever the
   * language, as the learner will meet it.
   */
  code?: string;
  irt: IrtParameters;
  /**
   * Option indexes: the right one (single, picture), every right one (multiple), or every
   * option in the right order (ordering). Never leaves the server.
   */
  answer: number[];
  translations: Translations<SeedItemText>;
}

/** Languages every seed item is written in; the first is the fallback. */
export const SEED_LANGUAGES: readonly LanguageCode[] = ['en', 'fr', 'ar'];
