import type {
  AssessmentItemKind,
  CompetenceArea,
  CompetenceId,
  LanguageCode,
  Translations,
} from '@passerelle/contracts';

export { IRT_BOUNDS } from '@passerelle/contracts';

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
