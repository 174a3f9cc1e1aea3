// The errors Apps Script throws, with its exact wording (sources are cited in the tests that pin each one).

/** Apps Script's own errors are Error objects named "Exception"; the message carries no "Exception:" prefix. */
export function gasError(message: string): Error {
  const error = new Error(message);
  error.name = 'Exception';
  return error;
}

export const OUTSIDE_SHEET = 'The coordinates of the range are outside the dimensions of the sheet.';
export const LOCK_TIMEOUT = 'Lock timeout: another process was holding the lock for too long.';
export const TOO_LONG = 'Your input contains more than the maximum of 50000 characters in a single cell.';
export const PROPERTY_QUOTA = 'You have exceeded the property storage quota. Please remove some properties and try again.';
export const CELL_LIMIT = 'This action would increase the number of cells in the workbook above the limit of 10000000 cells.';
export const CACHE_KEY_TOO_LARGE = 'Argument too large: key';
export const CACHE_VALUE_TOO_LARGE = 'Argument too large: value';

/** A daily quota used up, e.g. "Service invoked too many times for one day: properties." */
export function dailyQuotaExceeded(service: string): string {
  return `Service invoked too many times for one day: ${service}.`;
}

export function rowsMismatch(dataRows: number, rangeRows: number): string {
  return `The number of rows in the data does not match the number of rows in the range. The data has ${dataRows} but the range has ${rangeRows}.`;
}

export function columnsMismatch(dataCols: number, rangeCols: number): string {
  return `The number of columns in the data does not match the number of columns in the range. The data has ${dataCols} but the range has ${rangeCols}.`;
}

export function sheetExists(name: string): string {
  return `A sheet with the name "${name}" already exists. Please enter another name.`;
}

export function validationRejected(cell: string, allowed: readonly string[]): string {
  const hint = allowed.length ? ` Please enter one of the following values: ${allowed.join(', ')}.` : '';
  return `The data you entered in cell ${cell} violates the data validation rules set on this cell.${hint}`;
}

export function noHtmlFile(name: string): string {
  return `No HTML file named ${name} was found.`;
}

/** Apps Script's refusal of an argument of the wrong type, e.g. a 1-D array given to setValues. */
export function signatureMismatch(arg: unknown, method: string): string {
  const type = (v: unknown): string =>
    typeof v === 'string' ? 'String' : typeof v === 'number' ? 'number' : typeof v === 'boolean' ? 'Boolean' : 'Object';
  const shown = Array.isArray(arg) ? `${type(arg.find((v) => !Array.isArray(v)))}[]` : type(arg);
  return `The parameters (${shown}) don't match the method signature for ${method}.`;
}
