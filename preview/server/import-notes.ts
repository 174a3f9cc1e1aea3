// What opening a file could not read, said in the user's language: cells kept as text in a column of dates or
// numbers, rows longer than the header. Printed by `npm start` and shown in the page.

export type ImportNote =
  | { kind: 'notDates' | 'notNumbers'; column: string; header: string; rows: number[]; examples: string[] }
  | { kind: 'longRows'; rows: number[]; fields: number; headers: number }
  | { kind: 'locale'; locale: string; reason: 'given' | 'headers' | 'dates' | 'default' };

/** At most this many rows are named; the rest are counted. */
const NAMED = 8;

const rowList = (rows: number[], more: (n: number) => string) =>
  rows.slice(0, NAMED).join(', ') + (rows.length > NAMED ? more(rows.length - NAMED) : '');

const EN = {
  notDates: (n: Extract<ImportNote, { column: string }>) =>
    `Column ${n.column} “${n.header}”: row${n.rows.length > 1 ? 's' : ''} ${rowList(n.rows, (k) => ` and ${k} more`)} ` +
    `could not be read as dates (${n.examples.map((e) => `“${e}”`).join(', ')}); kept as text.`,
  notNumbers: (n: Extract<ImportNote, { column: string }>) =>
    `Column ${n.column} “${n.header}”: row${n.rows.length > 1 ? 's' : ''} ${rowList(n.rows, (k) => ` and ${k} more`)} ` +
    `could not be read as numbers (${n.examples.map((e) => `“${e}”`).join(', ')}); kept as text.`,
  longRows: (n: Extract<ImportNote, { kind: 'longRows' }>) =>
    `Row${n.rows.length > 1 ? 's' : ''} ${rowList(n.rows, (k) => ` and ${k} more`)} ha${n.rows.length > 1 ? 've' : 's'} ` +
    `more fields than the ${n.headers} headers (up to ${n.fields}): the extra ones are in columns without a header.`,
  locale: (n: Extract<ImportNote, { kind: 'locale' }>) =>
    `Dates and numbers read as in ${n.locale}` +
    {
      given: ' (as asked with --locale / LOCALE).',
      headers: ' (the headers are Vietnamese).',
      dates: ' (some dates have a day past 12 first).',
      default: '.',
    }[n.reason],
};

const VI: typeof EN = {
  notDates: (n) =>
    `Cột ${n.column} “${n.header}”: hàng ${rowList(n.rows, (k) => ` và ${k} hàng khác`)} không đọc được thành ngày ` +
    `(${n.examples.map((e) => `“${e}”`).join(', ')}); giữ nguyên dạng văn bản.`,
  notNumbers: (n) =>
    `Cột ${n.column} “${n.header}”: hàng ${rowList(n.rows, (k) => ` và ${k} hàng khác`)} không đọc được thành số ` +
    `(${n.examples.map((e) => `“${e}”`).join(', ')}); giữ nguyên dạng văn bản.`,
  longRows: (n) =>
    `Hàng ${rowList(n.rows, (k) => ` và ${k} hàng khác`)} có nhiều trường hơn ${n.headers} tiêu đề (tới ${n.fields}): ` +
    `các trường thừa nằm ở những cột không có tiêu đề.`,
  locale: (n) =>
    `Ngày và số được đọc theo ${n.locale}` +
    { given: ' (theo --locale / LOCALE).', headers: ' (tiêu đề bằng tiếng Việt).', dates: ' (có ngày lớn hơn 12 đứng trước).', default: '.' }[
      n.reason
    ],
};

export function describeNote(note: ImportNote, language: string): string {
  const text = language === 'vi' ? VI : EN;
  switch (note.kind) {
    case 'notDates':
      return text.notDates(note);
    case 'notNumbers':
      return text.notNumbers(note);
    case 'longRows':
      return text.longRows(note);
    case 'locale':
      return text.locale(note);
  }
}
