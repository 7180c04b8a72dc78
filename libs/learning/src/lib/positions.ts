/**
 * Positions of modules in a course and of items in a module are dense, 0…n-1. These answer
 * "what order results" so that the service only writes the positions that changed.
 */

/** `ids` with `id` taken out and put back at `to` (clamped to the list). */
export function moveTo(ids: readonly string[], id: string, to: number): string[] {
  const rest = ids.filter((other) => other !== id);
  const at = Math.max(0, Math.min(to, rest.length));
  return [...rest.slice(0, at), id, ...rest.slice(at)];
}

/** The entries whose position differs from their index in `ordered`, with the new position. */
export function changedPositions<T extends { id: string; position: number }>(
  ordered: readonly T[],
): { id: string; position: number }[] {
  return ordered
    .map((entry, position) => ({ entry, position }))
    .filter(({ entry, position }) => entry.position !== position)
    .map(({ entry, position }) => ({ id: entry.id, position }));
}
