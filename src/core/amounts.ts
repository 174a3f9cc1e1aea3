// Reads an amount people typed as text ("559.000.000", "850tr", "1,130,000,000 đ", "$60,000") as the one number it can mean.

/**
 * Currency words and signs, as they are written before or after the number. Which currency tells how a lone
 * separator before three digits reads: đồng have no cents, so "1.130 đ" is 1130; dollars have cents, never
 * thousandths, so "$60,000" is 60000 (but "$1.130" stays ambiguous: 1.13 in the US, 1130 in Vietnam).
 */
const DONG = ['vnđ', 'vnd', 'đồng', 'dong', 'đ', '₫'];
const DOLLAR = ['usd', 'us$', '$'];

/** Words for thousand, million, billion after a number ("850tr", "1,2 tỷ", "32k"), longest first so "triệu" wins over "tr". */
const MULTIPLIERS: [string, number][] = [
  ['nghìn', 1e3],
  ['ngàn', 1e3],
  ['k', 1e3],
  ['triệu', 1e6],
  ['trieu', 1e6],
  ['tr', 1e6],
  ['million', 1e6],
  ['mn', 1e6],
  ['m', 1e6],
  ['tỷ', 1e9],
  ['tỉ', 1e9],
  ['ty', 1e9],
  ['billion', 1e9],
  ['bn', 1e9],
].sort((a, b) => (b[0] as string).length - (a[0] as string).length) as [string, number][];

type Currency = 'dong' | 'dollar' | null;

/** Text in one form: NFC, lower case, every kind of space as " ", trimmed. */
function normalised(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim();
}

/** Strips one currency sign or word from either end; null when two different currencies are named. */
function stripCurrency(text: string): { rest: string; currency: Currency } | null {
  let rest = text;
  let currency: Currency = null;
  for (const [words, kind] of [
    [DONG, 'dong'],
    [DOLLAR, 'dollar'],
  ] as const) {
    for (const word of words) {
      const before = rest.startsWith(word);
      const after = rest.endsWith(word);
      if (!before && !after) continue;
      if (currency !== null && currency !== kind) return null;
      currency = kind;
      rest = (before ? rest.slice(word.length) : rest.slice(0, -word.length)).trim();
      break;
    }
  }
  return { rest, currency };
}

/**
 * The digits of a number written with grouping and a decimal mark, or null when they can be read two ways.
 * `loneThree` says how a single "." or "," followed by exactly three digits reads: as thousands where the currency
 * has no fractions of that size, else not at all.
 */
function readDigits(text: string, loneThree: { comma: boolean; dot: boolean }): number | null {
  if (!/^\d[\d., ]*$/.test(text) || /[., ]$/.test(text) || /[., ]{2}/.test(text)) return null;
  const dots = text.split('.').length - 1;
  const commas = text.split(',').length - 1;
  let grouping: string | null = null;
  let decimal: string | null = null;
  if (dots > 0 && commas > 0) {
    // Both marks: the last one is the decimal mark, and there is only one of it ("1,130,000.50", "1.130.000,50").
    decimal = text.lastIndexOf('.') > text.lastIndexOf(',') ? '.' : ',';
    grouping = decimal === '.' ? ',' : '.';
    if ((decimal === '.' ? dots : commas) !== 1) return null;
  } else if (dots + commas > 1) {
    // One mark, several times: it groups thousands ("559.000.000").
    grouping = dots > 0 ? '.' : ',';
  } else if (dots + commas === 1) {
    const mark = dots ? '.' : ',';
    const after = text.length - text.indexOf(mark) - 1;
    const lead = text.slice(0, text.indexOf(mark));
    if (after === 3 && /^[1-9]\d{0,2}$/.test(lead)) {
      // "1.130": 1.13 or 1130? Only the currency can tell ("0.500" and "1234.567" can only be decimals).
      if (mark === ',' ? loneThree.comma : loneThree.dot) grouping = mark;
      else return null;
    } else if (after === 3 && lead.includes(' ')) {
      // "1 130,000": grouped by spaces, then by a comma, or a decimal?
      return null;
    } else {
      decimal = mark;
    }
  }
  const [whole, fraction = ''] = decimal ? text.split(decimal) : [text];
  if (/[., ]/.test(fraction)) return null;
  const spaced = whole.includes(' ');
  if (spaced && grouping !== null && whole.includes(grouping)) return null;
  const groups = spaced ? whole.split(' ') : grouping ? whole.split(grouping) : [whole];
  if (groups.length > 1) {
    // Grouped: 1 to 3 digits, then groups of exactly 3 ("1.130.000"), never "11.30.000".
    if (!/^\d{1,3}$/.test(groups[0]) || !groups.slice(1).every((g) => /^\d{3}$/.test(g))) return null;
  } else if (/^0\d/.test(whole)) {
    // "0123" is a code, not an amount.
    return null;
  }
  const value = Number(`${groups.join('')}${fraction ? `.${fraction}` : ''}`);
  return Number.isFinite(value) ? value : null;
}

/** The multiplier word at the end of the text ("850tr" → 1e6), and what comes before it. */
function stripMultiplier(text: string): { rest: string; factor: number } {
  for (const [word, factor] of MULTIPLIERS) {
    if (text.endsWith(word)) {
      const rest = text.slice(0, -word.length).trim();
      // "5m" is 5 million, but "m" alone or after a letter is not a multiplier.
      if (/\d$/.test(rest)) return { rest, factor };
    }
  }
  return { rest: text, factor: 1 };
}

/** A number with an optional multiplier word ("1,2 tỷ", "850 triệu", "32k"). */
function readScaled(text: string, currency: Currency): number | null {
  const { rest, factor } = stripMultiplier(text);
  const loneThree =
    factor > 1
      ? // "1.130 tỷ": 1.13 tỷ or 1130 tỷ? Either is a plausible deal; read neither.
        { comma: false, dot: false }
      : { comma: currency !== null, dot: currency === 'dong' };
  const number = readDigits(rest, loneThree);
  if (number === null) return null;
  // Rounded to whole units (no float noise: 1,2 tỷ is 1,200,000,000, not 1,199,999,999.9998), except small decimals.
  return factor > 1 ? Math.round(number * factor * 100) / 100 : number;
}

/** "1 tỷ 200 triệu", "2 tỷ 350tr": parts with falling multipliers, summed. */
function readCompound(text: string, currency: Currency): number | null {
  const parts = text.match(/\d[\d.,]*\s*[^\d\s.,]+/g);
  if (!parts || parts.length < 2 || parts.join('').replace(/\s/g, '') !== text.replace(/\s/g, '')) return null;
  let total = 0;
  let previous = Infinity;
  for (const part of parts) {
    const { factor } = stripMultiplier(part.trim());
    if (factor === 1 || factor >= previous) return null;
    const value = readScaled(part.trim(), currency);
    if (value === null) return null;
    total += value;
    previous = factor;
  }
  return total;
}

/**
 * The number an amount typed as text means, or null when it means none or could mean two ("1.130": 1.13 or 1130?).
 * Reads Vietnamese and English grouping ("559.000.000", "1,130,000,000"), currency signs and words on either side
 * (đ, ₫, VNĐ, VND, $, USD), and the words for thousand, million and billion ("32k", "850tr", "850 triệu", "1,2 tỷ",
 * "1 tỷ 200 triệu"). A leading minus is kept. Never guesses: text with anything else in it reads as null.
 *
 * @example readAmount('850tr') // 850000000
 * @example readAmount('1.130') // null
 */
export function readAmount(text: string): number | null {
  const stripped = stripCurrency(normalised(text));
  if (!stripped) return null;
  let { rest } = stripped;
  const negative = rest.startsWith('-');
  if (negative) rest = rest.slice(1).trim();
  if (rest === '') return null;
  const value = readScaled(rest, stripped.currency) ?? readCompound(rest, stripped.currency);
  if (value === null) return null;
  return negative && value !== 0 ? -value : value;
}

/** A values cell the formulas accept: a finite number, or blank. */
export function isNumberOrBlank(cell: unknown): boolean {
  if (typeof cell === 'number') return Number.isFinite(cell);
  return cell === '' || cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');
}
