// Calls a custom function as Sheets would, with no saved pipeline unless one is given.
import type { Grid } from '../../src/core/grid';
import { FunctionName, runFunction } from '../../src/functions/custom-functions';

export function call(name: FunctionName, ...args: unknown[]) {
  return runFunction(name, args, () => null);
}

export function callWithSaved(saved: Grid, name: FunctionName, ...args: unknown[]) {
  return runFunction(name, args, () => saved);
}

/** A column range as Sheets passes it. */
export const column = (...cells: unknown[]): unknown[][] => cells.map((c) => [c]);
