import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type AccountView,
  CourseStatus,
  type CreateCourseRequest,
  type CreateItemRequest,
  type ModuleText,
  type Translations,
} from '@passerelle/contracts';
import { DataSource, type EntityManager } from 'typeorm';

import { Course } from './entities/course.entity';
import { CourseItem } from './entities/course-item.entity';
import { CourseModule } from './entities/course-module.entity';
import { DIGITAL_BASICS } from './seed/digital-basics';

export interface PublishedCourseSeed<TItem extends CreateItemRequest = CreateItemRequest> {
  course: CreateCourseRequest;
  modules: { translations: Translations<ModuleText>; items: TItem[] }[];
}

/** Demo courses, published, so that a newcomer sees the learning side at once. */
@Injectable()
export class LearningSeedService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Adds each demo course of this domain that is not there yet; returns the slugs added. */
  async seedDemoCourses(author: Pick<AccountView, 'id'> | null): Promise<string[]> {
    return (await this.addPublishedCourse(DIGITAL_BASICS, author))
      ? [DIGITAL_BASICS.course.slug]
      : [];
  }

  /**
   * Saves a published course with its modules and items, in one transaction, unless a course
   * with its slug exists. `afterItem` may attach more to each saved item (e.g. an exercise).
   */
  async addPublishedCourse<TItem extends CreateItemRequest>(
    seed: PublishedCourseSeed<TItem>,
    author: Pick<AccountView, 'id'> | null,
    afterItem?: (em: EntityManager, item: CourseItem, source: TItem) => Promise<void>,
  ): Promise<boolean> {
    return this.db.transaction(async (em) => {
      if (await em.existsBy(Course, { slug: seed.course.slug })) return false;
      const course = await em.save(
        em.create(Course, {
          ...seed.course,
          status: CourseStatus.Published,
          createdById: author?.id ?? null,
          publishedAt: new Date(),
        }),
      );
      for (const [position, module] of seed.modules.entries()) {
        const savedModule = await em.save(
          em.create(CourseModule, {
            courseId: course.id,
            position,
            translations: module.translations,
          }),
        );
        for (const [index, source] of module.items.entries()) {
          const item = await em.save(
            em.create(CourseItem, {
              moduleId: savedModule.id,
              position: index,
              kind: source.kind,
              translations: source.translations,
              questions: source.questions ?? null,
            }),
          );
          await afterItem?.(em, item, source);
        }
      }
      return true;
    });
  }
}
