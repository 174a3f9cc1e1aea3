// An action's writes, one column at a time, in order: if Apps Script fails part-way, the rest are not tried and
// the caller knows what landed (writeColumnCells tells it by row).

/** Runs the writes in order until one throws; answers what it threw, or null when all landed. */
export function writeInOrder(writes: readonly (() => void)[]): { error: unknown } {
  for (const write of writes) {
    try {
      write();
    } catch (error) {
      return { error: error ?? new Error('unknown failure') };
    }
  }
  return { error: null };
}

/** The message of what Apps Script threw, without its "Exception: " prefix. */
export function errorText(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.replace(/^Exception:\s*/, '');
}
