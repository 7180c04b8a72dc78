import { changedPositions, moveTo } from '@passerelle/learning';
import type { EntityManager } from 'typeorm';

import { ValidationFailed } from '../common/problem/app-error';
import { CourseItem } from './entities/course-item.entity';
import { CourseModule } from './entities/course-module.entity';

/**
 * Positions of modules in a course and of items in a module stay dense, 0…n-1: every move
 * and every deletion rewrites the positions that change, in the caller's transaction.
 */
type Ordered = typeof CourseModule | typeof CourseItem;
interface Placed {
  id: string;
  position: number;
}

export function modulesInOrder(em: EntityManager, courseId: string): Promise<CourseModule[]> {
  return em.find(CourseModule, { where: { courseId }, order: { position: 'ASC' } });
}

export function itemsInOrder(em: EntityManager, moduleId: string): Promise<CourseItem[]> {
  return em.find(CourseItem, { where: { moduleId }, order: { position: 'ASC' } });
}

/** Puts `id` at `to` among `ordered` and writes the positions that changed. */
export async function placeAt<T extends Placed>(
  em: EntityManager,
  entity: Ordered,
  ordered: T[],
  id: string,
  to: number,
): Promise<void> {
  const byId = new Map(ordered.map((entry) => [entry.id, entry]));
  const order = moveTo(
    ordered.map((entry) => entry.id),
    id,
    to,
  );
  await closeUp(
    em,
    entity,
    order.map((entryId) => byId.get(entryId) as T),
  );
}

/** Numbers `ordered` 0…n-1, writing only the positions that changed. */
export async function closeUp(em: EntityManager, entity: Ordered, ordered: Placed[]) {
  for (const { id, position } of changedPositions(ordered)) {
    await em.update(entity, { id }, { position });
  }
}

export function checkPosition(position: number, max: number): void {
  if (position > max) {
    throw ValidationFailed.field('position', 'max', `position must not be greater than ${max}`);
  }
}
