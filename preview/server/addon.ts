// Runs the built add-on (dist/Code.js) in this realm with one user's services passed in as Apps Script's globals.
import { readFileSync } from 'node:fs';
import { declaredEntryPoints } from '../../scripts/entry-points.cjs';
import type { Services } from '../../src/sheets/gas';

/** The add-on's entry points by name: what Apps Script would call (triggers, menu items, custom functions, google.script.run). */
export interface Addon {
  readonly entryPoints: readonly string[];
  has(name: string): boolean;
  run(name: string, args?: readonly unknown[]): unknown;
}

const GLOBALS = ['SpreadsheetApp', 'PropertiesService', 'LockService', 'Session', 'HtmlService', 'Charts', 'CacheService', 'Utilities'] as const;

export function readBundle(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    throw new Error(`${path} is missing: run \`npm run build\` first.`);
  }
}

/**
 * Loads the bundle once for these services. It runs in this realm (so Dates from getValues are this realm's Dates)
 * but in its own function scope: another user's services load their own copy beside it.
 */
export function loadAddon(code: string, services: Services): Addon {
  const entryPoints = declaredEntryPoints(code).map((entry) => entry.name);
  if (!entryPoints.length) throw new Error('dist/Code.js declares no entry points: is it the Stagecoach bundle?');
  const exported = `\nreturn { ${entryPoints.join(', ')} };`;
  // The code is the file `npm run build` wrote, never text from a request.
  const factory = new Function(...GLOBALS, `${code}${exported}`) as (...globals: unknown[]) => Record<string, (...args: unknown[]) => unknown>;
  const functions = factory(...GLOBALS.map((name) => services[name]));
  const allowed = new Set(entryPoints);
  return {
    entryPoints,
    has: (name) => allowed.has(name),
    run(name, args = []) {
      const fn = allowed.has(name) ? functions[name] : undefined;
      if (!fn) throw new Error(`Script function not found: ${name}`);
      return fn(...args);
    },
  };
}
