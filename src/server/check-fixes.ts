// Check's writes: one fix, "fix all N rows" and Tidy spelling, each one batch under the lock, logged as `fix` rows.
import type { HistoryRecord } from '../core/history';
import { identityProblem, indexIdentities, rowIdentities } from '../core/identity';
import { nameKey, showValue } from '../core/names';
import type { Pipeline } from '../core/pipeline';
import { cellOf, identityOf, stageOfRow, textOfCell } from '../core/prospect-row';
import { exactStage, exactStatus, isOfferedFix } from '../core/stage-fixes';
import type { StageSetup } from '../core/types';
import { asCellText } from '../sheets/cell-text';
import { writeColumnCells } from '../sheets/column-writes';
import { appendHistory } from '../sheets/history-sheet';
import type { ProspectsTable } from '../sheets/prospects-sheet';
import { FIRST_PROSPECT_ROW, lastProspectRow, readProspectColumns } from '../sheets/prospect-rows';
import type { FixRequest, FixResult, FixStagesRequest } from './api';
import { checkColumns, checkOf, statusWordsOf } from './check';
import { Context, currentSetup, currentUser, pipelineOf, prospectsOf, refuse, saveFreshCopies, withDocumentLock } from './context';
import { identityMessage, identityText } from './identity-message';
import { CELL_TEXT_LIMIT, NAME_LIMIT, optionalList, optionalText, requireObject, requireRow, ROW_LIMIT } from './request-checks';

interface Fix {
  row: number;
  id: string;
  name: string;
  value: string;
  replacement: string;
  status: string;
}

function cleanFix(context: Context, raw: unknown, field: string): Fix {
  const { t } = context;
  const fields = requireObject(t, raw, field);
  return {
    row: requireRow(t, fields.row, `${field}.row`, FIRST_PROSPECT_ROW),
    id: optionalText(t, fields.id, `${field}.id`, CELL_TEXT_LIMIT),
    name: optionalText(t, fields.name, `${field}.name`, CELL_TEXT_LIMIT),
    value: optionalText(t, fields.value, `${field}.value`, CELL_TEXT_LIMIT),
    replacement: optionalText(t, fields.replacement, `${field}.replacement`, NAME_LIMIT),
    status: optionalText(t, fields.status, `${field}.status`, NAME_LIMIT),
  };
}

/** What a batch writes: row → stage cell, row → status cell, and the history rows. */
interface Rewrite {
  stages: Map<number, unknown>;
  statuses: Map<number, unknown>;
  records: HistoryRecord[];
}

/**
 * Under the lock: Pipeline Setup and the rows Check reads, fresh (the reads: setup, header, rows); `plan` decides the
 * cells; then one write per column and distinct value, one history append, and the check as it now stands.
 */
function rewrite(context: Context, plan: (table: ProspectsTable, rows: unknown[][], pipeline: Pipeline, rewrite: Rewrite) => void): FixResult {
  return withDocumentLock(context, () => {
    const setup: StageSetup[] = currentSetup(context, true);
    const pipeline = pipelineOf(setup);
    const table = prospectsOf(context);
    const rows = readProspectColumns(table, checkColumns(table, setup));
    const changes: Rewrite = { stages: new Map(), statuses: new Map(), records: [] };
    plan(table, rows, pipeline, changes);
    const { sheet, columns } = table;
    writeColumnCells(sheet, columns.stage + 1, changes.stages);
    if (columns.status >= 0) writeColumnCells(sheet, columns.status + 1, changes.statuses);
    appendHistory(context.services, changes.records, context.locale);
    saveFreshCopies(context, table, setup);
    return { ...checkOf(context, table, rows, pipeline, setup), fixed: changes.stages.size + changes.statuses.size };
  });
}

/** A `fix` row: the prospect did not move, so its time in stage runs on from its earlier entry. */
function fixRecord(
  row: unknown[],
  table: ProspectsTable,
  from: string,
  to: string,
  status: string,
  when: Date,
  by: string,
  note: string,
): HistoryRecord {
  const identity = identityOf(row, table.columns);
  return { when, id: identity.id, prospect: identity.name, from, to, status, by, note, change: 'fix' };
}

function applyFixes(context: Context, fixes: Fix[]): FixResult {
  const { t } = context;
  return rewrite(context, (table, rows, pipeline, changes) => {
    const { columns } = table;
    const last = lastProspectRow(table);
    const identities = indexIdentities(rowIdentities(rows, columns, FIRST_PROSPECT_ROW));
    const statusWords = statusWordsOf(context, columns);
    const when = new Date();
    const by = currentUser(context);
    // Every fix is checked before the first write: all are made, or none.
    for (const fix of fixes) {
      const { row } = fix;
      if (row > last || row - FIRST_PROSPECT_ROW >= rows.length) refuse(t('rowGone', { row }));
      const values = rows[row - FIRST_PROSPECT_ROW];
      const current = textOfCell(values[columns.stage]);
      // The row must still hold the prospect Check listed there (ID and name), and be the only row holding it.
      const selected = { row, id: fix.id, name: fix.name, stage: current };
      const moved = identityProblem(selected, { ...identityOf(values, columns), stage: current }, identities);
      if (moved) refuse(moved.kind === 'changed' ? t('fixProspectChanged', { row, selected: identityText(t, selected) }) : identityMessage(t, moved));
      if (current !== fix.value.trim()) refuse(t('fixChanged', { row, value: fix.value }));
      const stage = pipeline.byKey.get(nameKey(fix.replacement));
      if (!stage) refuse(t('unknownStage', { stage: fix.replacement }));
      const statusCell = cellOf(values, columns.status);
      // A fix corrects only what Check offers, to what it offers: replacing a valid stage would move the prospect past its exit criteria.
      if (!isOfferedFix(values[columns.stage], statusCell, pipeline, statusWords, { stage: stage.name, status: fix.status || null })) {
        refuse(t('fixNotSuggested', { row, value: showValue(values[columns.stage]), replacement: showValue(fix.replacement) }));
      }
      changes.stages.set(row, asCellText(stage.name));
      if (fix.status) changes.statuses.set(row, asCellText(fix.status));
      changes.records.push(fixRecord(values, table, current, stage.name, fix.status, when, by, t('noteFixed')));
    }
    for (const fix of fixes) {
      const values = rows[fix.row - FIRST_PROSPECT_ROW];
      values[columns.stage] = changes.stages.get(fix.row);
      if (fix.status) values[columns.status] = fix.status;
    }
  });
}

/** Replaces one stage cell with the fix Check offered, if the row still holds what the check saw; logs it as a fix. */
export function fixStage(context: Context, request: FixRequest): FixResult {
  return applyFixes(context, [cleanFix(context, request, 'request')]);
}

/** "Fix all N rows with this value": every fix checked, then one write per column and one history append. */
export function fixStages(context: Context, request: FixStagesRequest): FixResult {
  const { t } = context;
  const fields = requireObject(t, request, 'request');
  const byRow = new Map<number, Fix>();
  optionalList(t, fields.fixes, 'fixes', ROW_LIMIT).forEach((raw, i) => {
    const fix = cleanFix(context, raw, `fixes[${i}]`);
    if (!byRow.has(fix.row)) byRow.set(fix.row, fix);
  });
  if (byRow.size === 0) refuse(t('nothingToFix'));
  return applyFixes(context, [...byRow.values()]);
}

/**
 * Rewrites every stage cell that names a stage by key but not letter for letter ("Khách  hỏi xe", NFD text, trailing
 * spaces) to the pipeline's spelling, and every status cell of such a row to the dropdown's ("đang mở" → "Đang mở"),
 * so that the dropdown and native formulas (FILTER(…="Đã giao xe")) read them. One `fix` row per prospect.
 */
export function tidySpelling(context: Context): FixResult {
  return rewrite(context, (table, rows, pipeline, changes) => {
    const { columns } = table;
    const when = new Date();
    const by = currentUser(context);
    rows.forEach((row, i) => {
      const stage = stageOfRow(row, columns, pipeline);
      if (!stage) return;
      const sheetRow = i + FIRST_PROSPECT_ROW;
      const from = textOfCell(row[columns.stage]);
      const statusFrom = textOfCell(cellOf(row, columns.status));
      const exact = exactStage(row[columns.stage], pipeline);
      const status = columns.status >= 0 ? exactStatus(row[columns.status]) : null;
      if (exact === null && status === null) return;
      if (exact !== null) {
        changes.stages.set(sheetRow, asCellText(exact));
        row[columns.stage] = exact;
      }
      if (status !== null) {
        changes.statuses.set(sheetRow, asCellText(status));
        row[columns.status] = status;
      }
      // Status left blank: a respelt status means what it meant, so the log's reading of it stays as it was.
      const note = status === null ? context.t('noteTidied') : context.t('noteTidiedStatus', { from: statusFrom, to: status });
      changes.records.push(fixRecord(row, table, from, stage.name, '', when, by, note));
    });
  });
}
