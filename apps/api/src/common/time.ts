/** Milliseconds in `n` days. */
export function days(n: number): number {
  return n * 86_400_000;
}
