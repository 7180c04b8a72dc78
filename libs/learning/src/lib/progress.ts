import type { Progress } from '@passerelle/contracts';

export function progressOf(completed: number, total: number): Progress {
  return { completed, total, percent: total === 0 ? 0 : Math.round((completed / total) * 100) };
}

/** The first item, in course order, that is not completed yet. */
export function nextItem<T extends { id: string }>(
  itemsInOrder: readonly T[],
  completed: ReadonlySet<string>,
): T | null {
  return itemsInOrder.find((item) => !completed.has(item.id)) ?? null;
}
