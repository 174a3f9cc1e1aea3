// Check for values that are not numbers: each with its row and the number it reads as, and the fix that writes it.
import { isNumberOrBlank, readAmount } from '../core/amounts';
import type { DayClock } from '../core/calendar';
import { identityProblem, indexIdentities, rowIdentities } from '../core/identity';
import { isBlank, showValue } from '../core/names';
import { cellOf, identityOf, textOfCell } from '../core/prospect-row';
import { FIRST_PROSPECT_ROW, lastProspectRow, readProspectColumns } from '../sheets/prospect-rows';
import type { ProspectsTable } from '../sheets/prospects-sheet';
import { formulaRows, writeNumberCells } from '../sheets/value-cells';
import type { FixValuesResult, ValueCheckResult, ValueProblemView } from './api';
import { Context, prospectsOf, refuse, withDocumentLock } from './context';
import { identityMessage } from './identity-message';
import { CELL_TEXT_LIMIT, optionalList, optionalText, requireObject, requireRow, ROW_LIMIT } from './request-checks';

/** A value cell as Check quotes it: text as typed, TRUE/FALSE, a date as 2026-01-05 (the day the sheet shows, in its zone). */
function shown(cell: unknown, clock: DayClock): string {
  if (cell instanceof Date && !isNaN(cell.getTime())) return clock.isoDate(cell);
  return typeof cell === 'boolean' ? String(cell).toUpperCase() : textOfCell(cell);
}

/** The columns a value check reads: who the row is, whether it is a prospect row, and its value. */
function readValueRows(table: ProspectsTable): unknown[][] {
  const { columns } = table;
  return readProspectColumns(table, [columns.stage, columns.status, columns.value, columns.id, columns.prospect]);
}

/**
 * Values the formulas refuse, on the rows they read (a stage or a status: a prospect row), as Check lists them.
 * Row i of `rows` is sheet row i + 2.
 */
function valueProblemsOf(table: ProspectsTable, rows: readonly unknown[][], clock: DayClock): ValueCheckResult {
  const { columns } = table;
  if (columns.value < 0) return { sheet: table.name, column: null, problems: [] };
  const problems: ValueProblemView[] = [];
  rows.forEach((row, i) => {
    const cell = row[columns.value];
    if (isNumberOrBlank(cell) || (isBlank(cellOf(row, columns.stage)) && isBlank(cellOf(row, columns.status)))) return;
    problems.push({
      row: i + FIRST_PROSPECT_ROW,
      ...identityOf(row, columns),
      value: shown(cell, clock),
      reading: typeof cell === 'string' ? readAmount(cell) : null,
    });
  });
  return { sheet: table.name, column: table.headers[columns.value] ?? null, problems };
}

export function checkValues(context: Context): ValueCheckResult {
  const table = prospectsOf(context);
  return valueProblemsOf(table, readValueRows(table), context.clock);
}

interface ValueRef {
  row: number;
  id: string;
  name: string;
  value: string;
}

function normaliseRefs(context: Context, raw: unknown): ValueRef[] {
  const { t } = context;
  const fields = requireObject(t, raw, 'request');
  const refs = new Map<number, ValueRef>();
  optionalList(t, fields.rows, 'rows', ROW_LIMIT).forEach((item, i) => {
    const field = `rows[${i}]`;
    const ref = requireObject(t, item, field);
    const row = requireRow(t, ref.row, `${field}.row`, FIRST_PROSPECT_ROW);
    const text = (key: keyof ValueRef) => optionalText(t, ref[key], `${field}.${key}`, CELL_TEXT_LIMIT);
    if (!refs.has(row)) refs.set(row, { row, id: text('id'), name: text('name'), value: text('value') });
  });
  if (refs.size === 0) refuse(t('nothingSelected'));
  return [...refs.values()];
}

/**
 * Writes the number that each listed value reads as, on the rows that still hold the prospect and the value Check
 * listed (ID and name, then the value's text); the others are skipped and said why. Every row must read as the
 * same number, so the write is one call. A value fix is not a stage change: Stage History gets no row.
 */
export function fixValues(context: Context, request: unknown): FixValuesResult {
  const { t } = context;
  const refs = normaliseRefs(context, request);
  return withDocumentLock(context, () => {
    const table = prospectsOf(context);
    const { columns } = table;
    const rows = readValueRows(table);
    if (columns.value < 0) return { fixed: 0, skipped: [], check: valueProblemsOf(table, rows, context.clock) };
    const identities = indexIdentities(rowIdentities(rows, columns, FIRST_PROSPECT_ROW));
    const last = lastProspectRow(table);
    const skipped: string[] = [];
    const readings = new Map<number, number>();
    for (const ref of refs) {
      if (ref.row > last) {
        skipped.push(t('rowGone', { row: ref.row }));
        continue;
      }
      const row = rows[ref.row - FIRST_PROSPECT_ROW];
      const cell = row[columns.value];
      // The row must still hold the prospect Check listed there (ID and name), and be the only row holding it.
      const problem = identityProblem({ ...ref, stage: '' }, { ...identityOf(row, columns), stage: '' }, identities);
      if (problem) skipped.push(identityMessage(t, problem));
      else if (isNumberOrBlank(cell)) skipped.push(t('valueNotListed', { row: ref.row, value: showValue(cell) }));
      else if (shown(cell, context.clock) !== ref.value.trim()) skipped.push(t('valueChanged', { row: ref.row, value: showValue(ref.value) }));
      else {
        // The number comes from the cell as it is now, never from the request.
        const reading = typeof cell === 'string' ? readAmount(cell) : null;
        if (reading === null) skipped.push(t('valueNoReading', { row: ref.row, value: showValue(cell) }));
        else readings.set(ref.row, reading);
      }
    }
    const numbers = [...new Set(readings.values())];
    if (numbers.length > 1) refuse(t('valuesDiffer', { amounts: numbers.slice(0, 5).join(', ') }));
    // A formula that gives text is the formula's to fix: writing a number over it would lose it.
    const formulas = formulaRows(table, columns.value, [...readings.keys()]);
    for (const row of formulas) {
      readings.delete(row);
      skipped.push(t('valueIsFormula', { row }));
    }
    if (readings.size > 0) {
      writeNumberCells(table, columns.value, [...readings.keys()], numbers[0]);
      for (const [row, value] of readings) rows[row - FIRST_PROSPECT_ROW][columns.value] = value;
    }
    return { fixed: readings.size, skipped, check: valueProblemsOf(table, rows, context.clock) };
  });
}
