// A small pool: runs `fn` over the items, at most `limit` at a time, in the order given.

/** Calls `fn(item, index)` for every item with at most `limit` calls pending at once. */
export async function forEachConcurrently<T>(items: readonly T[], limit: number, fn: (item: T, i: number) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      await fn(items[i]!, i);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
}
