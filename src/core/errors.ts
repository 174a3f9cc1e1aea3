// The one error type the core throws: its message is all a user sees (the #ERROR! tooltip or the sidebar's message).

export class StagecoachError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StagecoachError';
  }
}
