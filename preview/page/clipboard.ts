// Blocks of cells as text: tab-separated rows, as Sheets and Excel put them on the clipboard (quotes around a cell
// that holds a tab, a line break or a quote), and back.

const needsQuotes = /[\t\r\n"]/;

export function toTsv(rows: string[][]): string {
  return rows.map((row) => row.map((text) => (needsQuotes.test(text) ? `"${text.replace(/"/g, '""')}"` : text)).join('\t')).join('\n');
}

/** Rows of cells from clipboard text; a trailing line break adds no empty row. */
export function fromTsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let i = 0;
  const input = text.replace(/\r\n?/g, '\n');
  while (i < input.length) {
    const ch = input[i] as string;
    if (quoted) {
      if (ch === '"' && input[i + 1] === '"') {
        cell += '"';
        i += 2;
        continue;
      }
      if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell === '') {
      quoted = true;
    } else if (ch === '\t') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else {
      cell += ch;
    }
    i++;
  }
  if (cell !== '' || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}
