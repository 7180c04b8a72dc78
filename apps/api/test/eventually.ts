/** Asks until `ready` holds, every `every` ms for at most `ms`; returns whether it did. */
export async function eventually(
  ready: () => boolean | Promise<boolean>,
  ms: number,
  every = 100,
): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await ready()) return true;
    await new Promise((resolve) => setTimeout(resolve, every));
  }
  return false;
}
