import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type AuthorRef,
  type CourseAuthoring,
  type CourseSummary,
  LANGUAGE_CODES,
  type LanguageCode,
  Role,
} from '@passerelle/contracts';
import { localize } from '@passerelle/learning';
import { DataSource } from 'typeorm';

import type { AuthenticatedAccount } from '../common/auth/authenticated-account';
import { NotFound } from '../common/problem/app-error';
import { CourseAuthoringService } from './course-authoring.service';
import { loadCourseTree } from './course-tree';
import { Course } from './entities/course.entity';
import { Enrolment } from './entities/enrolment.entity';

/**
 * Courses as their authors see them in the console. Every mentor and admin may read every
 * course, drafts and answer keys included (to reuse and to co-teach); only a course's author
 * or an admin may change it, which `editable` tells the console.
 */
@Injectable()
export class AuthoringReadService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly authoring: CourseAuthoringService,
  ) {}

  async summaries(actor: AuthenticatedAccount, language?: LanguageCode): Promise<CourseSummary[]> {
    const courses = await this.db.getRepository(Course).find({
      relations: { createdBy: true },
      order: { updatedAt: 'DESC' },
    });
    const sizes = new Map(
      (
        await this.db.query<{ course_id: string; modules: string; items: string }[]>(
          `SELECT m.course_id, COUNT(DISTINCT m.id) AS modules, COUNT(i.id) AS items
             FROM course_modules m LEFT JOIN course_items i ON i.module_id = m.id
            GROUP BY m.course_id`,
        )
      ).map((row) => [row.course_id, { modules: Number(row.modules), items: Number(row.items) }]),
    );
    const learners = await this.learnerCounts();
    return courses.map((course) => ({
      id: course.id,
      slug: course.slug,
      status: course.status,
      title: localize(
        course.translations,
        language ?? course.defaultLanguage,
        course.defaultLanguage,
      ).text.title,
      defaultLanguage: course.defaultLanguage,
      languages: LANGUAGE_CODES.filter((code) => course.translations[code]),
      moduleCount: sizes.get(course.id)?.modules ?? 0,
      itemCount: sizes.get(course.id)?.items ?? 0,
      learnerCount: learners.get(course.id) ?? 0,
      author: authorOf(course),
      editable: mayEdit(actor, course),
      updatedAt: course.updatedAt.toISOString(),
      publishedAt: course.publishedAt?.toISOString() ?? null,
    }));
  }

  async course(actor: AuthenticatedAccount, courseId: string): Promise<CourseAuthoring> {
    const em = this.db.manager;
    const exists = await em.findOne(Course, {
      where: { id: courseId },
      relations: { createdBy: true },
    });
    if (!exists) throw new NotFound('No course has this id.');
    const { course, modules, items } = await loadCourseTree(em, courseId);
    const ids = items.map((item) => item.id);
    const exercises = await this.authoring.exerciseDefinitions(em, ids);
    const worked = await this.authoring.withLearnerWork(em, ids);
    return {
      id: course.id,
      slug: course.slug,
      status: course.status,
      defaultLanguage: course.defaultLanguage,
      translations: course.translations,
      levels: course.levels,
      author: authorOf(exists),
      editable: mayEdit(actor, exists),
      learnerCount: await this.db.getRepository(Enrolment).countBy({ courseId }),
      publishedAt: course.publishedAt?.toISOString() ?? null,
      updatedAt: course.updatedAt.toISOString(),
      modules: modules.map((module) => ({
        id: module.id,
        translations: module.translations,
        items: module.items.map((item) => ({
          id: item.id,
          kind: item.kind,
          translations: item.translations,
          questions: item.questions,
          exercise: exercises.get(item.id) ?? null,
          hasLearnerWork: worked.has(item.id),
        })),
      })),
    };
  }

  private async learnerCounts(): Promise<Map<string, number>> {
    const rows = await this.db
      .getRepository(Enrolment)
      .createQueryBuilder('e')
      .select('e.course_id', 'courseId')
      .addSelect('COUNT(*)', 'count')
      .groupBy('e.course_id')
      .getRawMany<{ courseId: string; count: string }>();
    return new Map(rows.map((row) => [row.courseId, Number(row.count)]));
  }
}

function authorOf(course: Course): AuthorRef | null {
  return course.createdBy
    ? { id: course.createdBy.id, displayName: course.createdBy.displayName }
    : null;
}

function mayEdit(actor: AuthenticatedAccount, course: Course): boolean {
  return (
    actor.role === Role.Admin || (course.createdById !== null && actor.id === course.createdById)
  );
}
