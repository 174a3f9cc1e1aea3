// The one typed client of the server: every google.script.run call goes through `call`, so a misspelt function fails to compile.
import type { ServerApi } from '../src/server/api';

export type ServerFunction = keyof ServerApi;
export type Reply<K extends ServerFunction> = ReturnType<ServerApi[K]>;

/** True when the page runs inside Apps Script (google.script.run exists). */
export function serverAvailable(): boolean {
  return typeof google !== 'undefined' && typeof google.script === 'object' && typeof google.script.run === 'object';
}

/** Calls a server function and resolves with its result; a server error rejects with an Error carrying its message. */
export function call<K extends ServerFunction>(name: K, ...args: Parameters<ServerApi[K]>): Promise<Reply<K>> {
  return new Promise((resolve, reject) => {
    const runner = google.script.run.withSuccessHandler((value) => resolve(value as Reply<K>)).withFailureHandler((error) => reject(asError(error)));
    (runner[name] as (...sent: Parameters<ServerApi[K]>) => void)(...args);
  });
}

/** What google.script.run hands the failure handler (an Error, sometimes a string), as an Error with a plain message. */
export function asError(error: unknown): Error {
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : String(error);
  return new Error(message.replace(/^(Exception|Error|ScriptError):\s*/, ''));
}
