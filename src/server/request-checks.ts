// The checks every server function makes on what the sidebar sent (types and sizes), before it reads or writes anything.
import { asCellText } from '../sheets/cell-text';
import { refuse, type Context } from './context';

type Translate = Context['t'];

/** A cell of Google Sheets holds at most this many characters. */
export const CELL_TEXT_LIMIT = 50000;
/** Text the user typed (a reason, a playbook) is bounded loosely here, then against its cell with a message naming it. */
export const TYPED_TEXT_LIMIT = 10 * CELL_TEXT_LIMIT;
/** Stage and sheet names: they show in dropdowns and menus (Sheets itself caps sheet names at 100 characters). */
export const NAME_LIMIT = 200;
/** Stages of a pipeline: far more than any real one, few enough to keep Pipeline Setup and its dropdowns small. */
export const STAGE_LIMIT = 200;
/** Rows of a sheet: a spreadsheet holds at most 10 million cells, so no sheet has more rows (nor a move more prospects). */
export const ROW_LIMIT = 10000000;
/** Exit criteria of one stage, and roles of a mapping: a stage lists at most every column of the sheet. */
export const COLUMN_LIMIT = 18278;

/** A plain object (not null, not a list), or a refusal naming the field. */
export function requireObject(t: Translate, value: unknown, field: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) refuse(t('requestNotObject', { field }));
  return value as Record<string, unknown>;
}

/** Text of at most `max` characters; absent (undefined or null) is "". */
export function optionalText(t: Translate, value: unknown, field: string, max: number): string {
  if (value === undefined || value === null) return '';
  if (typeof value !== 'string') refuse(t('requestNotText', { field }));
  if (value.length > max) refuse(t('requestTooLong', { field, count: value.length, max }));
  return value;
}

/** True or false; absent is `fallback`. Only a boolean counts: "false" is text, and would read as true. */
export function optionalBoolean(t: Translate, value: unknown, field: string, fallback = false): boolean {
  if (value === undefined || value === null) return fallback;
  if (typeof value !== 'boolean') refuse(t('requestNotBoolean', { field }));
  return value;
}

/** A finite number, or null when absent. */
export function optionalNumber(t: Translate, value: unknown, field: string): number | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'number' || !Number.isFinite(value)) refuse(t('requestNotNumber', { field }));
  return value;
}

/** A sheet row: a number (never text), and a whole one from `first` on; other numbers are rows that are gone. */
export function requireRow(t: Translate, value: unknown, field: string, first = 1): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) refuse(t('requestNotRow', { field }));
  if (!Number.isInteger(value) || value < first || value > ROW_LIMIT) refuse(t('rowGone', { row: value }));
  return value;
}

/** A list of at most `max` items; absent is an empty list. */
export function optionalList(t: Translate, value: unknown, field: string, max: number): unknown[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || value.length > max) refuse(t('requestNotList', { field, max }));
  return value;
}

/** Refuses text that would not fit in a cell once written as text (the apostrophe that keeps it text counts). */
export function checkCellText(t: Translate, text: string, field: string): void {
  const length = asCellText(text).length;
  if (length > CELL_TEXT_LIMIT) refuse(t('cellTooLong', { field, count: length, max: CELL_TEXT_LIMIT }));
}
