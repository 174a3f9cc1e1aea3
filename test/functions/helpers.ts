// Calls a custom function as Sheets would, with no saved pipeline unless one is given, in an English spreadsheet in Hanoi's time zone.
import type { Grid } from '../../src/core/grid';
import type { Locale } from '../../src/core/types';
import { FunctionName, runFunction } from '../../src/functions/custom-functions';

export const TIME_ZONE = 'Asia/Ho_Chi_Minh';
const settings = (locale: Locale) => ({ locale: () => locale, timeZone: () => TIME_ZONE });

export function call(name: FunctionName, ...args: unknown[]) {
  return runFunction(name, args, () => null, settings('en'));
}

/** The same call in a spreadsheet whose locale is Vietnamese. */
export function callInVietnamese(name: FunctionName, ...args: unknown[]) {
  return runFunction(name, args, () => null, settings('vi'));
}

export function callWithSaved(saved: Grid, name: FunctionName, ...args: unknown[]) {
  return runFunction(name, args, () => saved, settings('en'));
}

/** A column range as Sheets passes it. */
export const column = (...cells: unknown[]): unknown[][] => cells.map((c) => [c]);
