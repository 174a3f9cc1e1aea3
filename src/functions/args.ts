// Declared argument specs and the one runner that validates and adapts Sheets' arguments before a function runs.
import { toGrid } from '../core/grid';
import { fail } from '../core/localized-error';
import { isBlank } from '../core/names';

export type ParamType = 'range' | 'value';

export interface ParamSpec {
  name: string;
  type: ParamType;
  optional?: boolean;
}

/** Left out or skipped (=F(A:A, , "x")): Sheets passes undefined or "". */
export function isOmitted(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && isBlank(value));
}

/** Checks the arguments against the specs: required ones present, ranges as grids, omitted optionals as undefined. */
export function adaptArguments(functionName: string, specs: readonly ParamSpec[], values: readonly unknown[]): unknown[] {
  return specs.map((spec, i) => {
    const value = values[i];
    if (isOmitted(value)) {
      if (spec.optional) return undefined;
      // A required range that is one empty cell arrives as "": it is an empty range, not a missing argument.
      if (value === undefined || value === null || spec.type !== 'range') {
        throw fail('errArgumentMissing', { function: functionName, argument: spec.name });
      }
    }
    return spec.type === 'range' ? toGrid(value) : value;
  });
}
