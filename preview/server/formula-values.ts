// Values between HyperFormula and the add-on's custom functions, the way Sheets passes arguments and shows results.
import { CellError, EmptyValue, ErrorType, SimpleRangeValue } from 'hyperformula';
import { dateToSerial, serialToDate } from '../sheets/zone';

export type SheetsScalar = string | number | boolean;

const ERROR_TEXT: Partial<Record<ErrorType, string>> = {
  [ErrorType.DIV_BY_ZERO]: '#DIV/0!',
  [ErrorType.NA]: '#N/A',
  [ErrorType.NAME]: '#NAME?',
  [ErrorType.NUM]: '#NUM!',
  [ErrorType.REF]: '#REF!',
  [ErrorType.VALUE]: '#VALUE!',
  [ErrorType.SPILL]: '#REF!',
  [ErrorType.CYCLE]: '#REF!',
};

/** The text Sheets shows for an error (HyperFormula's #SPILL! and #CYCLE! are #REF! in Sheets). */
export function errorText(error: CellError): string {
  return ERROR_TEXT[error.type] ?? '#ERROR!';
}

const DATE_TYPES = new Set(['NUMBER_DATE', 'NUMBER_DATETIME']);

/**
 * One cell as Sheets hands it to a custom function: empty cells as "", errors as their text, numbers plain, and a
 * date (a number HyperFormula types as a date, see formula-engine.ts) as a Date when the sheet's zone is given.
 */
export function toSheetsScalar(value: unknown, timeZone?: string): SheetsScalar | Date {
  if (value === EmptyValue || value === undefined || value === null) return '';
  if (value instanceof CellError) return errorText(value);
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  // Dates, percents and currencies are numbers with a subtype in HyperFormula.
  const rich = value as { val?: unknown; getDetailedType?: () => string };
  if (typeof rich.val !== 'number') return String(value);
  if (timeZone && DATE_TYPES.has(rich.getDetailedType?.() ?? '')) return serialToDate(rich.val, timeZone);
  return rich.val;
}

/** An argument as Sheets passes it: a range as a 2-D array (a single cell as its value), anything else as a value. */
export function toSheetsArgument(value: unknown, timeZone?: string): unknown {
  if (!(value instanceof SimpleRangeValue)) return toSheetsScalar(value, timeZone);
  const rows = value.rawData().map((row) => row.map((cell) => toSheetsScalar(cell, timeZone)));
  return rows.length === 1 && rows[0]?.length === 1 ? rows[0][0] : rows;
}

function resultScalar(value: unknown, timeZone: string): SheetsScalar {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? value : '#NUM!';
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  // A returned Date is its serial number in the sheet's zone (the cell's date format shows it, as in Sheets).
  if (value instanceof Date) return dateToSerial(value, timeZone);
  return String(value);
}

/** What a custom function returned, as HyperFormula holds it: a scalar, or a table that spills (ragged rows padded). */
export function fromSheetsResult(result: unknown, timeZone = 'UTC'): SheetsScalar | SimpleRangeValue | CellError {
  if (!Array.isArray(result)) return resultScalar(result, timeZone);
  const rows = result.map((row: unknown) => (Array.isArray(row) ? row : [row]));
  const width = rows.reduce((n, row) => Math.max(n, row.length), 0);
  if (rows.length === 0 || width === 0) return new CellError(ErrorType.ERROR, 'Result was empty.');
  const data = rows.map((row) => Array.from({ length: width }, (_, j) => resultScalar(row[j], timeZone)));
  return SimpleRangeValue.onlyValues(data);
}

/** The message of anything thrown, as Sheets shows it in the #ERROR! tooltip. */
export function thrownMessage(thrown: unknown): string {
  if (thrown instanceof Error) return thrown.message;
  return typeof thrown === 'string' ? thrown : 'Unknown error';
}
