import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type CourseOutline,
  CourseStatus,
  type CreateCourseRequest,
  type CreateItemRequest,
  type CreateModuleRequest,
  type FieldError,
  ItemKind,
  type LanguageCode,
  Role,
  type Translations,
  type UpdateCourseRequest,
} from '@passerelle/contracts';
import { questionProblem } from '@passerelle/learning';
import { DataSource, QueryFailedError } from 'typeorm';

import type { AuthenticatedAccount } from '../common/auth/authenticated-account';
import { assertOwnerOrRole } from '../common/auth/ownership';
import { Conflict, NotFound, ValidationFailed } from '../common/problem/app-error';
import { CoursesService } from './courses.service';
import { Course } from './entities/course.entity';
import { CourseItem } from './entities/course-item.entity';
import { CourseModule } from './entities/course-module.entity';

/** Mentors (and admins) write courses: structure, translations, quizzes, publication. */
@Injectable()
export class CourseAuthoringService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly courses: CoursesService,
  ) {}

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
    const course = await this.editable(actor, id);
    const next = { ...course, ...changes };
    requireLanguage(next.translations, next.defaultLanguage, 'translations');
    if (changes.levels) checkLevels(changes.levels);
    await this.uniqueSlug(() => this.db.getRepository(Course).save(next));
    return this.courses.outline(actor, id);
  }

  async addModule(
    actor: AuthenticatedAccount,
    courseId: string,
    request: CreateModuleRequest,
  ): Promise<CourseOutline> {
    const course = await this.editable(actor, courseId);
    requireLanguage(request.translations, course.defaultLanguage, 'translations');
    const repository = this.db.getRepository(CourseModule);
    const position = await repository.countBy({ courseId });
    await repository.save({ courseId, position, translations: request.translations });
    return this.courses.outline(actor, courseId);
  }

  async addItem(
    actor: AuthenticatedAccount,
    courseId: string,
    moduleId: string,
    request: CreateItemRequest,
  ): Promise<CourseOutline> {
    const course = await this.editable(actor, courseId);
    if (!(await this.db.getRepository(CourseModule).existsBy({ id: moduleId, courseId }))) {
      throw new NotFound('This course has no module with this id.');
    }
    checkItem(request, course.defaultLanguage);
    const repository = this.db.getRepository(CourseItem);
    const position = await repository.countBy({ moduleId });
    await repository.save({
      moduleId,
      position,
      kind: request.kind,
      translations: request.translations,
      questions: request.kind === ItemKind.Quiz ? (request.questions ?? []) : null,
    });
    return this.courses.outline(actor, courseId);
  }

  async setPublished(
    actor: AuthenticatedAccount,
    id: string,
    published: boolean,
  ): Promise<CourseOutline> {
    const course = await this.editable(actor, id);
    if (published) {
      const items = await this.db
        .getRepository(CourseItem)
        .count({ where: { module: { courseId: id } } });
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
    await this.db.getRepository(Course).save(course);
    return this.courses.outline(actor, id);
  }

  /** The course, if the actor may change it: its author, or an admin. */
  private async editable(actor: AuthenticatedAccount, id: string): Promise<Course> {
    const course = await this.db.getRepository(Course).findOneBy({ id });
    if (!course) throw new NotFound('No course has this id.');
    assertOwnerOrRole(actor, course.createdById ?? '', [Role.Admin]);
    return course;
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

function requireLanguage(
  translations: Translations<unknown> | undefined,
  language: LanguageCode,
  field: string,
): void {
  if (!translations?.[language]) {
    throw ValidationFailed.field(
      `${field}.${language}`,
      'isDefined',
      `${field} must include the default language (${language})`,
    );
  }
}

function checkLevels(levels: CreateCourseRequest['levels']): void {
  const errors: FieldError[] = Object.entries(levels)
    .filter(([, range]) => range && range.target < range.entry)
    .map(([area]) => ({
      field: `levels.${area}.target`,
      code: 'min',
      message: 'target must not be below entry',
    }));
  if (errors.length > 0) throw new ValidationFailed(errors);
}

function checkItem(request: CreateItemRequest, language: LanguageCode): void {
  requireLanguage(request.translations, language, 'translations');
  const errors: FieldError[] = [];
  if (request.kind === ItemKind.Exercise) {
    errors.push({
      field: 'kind',
      code: 'isIn',
      message: 'coding exercises cannot be added to courses yet',
    });
  }
  if (request.kind === ItemKind.Lesson && !request.translations[language]?.body?.trim()) {
    errors.push({
      field: `translations.${language}.body`,
      code: 'isDefined',
      message: 'a lesson needs a body',
    });
  }
  if (request.kind === ItemKind.Quiz) {
    if (!request.questions?.length) {
      errors.push({ field: 'questions', code: 'isDefined', message: 'a quiz needs questions' });
    }
    request.questions?.forEach((question, i) => {
      const text = question.translations[language];
      if (!text) {
        errors.push({
          field: `questions.${i}.translations.${language}`,
          code: 'isDefined',
          message: 'each question needs the default language',
        });
        return;
      }
      const counts = Object.values(question.translations).map((t) => t?.options.length);
      if (counts.some((n) => n !== text.options.length)) {
        errors.push({
          field: `questions.${i}.translations`,
          code: 'sameOptions',
          message: 'every language needs the same number of options',
        });
      }
      const problem = questionProblem(question, text.options.length);
      if (problem)
        errors.push({ field: `questions.${i}.answer`, code: 'validAnswer', message: problem });
    });
  } else if (request.questions) {
    errors.push({
      field: 'questions',
      code: 'whitelistValidation',
      message: 'only quizzes have questions',
    });
  }
  if (errors.length > 0) throw new ValidationFailed(errors);
}
