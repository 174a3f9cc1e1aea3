// Open-ended references such as 'Leads'!D2:E (HyperFormula reads A:C but not D2:E) bounded to the sheet's last row.

/** A reference to cells from a given row down to the end of the sheet, with its optional sheet prefix. */
const OPEN_RANGE = /(?<![\w$.'!:])((?:'(?:[^']|'')+'|[A-Za-z_][\w.]*)!)?(\$?[A-Za-z]{1,3}\$?\d+):(\$?[A-Za-z]{1,3})(?![\w$(!:])/g;

/** The sheet name in a prefix such as 'Pipeline Setup'! or Leads!. */
function sheetOf(prefix: string): string {
  const name = prefix.slice(0, -1);
  return name.startsWith("'") ? name.slice(1, -1).replace(/''/g, "'") : name;
}

/**
 * Rewrites every open-ended range X2:Y into X2:Y{rows of its sheet}, outside string literals, so that
 * HyperFormula reads the same cells as Sheets. `rowsOf` answers the sheet's row count (undefined: leave it).
 */
export function boundOpenRanges(formula: string, ownSheet: string, rowsOf: (sheet: string) => number | undefined): string {
  if (!formula.includes(':')) return formula;
  // Split on string literals ("...", with "" inside) and rewrite only the parts between them.
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(OPEN_RANGE, (whole, prefix: string | undefined, start: string, endColumn: string) => {
            const rows = rowsOf(prefix ? sheetOf(prefix) : ownSheet);
            return rows === undefined ? whole : `${prefix ?? ''}${start}:${endColumn}${rows}`;
          }),
    )
    .join('');
}
