// Reads a win probability cell: 0–1 is a fraction, above 1 up to 100 a percentage, "25%" a percentage.
import { StagecoachError } from './errors';
import { isBlank, isErrorValue, showValue } from './names';

/** The probability as a fraction, or null when the cell is blank. `where` names the cell for the error. */
export function readProbability(cell: unknown, where: string): number | null {
  if (isBlank(cell)) return null;
  const fail = (why: string) => new StagecoachError(`${where}: ${showValue(cell)} is not a win probability. ${why}`);
  let number = NaN;
  let percent = false;
  if (typeof cell === 'number') {
    number = cell;
  } else if (typeof cell === 'string' && !isErrorValue(cell)) {
    const match = /^\s*([0-9]+(?:[.,][0-9]+)?)\s*(%?)\s*$/.exec(cell);
    if (!match) throw fail('Write a number from 0 to 1, or a percentage such as 25%.');
    number = Number(match[1].replace(',', '.'));
    percent = match[2] === '%';
  } else {
    throw fail('Write a number from 0 to 1, or a percentage such as 25%.');
  }
  if (!Number.isFinite(number) || number < 0 || number > 100) throw fail('It must be from 0 to 1, or from 0% to 100%.');
  return percent || number > 1 ? number / 100 : number;
}
