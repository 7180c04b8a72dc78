import { type EntityManager, In } from 'typeorm';

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

const IN_ORDER = { modules: { position: 'ASC', items: { position: 'ASC' } } } as const;

function treeOf(course: Course): CourseTree {
  const modules = (course.modules ?? []).map((m) => Object.assign(m, { items: m.items ?? [] }));
  return { course, modules, items: modules.flatMap((m) => m.items) };
}

/** A course with its modules and items in order, or a 404. */
export async function loadCourseTree(em: EntityManager, courseId: string): Promise<CourseTree> {
  const course = await em.findOne(Course, {
    where: { id: courseId },
    relations: { modules: { items: true } },
    order: IN_ORDER,
  });
  if (!course) throw new NotFound('No course has this id.');
  return treeOf(course);
}

/** Several courses with their modules and items, in one query, in the order of `courseIds`. */
export async function loadCourseTrees(
  em: EntityManager,
  courseIds: string[],
): Promise<CourseTree[]> {
  if (courseIds.length === 0) return [];
  const courses = await em.find(Course, {
    where: { id: In(courseIds) },
    relations: { modules: { items: true } },
    order: IN_ORDER,
  });
  const byId = new Map(courses.map((course) => [course.id, treeOf(course)]));
  return courseIds.flatMap((id) => byId.get(id) ?? []);
}
