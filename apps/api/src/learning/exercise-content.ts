import type { ExerciseDefinition, FieldError } from '@passerelle/contracts';
import type { EntityManager } from 'typeorm';

/**
 * What course authoring needs from the coding domain to store exercise items. Coding builds on
 * learning, never the other way round, so coding hands learning an implementation at start
 * (`CourseAuthoringService.useExercises`) instead of learning importing it. Without one,
 * exercise items are refused.
 */
export interface ExerciseContent {
  /**
   * Runs `referenceSolution` and then the starter through the real grader with every test:
   * the solution must pass and the starter must not. Problems come back as field errors
   * (`referenceSolution`, `exercise.starter`). Called before any transaction: grading takes
   * a moment.
   */
  gradeReference(definition: ExerciseDefinition, referenceSolution: string): Promise<FieldError[]>;

  /** Saves (or replaces) the exercise behind an item, in the caller's transaction. */
  save(em: EntityManager, itemId: string, definition: ExerciseDefinition): Promise<void>;

  /** The definitions of those of `itemIds` that are exercises. */
  definitions(em: EntityManager, itemIds: string[]): Promise<Map<string, ExerciseDefinition>>;

  /** Those of `itemIds` that learners have sent code for. */
  withSubmissions(em: EntityManager, itemIds: string[]): Promise<Set<string>>;
}
