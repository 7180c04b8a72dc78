import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type CourseOutline,
  CourseStatus,
  type CreateCourseRequest,
  type CreateItemRequest,
  type CreateModuleRequest,
  type ExerciseDefinition,
  ItemKind,
  type LanguageCode,
  Role,
  type UpdateCourseRequest,
  type UpdateItemRequest,
  type UpdateModuleRequest,
} from '@passerelle/contracts';
import { DataSource, type EntityManager, QueryFailedError } from 'typeorm';

import type { AuthenticatedAccount } from '../common/auth/authenticated-account';
import { assertOwnerOrRole } from '../common/auth/ownership';
import { Conflict, NotFound, ValidationFailed } from '../common/problem/app-error';
import {
  checkDefaultLanguageCovered,
  checkItem,
  checkLevels,
  courseParts,
  requireLanguage,
  throwIfAny,
} from './authoring-checks';
import { checkPosition, closeUp, itemsInOrder, modulesInOrder, placeAt } from './course-positions';
import { loadCourseTree } from './course-tree';
import { CoursesService } from './courses.service';
import { Course } from './entities/course.entity';
import { CourseItem } from './entities/course-item.entity';
import { CourseModule } from './entities/course-module.entity';
import { ItemProgress } from './entities/item-progress.entity';
import type { ExerciseContent } from './exercise-content';

/**
 * Mentors (and admins) write courses: structure, translations, quizzes, exercises,
 * publication. Every change answers with the course's outline. Changes to one course are
 * serialized (its row is locked), so that positions stay dense, 0…n-1, whatever the timing.
 */
@Injectable()
export class CourseAuthoringService {
  private exercises: ExerciseContent | null = null;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly courses: CoursesService,
  ) {}

  /** Called by the coding domain at start: from then on exercise items can be written. */
  useExercises(content: ExerciseContent): void {
    this.exercises = content;
  }

  async create(actor: AuthenticatedAccount, request: CreateCourseRequest): Promise<CourseOutline> {
    requireLanguage(request.translations, request.defaultLanguage, 'translations');
    checkLevels(request.levels);
    const course = await this.uniqueSlug(() =>
      this.db.getRepository(Course).save({
        slug: request.slug,
        defaultLanguage: request.defaultLanguage,
        translations: request.translations,
        levels: request.levels,
        status: CourseStatus.Draft,
        createdById: actor.id,
        publishedAt: null,
      }),
    );
    return this.courses.outline(actor, course.id);
  }

  async update(
    actor: AuthenticatedAccount,
    id: string,
    changes: UpdateCourseRequest,
  ): Promise<CourseOutline> {
    await this.uniqueSlug(() =>
      this.inCourse(actor, id, async (em, course) => {
        const next = { ...course, ...changes };
        requireLanguage(next.translations, next.defaultLanguage, 'translations');
        if (changes.levels) checkLevels(changes.levels);
        if (next.defaultLanguage !== course.defaultLanguage) {
          await this.checkCovered(em, id, next.defaultLanguage);
        }
        await em.save(Course, next);
      }),
    );
    return this.courses.outline(actor, id);
  }

  async addModule(
    actor: AuthenticatedAccount,
    courseId: string,
    request: CreateModuleRequest,
  ): Promise<CourseOutline> {
    await this.inCourse(actor, courseId, async (em, course) => {
      requireLanguage(request.translations, course.defaultLanguage, 'translations');
      const position = await em.countBy(CourseModule, { courseId });
      await em.save(CourseModule, { courseId, position, translations: request.translations });
    });
    return this.courses.outline(actor, courseId);
  }

  async updateModule(
    actor: AuthenticatedAccount,
    courseId: string,
    moduleId: string,
    changes: UpdateModuleRequest,
  ): Promise<CourseOutline> {
    await this.inCourse(actor, courseId, async (em, course) => {
      await this.moduleOf(em, courseId, moduleId);
      if (changes.translations) {
        requireLanguage(changes.translations, course.defaultLanguage, 'translations');
        await em.update(CourseModule, { id: moduleId }, { translations: changes.translations });
      }
      if (changes.position !== undefined) {
        const modules = await modulesInOrder(em, courseId);
        checkPosition(changes.position, modules.length - 1);
        await placeAt(em, CourseModule, modules, moduleId, changes.position);
      }
    });
    return this.courses.outline(actor, courseId);
  }

  /** Deletes a module with its items, unless learners have work on any of them. */
  async deleteModule(
    actor: AuthenticatedAccount,
    courseId: string,
    moduleId: string,
  ): Promise<CourseOutline> {
    await this.inCourse(actor, courseId, async (em) => {
      await this.moduleOf(em, courseId, moduleId);
      const items = await em.find(CourseItem, { where: { moduleId }, select: { id: true } });
      const worked = await this.withLearnerWork(
        em,
        items.map((i) => i.id),
      );
      if (worked.size > 0) {
        throw new Conflict(
          'Learners have progress or submissions in this module, so it cannot be deleted. ' +
            'Edit its items instead, or unpublish the course.',
        );
      }
      await em.delete(CourseModule, { id: moduleId });
      const rest = await modulesInOrder(em, courseId);
      await closeUp(em, CourseModule, rest);
    });
    return this.courses.outline(actor, courseId);
  }

  async addItem(
    actor: AuthenticatedAccount,
    courseId: string,
    moduleId: string,
    request: CreateItemRequest,
  ): Promise<CourseOutline> {
    // Checked before the transaction, since grading a reference solution takes a moment.
    const { defaultLanguage } = await this.editable(actor, courseId);
    checkItem(request.kind, request, defaultLanguage, true);
    if (request.kind === ItemKind.Exercise && request.exercise) {
      await this.verifyExercise(request.exercise, request.referenceSolution);
    }
    await this.inCourse(actor, courseId, async (em, course) => {
      await this.moduleOf(em, courseId, moduleId);
      checkItem(request.kind, request, course.defaultLanguage, true);
      const position = await em.countBy(CourseItem, { moduleId });
      const item = await em.save(CourseItem, {
        moduleId,
        position,
        kind: request.kind,
        translations: request.translations,
        questions: request.kind === ItemKind.Quiz ? (request.questions ?? []) : null,
      });
      if (request.exercise) await this.exerciseStore().save(em, item.id, request.exercise);
    });
    return this.courses.outline(actor, courseId);
  }

  async updateItem(
    actor: AuthenticatedAccount,
    courseId: string,
    moduleId: string,
    itemId: string,
    changes: UpdateItemRequest,
  ): Promise<CourseOutline> {
    const { defaultLanguage } = await this.editable(actor, courseId);
    await this.moduleOf(this.db.manager, courseId, moduleId);
    const before = await this.itemOf(this.db.manager, moduleId, itemId);
    const check = (language = defaultLanguage) =>
      checkItem(before.kind, this.merged(before, changes), language, false);
    check();
    if (before.kind === ItemKind.Exercise && changes.referenceSolution !== undefined) {
      const stored = changes.exercise
        ? undefined
        : (await this.exerciseStore().definitions(this.db.manager, [itemId])).get(itemId);
      const definition = changes.exercise ?? stored;
      if (definition) await this.verifyExercise(definition, changes.referenceSolution);
    }
    await this.inCourse(actor, courseId, async (em, course) => {
      await this.moduleOf(em, courseId, moduleId);
      const item = await this.itemOf(em, moduleId, itemId);
      check(course.defaultLanguage);
      const { translations, questions } = this.merged(item, changes);
      await em.update(CourseItem, { id: itemId }, { translations, questions: questions ?? null });
      if (changes.exercise) await this.exerciseStore().save(em, itemId, changes.exercise);
      if (changes.moduleId !== undefined || changes.position !== undefined) {
        await this.moveItem(em, courseId, item, changes.moduleId ?? moduleId, changes.position);
      }
    });
    return this.courses.outline(actor, courseId);
  }

  /** Deletes an item, unless learners have progress or submissions on it. */
  async deleteItem(
    actor: AuthenticatedAccount,
    courseId: string,
    moduleId: string,
    itemId: string,
  ): Promise<CourseOutline> {
    await this.inCourse(actor, courseId, async (em) => {
      await this.moduleOf(em, courseId, moduleId);
      await this.itemOf(em, moduleId, itemId);
      if ((await this.withLearnerWork(em, [itemId])).size > 0) {
        throw new Conflict(
          'Learners have progress or submissions on this item, so it cannot be deleted. ' +
            'Edit it instead, or unpublish the course.',
        );
      }
      await em.delete(CourseItem, { id: itemId });
      const rest = await itemsInOrder(em, moduleId);
      await closeUp(em, CourseItem, rest);
    });
    return this.courses.outline(actor, courseId);
  }

  async setPublished(
    actor: AuthenticatedAccount,
    id: string,
    published: boolean,
  ): Promise<CourseOutline> {
    await this.inCourse(actor, id, async (em, course) => {
      if (published) {
        const items = await em.count(CourseItem, { where: { module: { courseId: id } } });
        if (items === 0) {
          throw ValidationFailed.field(
            'status',
            'notEmpty',
            'a course needs at least one item before it is published',
          );
        }
      }
      course.status = published ? CourseStatus.Published : CourseStatus.Draft;
      course.publishedAt = published ? (course.publishedAt ?? new Date()) : course.publishedAt;
      await em.save(Course, course);
    });
    return this.courses.outline(actor, id);
  }

  /** The exercises behind those of `itemIds` that are exercises. */
  exerciseDefinitions(em: EntityManager, itemIds: string[]) {
    return this.exercises && itemIds.length > 0
      ? this.exercises.definitions(em, itemIds)
      : Promise.resolve(new Map<string, ExerciseDefinition>());
  }

  /** Of `itemIds`, those learners have completed or sent code for: never deleted silently. */
  async withLearnerWork(em: EntityManager, itemIds: string[]): Promise<Set<string>> {
    if (itemIds.length === 0) return new Set();
    const progress = await em
      .createQueryBuilder(ItemProgress, 'p')
      .select('DISTINCT p.item_id', 'itemId')
      .where('p.item_id IN (:...itemIds)', { itemIds })
      .getRawMany<{ itemId: string }>();
    const submitted = this.exercises ? await this.exercises.withSubmissions(em, itemIds) : [];
    return new Set([...progress.map((row) => row.itemId), ...submitted]);
  }

  /** The course, if the actor may change it: its author, or an admin. */
  async editable(actor: AuthenticatedAccount, id: string): Promise<Course> {
    const course = await this.db.getRepository(Course).findOneBy({ id });
    if (!course) throw new NotFound('No course has this id.');
    assertOwnerOrRole(actor, course.createdById ?? '', [Role.Admin]);
    return course;
  }

  /**
   * Runs `work` in a transaction holding the course's row lock, for its author or an admin:
   * changes to one course happen one after the other.
   */
  private inCourse<T>(
    actor: AuthenticatedAccount,
    courseId: string,
    work: (em: EntityManager, course: Course) => Promise<T>,
  ): Promise<T> {
    return this.db.transaction(async (em) => {
      const course = await em.findOne(Course, {
        where: { id: courseId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!course) throw new NotFound('No course has this id.');
      assertOwnerOrRole(actor, course.createdById ?? '', [Role.Admin]);
      return work(em, course);
    });
  }

  private async moduleOf(em: EntityManager, courseId: string, moduleId: string) {
    const module = await em.findOneBy(CourseModule, { id: moduleId, courseId });
    if (!module) throw new NotFound('This course has no module with this id.');
    return module;
  }

  private async itemOf(em: EntityManager, moduleId: string, itemId: string) {
    const item = await em.findOneBy(CourseItem, { id: itemId, moduleId });
    if (!item) throw new NotFound('This module has no item with this id.');
    return item;
  }

  /** The item's content as it will be once `changes` apply. */
  private merged(item: CourseItem, changes: UpdateItemRequest) {
    return {
      translations: changes.translations ?? item.translations,
      questions:
        item.kind === ItemKind.Quiz ? (changes.questions ?? item.questions) : changes.questions,
      exercise: changes.exercise,
      referenceSolution: changes.referenceSolution,
    };
  }

  private async moveItem(
    em: EntityManager,
    courseId: string,
    item: CourseItem,
    targetModuleId: string,
    position: number | undefined,
  ): Promise<void> {
    const target = await itemsInOrder(em, targetModuleId);
    if (targetModuleId === item.moduleId) {
      checkPosition(position ?? item.position, target.length - 1);
      await placeAt(em, CourseItem, target, item.id, position ?? item.position);
      return;
    }
    await this.moduleOf(em, courseId, targetModuleId).catch(() => {
      throw ValidationFailed.field('moduleId', 'isModule', 'this course has no such module');
    });
    checkPosition(position ?? target.length, target.length);
    await em.update(CourseItem, { id: item.id }, { moduleId: targetModuleId });
    const moved = { ...item, moduleId: targetModuleId, position: -1 };
    await placeAt(em, CourseItem, [...target, moved], item.id, position ?? target.length);
    const left = await itemsInOrder(em, item.moduleId);
    await closeUp(em, CourseItem, left);
  }

  private async checkCovered(em: EntityManager, courseId: string, language: LanguageCode) {
    const tree = await loadCourseTree(em, courseId);
    const exercises = await this.exerciseDefinitions(
      em,
      tree.items.map((i) => i.id),
    );
    checkDefaultLanguageCovered(courseParts(tree, exercises), language);
  }

  private exerciseStore(): ExerciseContent {
    if (!this.exercises) {
      throw ValidationFailed.field('kind', 'isIn', 'coding exercises cannot be stored here');
    }
    return this.exercises;
  }

  private async verifyExercise(definition: ExerciseDefinition, referenceSolution?: string) {
    if (referenceSolution === undefined) return;
    throwIfAny(await this.exerciseStore().gradeReference(definition, referenceSolution));
  }

  private async uniqueSlug<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      const code =
        error instanceof QueryFailedError
          ? (error.driverError as { code?: string }).code
          : undefined;
      if (code === '23505') {
        throw new Conflict('Another course already uses this slug.', [
          { field: 'slug', code: 'unique', message: 'slug is already used by another course' },
        ]);
      }
      throw error;
    }
  }
}
