import { Injectable, type OnModuleInit } from '@nestjs/common';
import { type ExerciseDefinition, type FieldError, ProblemType } from '@passerelle/contracts';
import type { GradingResult } from '@passerelle/grading';
import { type EntityManager, In } from 'typeorm';

import { AppError } from '../common/problem/app-error';
import { CourseAuthoringService } from '../learning/course-authoring.service';
import type { ExerciseContent } from '../learning/exercise-content';
import { Exercise } from './entities/exercise.entity';
import { describeRun, gradingJob } from './exercise-checks';
import { GraderService } from './grader.service';

/**
 * Exercise items for course authoring: stored in `exercises`, checked with the real grader.
 * Registers itself with learning's authoring service, which cannot import coding.
 */
@Injectable()
export class ExerciseContentService implements ExerciseContent, OnModuleInit {
  constructor(
    private readonly authoring: CourseAuthoringService,
    private readonly grader: GraderService,
  ) {}

  onModuleInit(): void {
    this.authoring.useExercises(this);
  }

  /**
   * The reference solution must pass every test (examples and hidden) and the starter must
   * not, exactly as a learner's submission is graded. The solution is only graded, never kept.
   */
  async gradeReference(
    definition: ExerciseDefinition,
    referenceSolution: string,
  ): Promise<FieldError[]> {
    const [reference, starter] = await Promise.all([
      this.grade(definition, referenceSolution),
      this.grade(definition, definition.starter),
    ]);
    if (reference.status !== 'pass') {
      return [
        {
          field: 'referenceSolution',
          code: 'mustPass',
          message: `the reference solution does not pass: ${describeRun(reference)}`,
        },
      ];
    }
    if (starter.status === 'pass') {
      return [
        {
          field: 'exercise.starter',
          code: 'mustFail',
          message: 'the starter passes every test; it must fail at least one',
        },
      ];
    }
    return [];
  }

  async save(em: EntityManager, itemId: string, definition: ExerciseDefinition): Promise<void> {
    await em.upsert(Exercise, { itemId, definition }, ['itemId']);
  }

  async definitions(
    em: EntityManager,
    itemIds: string[],
  ): Promise<Map<string, ExerciseDefinition>> {
    const rows = await em.find(Exercise, {
      where: { itemId: In(itemIds) },
      select: { itemId: true, definition: true },
    });
    return new Map(rows.map((row) => [row.itemId, row.definition]));
  }

  async withSubmissions(em: EntityManager, itemIds: string[]): Promise<Set<string>> {
    const rows: { item_id: string }[] = await em.query(
      'SELECT DISTINCT item_id FROM submissions WHERE item_id = ANY($1)',
      [itemIds],
    );
    return new Set(rows.map((row) => row.item_id));
  }

  private async grade(definition: ExerciseDefinition, source: string): Promise<GradingResult> {
    const unavailable = () =>
      new AppError(
        503,
        ProblemType.Internal,
        'Grader unavailable',
        'The grader is not available to check the reference solution. Try again in a moment.',
      );
    const result = await this.grader.grade(gradingJob(definition, source)).catch(() => {
      throw unavailable();
    });
    if (result.code === 'grader-failed') throw unavailable();
    return result;
  }
}
