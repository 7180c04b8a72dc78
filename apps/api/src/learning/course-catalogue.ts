import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type CourseLevels,
  CourseStatus,
  type CourseText,
  type LanguageCode,
  type Translations,
} from '@passerelle/contracts';
import { DataSource, In } from 'typeorm';

import { Course } from './entities/course.entity';
import { Enrolment } from './entities/enrolment.entity';

/** A published course, as other domains see it. */
export interface PublishedCourse {
  id: string;
  slug: string;
  defaultLanguage: LanguageCode;
  translations: Translations<CourseText>;
  levels: CourseLevels;
}

/**
 * Learning's read API for the published catalogue and learners' enrolments. Learning owns the
 * courses and enrolments tables; other domains read them only here.
 */
@Injectable()
export class CourseCatalogue {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Every published course, oldest first. */
  async published(): Promise<PublishedCourse[]> {
    const courses = await this.db.getRepository(Course).find({
      where: { status: CourseStatus.Published },
      order: { createdAt: 'ASC' },
    });
    return courses.map(({ id, slug, defaultLanguage, translations, levels }) => ({
      id,
      slug,
      defaultLanguage,
      translations,
      levels,
    }));
  }

  /** Every published course's levels, oldest first. */
  async publishedLevels(): Promise<{ id: string; levels: CourseLevels }[]> {
    return this.db.getRepository(Course).find({
      where: { status: CourseStatus.Published },
      select: { id: true, levels: true },
      order: { createdAt: 'ASC' },
    });
  }

  /** A course's id and its modules' item ids, in order, by its slug (for the demo data). */
  async outlineBySlug(
    slug: string,
  ): Promise<{ id: string; modules: { items: { id: string }[] }[] } | null> {
    const course = await this.db.getRepository(Course).findOne({
      where: { slug },
      relations: { modules: { items: true } },
      order: { modules: { position: 'ASC', items: { position: 'ASC' } } },
    });
    if (!course) return null;
    return {
      id: course.id,
      modules: (course.modules ?? []).map((module) => ({
        items: (module.items ?? []).map((item) => ({ id: item.id })),
      })),
    };
  }

  /** Which of `courseIds` are published courses. */
  async publishedAmong(courseIds: readonly string[]): Promise<Set<string>> {
    if (courseIds.length === 0) return new Set();
    const found = await this.db.getRepository(Course).find({
      where: { id: In([...courseIds]), status: CourseStatus.Published },
      select: { id: true },
    });
    return new Set(found.map((course) => course.id));
  }

  /** Which of `courseIds` the learner is enrolled in. */
  async enrolledAmong(learnerId: string, courseIds: readonly string[]): Promise<Set<string>> {
    if (courseIds.length === 0) return new Set();
    const enrolments = await this.db.getRepository(Enrolment).find({
      where: { learnerId, courseId: In([...courseIds]) },
      select: { courseId: true },
    });
    return new Set(enrolments.map((e) => e.courseId));
  }
}
