// The add-on's conditional-format rule, evaluated for the grid: stage cells not named in Pipeline Setup get its colour.
import type { Workbook } from '../sheets/workbook';
import type { SheetData } from '../sheets/grid';

/** Our rule's formula reads the stage names with INDIRECT("'Pipeline Setup'!A2:A"); other rules are not drawn. */
const OUR_RULE = /COUNTIF\(INDIRECT\("(.+?)!A2:A"\)/;

const text = (value: unknown): string => (value instanceof Date ? value.toISOString() : String(value ?? '')).trim().toLowerCase();

function unquote(name: string): string {
  return name.startsWith("'") && name.endsWith("'") ? name.slice(1, -1).replace(/''/g, "'") : name;
}

/**
 * Background per cell ("row:col") for the rows shown: =AND(LEN(TRIM(x))>0, COUNTIF(names, TRIM(x))=0) is true for a
 * non-blank cell whose trimmed text is none of the names (COUNTIF compares without case).
 */
export function highlightedCells(sheet: SheetData, workbook: Workbook, rows: number): Map<string, string> {
  const fills = new Map<string, string>();
  for (const rule of sheet.conditionalFormats) {
    const match = rule.formula ? OUR_RULE.exec(rule.formula) : null;
    const setup = match ? workbook.findSheet(unquote(match[1] as string)) : undefined;
    if (!setup || !rule.background) continue;
    const names = new Set(
      setup
        .values(`A2:A${Math.max(2, setup.lastRow())}`)
        .map((row) => text(row[0]))
        .filter(Boolean),
    );
    for (const range of rule.ranges) {
      if (range.sheetId !== sheet.id) continue;
      const last = Math.min(range.row + range.numRows - 1, rows, sheet.lastRow());
      for (let row = range.row; row <= last; row++) {
        for (let col = range.col; col < range.col + range.numCols; col++) {
          const value = text(sheet.valueOf(sheet.peek(row, col), row, col));
          if (value && !names.has(value)) fills.set(`${row}:${col}`, rule.background);
        }
      }
    }
  }
  return fills;
}
