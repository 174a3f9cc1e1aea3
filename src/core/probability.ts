// Reads a win probability cell: 0–1 is a fraction, above 1 up to 100 a percentage, "25%" a percentage.
import { fail as failWith, PhraseParam, shown } from './localized-error';
import { isBlank, isErrorValue } from './names';

/** The probability as a fraction, or null when the cell is blank. `where` names the cell for the error. */
export function readProbability(cell: unknown, where: PhraseParam): number | null {
  if (isBlank(cell)) return null;
  const fail = (why: 'probabilityWrite' | 'probabilityRange') => failWith('errProbability', { where, value: shown(cell), why: { key: why } });
  let number = NaN;
  let percent = false;
  if (typeof cell === 'number') {
    number = cell;
  } else if (typeof cell === 'string' && !isErrorValue(cell)) {
    const match = /^\s*([0-9]+(?:[.,][0-9]+)?)\s*(%?)\s*$/.exec(cell);
    if (!match) throw fail('probabilityWrite');
    number = Number(match[1].replace(',', '.'));
    percent = match[2] === '%';
  } else {
    throw fail('probabilityWrite');
  }
  if (!Number.isFinite(number) || number < 0 || number > 100) throw fail('probabilityRange');
  return percent || number > 1 ? number / 100 : number;
}
