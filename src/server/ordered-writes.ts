// An action's writes, one column at a time, in order: if Apps Script fails part-way, what landed is known.

export interface WriteStep<F extends string> {
  field: F;
  write: () => void;
}

export interface WriteOutcome<F extends string> {
  written: ReadonlySet<F>;
  /** The step that threw (it wrote nothing: a range call lands whole or not at all) and those never run; empty when all landed. */
  notWritten: F[];
  error: unknown;
}

export function writeInOrder<F extends string>(steps: readonly WriteStep<F>[]): WriteOutcome<F> {
  const written = new Set<F>();
  for (let i = 0; i < steps.length; i++) {
    try {
      steps[i].write();
    } catch (error) {
      return { written, notWritten: steps.slice(i).map((step) => step.field), error };
    }
    written.add(steps[i].field);
  }
  return { written, notWritten: [], error: null };
}

/** The message of what Apps Script threw, without its "Exception: " prefix. */
export function errorText(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.replace(/^Exception:\s*/, '');
}
