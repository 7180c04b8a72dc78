import type { EntityManager } from 'typeorm';

import { NotFound } from '../common/problem/app-error';
import { Course } from './entities/course.entity';
import { CourseItem } from './entities/course-item.entity';
import { CourseModule } from './entities/course-module.entity';

export interface CourseTree {
  course: Course;
  modules: (CourseModule & { items: CourseItem[] })[];
  /** Every item, in course order. */
  items: CourseItem[];
}

/** A course with its modules and items in order, or a 404. */
export async function loadCourseTree(em: EntityManager, courseId: string): Promise<CourseTree> {
  const course = await em.findOne(Course, {
    where: { id: courseId },
    relations: { modules: { items: true } },
    order: { modules: { position: 'ASC', items: { position: 'ASC' } } },
  });
  if (!course) throw new NotFound('No course has this id.');
  const modules = (course.modules ?? []).map((m) => Object.assign(m, { items: m.items ?? [] }));
  return { course, modules, items: modules.flatMap((m) => m.items) };
}
