// The one error type the core throws: its message is all a user sees (the #ERROR! tooltip or the sidebar's message).

export class StagecoachError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StagecoachError';
  }
}

/** Throws a StagecoachError with `message` unless `condition` holds. */
export function check(condition: unknown, message: string | (() => string)): asserts condition {
  if (!condition) throw new StagecoachError(typeof message === 'string' ? message : message());
}
