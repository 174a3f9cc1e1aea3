// Check: every stage cell the formulas cannot read (with fixes), spellings to tidy, prospects moved without their exit
// criteria or lost without a reason, and possible duplicates, each with "go to row".
import type { ColumnMap } from '../core/columns';
import { findDuplicates } from '../core/duplicates';
import { criterionColumn } from '../core/exit-criteria';
import { historyKey } from '../core/history';
import { LOST_WORDS, nameKey } from '../core/names';
import type { Pipeline } from '../core/pipeline';
import { cellOf, identityOf, stageOfRow, textOfCell } from '../core/prospect-row';
import { lostWithoutReason, movedWithout } from '../core/prospect-state';
import { findProblems, PROBLEM_MESSAGE } from '../core/prospects';
import { exactStage, exactStatus, stageFix, stagesReached, type StatusWords } from '../core/stage-fixes';
import type { StageSetup } from '../core/types';
import { readHistoryFigures } from '../sheets/history-tail';
import type { ProspectsTable } from '../sheets/prospects-sheet';
import { FIRST_PROSPECT_ROW, readProspectColumns } from '../sheets/prospect-rows';
import type { CheckResult, FlaggedProspect, StageProblemView } from './api';
import { Context, currentSetup, pipelineOf, prospectsOf } from './context';
import { stageCells } from './prospect-rows';

/** Prospects (and duplicate groups) listed at most per kind; the counts are of all. */
export const CHECK_LISTED = 50;

/** A cell as the sidebar quotes it, in no language: "Qualifed", 42, TRUE, "2026-01-05", "". */
function quoted(cell: unknown): string {
  return typeof cell === 'number' || typeof cell === 'boolean' ? textOfCell(cell).toUpperCase() : `"${textOfCell(cell)}"`;
}

/** The columns Check reads: stage, status, who the row is, the duplicates' columns, the lost reason and every exit criterion's. */
export function checkColumns(table: ProspectsTable, setup: readonly StageSetup[]): number[] {
  const { columns, headers } = table;
  const criteria = setup.flatMap((stage) => stage.exitCriteria.map((criterion) => criterionColumn(criterion, headers, columns)));
  return [
    columns.stage,
    columns.status,
    columns.id,
    columns.prospect,
    columns.phone,
    columns.email,
    columns.customer,
    columns.lostReason,
    ...criteria,
  ];
}

/** The status words a fix writes, in the user's language, or null on a sheet without a Status column. */
export function statusWordsOf(context: Context, columns: ColumnMap): StatusWords | null {
  return columns.status >= 0 ? { won: context.t('statusWon'), lost: context.t('statusLost') } : null;
}

export function checkStages(context: Context): CheckResult {
  const setup = currentSetup(context, true);
  const pipeline = pipelineOf(setup);
  const table = prospectsOf(context);
  const rows = readProspectColumns(table, checkColumns(table, setup));
  return checkOf(context, table, rows, pipeline, setup);
}

/**
 * The check over rows already read (row i is sheet row i + 2). Stage History is read (once) only when a lost word
 * sits in a stage cell of a sheet with a Status column: the fix then keeps the stage the prospect had got to.
 */
export function checkOf(context: Context, table: ProspectsTable, rows: unknown[][], pipeline: Pipeline, setup: readonly StageSetup[]): CheckResult {
  const { columns, headers } = table;
  const grid = rows.map((row) => stageCells(row, columns));
  const statusWords = statusWordsOf(context, columns);
  const found = findProblems(grid, pipeline);
  let reached: Map<string, string> | null = null;
  const keptStage = (row: unknown[], cell: unknown): string | undefined => {
    if (!statusWords || typeof cell !== 'string' || !LOST_WORDS.has(nameKey(cell))) return undefined;
    reached ??= stagesReached(readHistoryFigures(context.services), pipeline);
    const { id, name } = identityOf(row, columns);
    return reached.get(historyKey(id, name));
  };
  const problems: StageProblemView[] = found.map((p) => {
    const row = rows[p.row - 1];
    const [stage, status] = grid[p.row - 1];
    const fix = p.kind === 'notAStage' ? stageFix(stage, status, pipeline, statusWords, keptStage(row, stage)) : null;
    return {
      row: p.row - 1 + FIRST_PROSPECT_ROW,
      ...identityOf(row, columns),
      value: textOfCell(p.value),
      problem: context.t(PROBLEM_MESSAGE[p.kind], { value: quoted(stage), status: quoted(status) }),
      suggestion: fix?.stage ?? '',
      suggestedStatus: fix?.status ?? '',
      sameFix: 0,
    };
  });
  const fixKey = (p: StageProblemView) => `${p.value}\u0000${p.suggestion}\u0000${p.suggestedStatus}`;
  const sameFix = new Map<string, number>();
  for (const p of problems) if (p.suggestion) sameFix.set(fixKey(p), (sameFix.get(fixKey(p)) ?? 0) + 1);
  for (const p of problems) p.sameFix = p.suggestion ? sameFix.get(fixKey(p))! : 0;

  const setupByKey = new Map(setup.map((s) => [nameKey(s.name), s]));
  const bad = new Set(found.map((p) => p.row - 1));
  let untidy = 0;
  const moved: FlaggedProspect[] = [];
  const reasonless: FlaggedProspect[] = [];
  rows.forEach((row, i) => {
    if (exactStage(cellOf(row, columns.stage), pipeline) !== null) untidy++;
    const stage = stageOfRow(row, columns, pipeline);
    if (stage && columns.status >= 0 && exactStatus(cellOf(row, columns.status)) !== null) untidy++;
    if (bad.has(i) || !stage) return;
    const flagged = (missing: string[]): FlaggedProspect => ({
      row: i + FIRST_PROSPECT_ROW,
      ...identityOf(row, columns),
      stage: stage.name,
      missing,
    });
    const without = movedWithout(row, headers, columns, pipeline, setupByKey);
    if (without.length > 0) moved.push(flagged(without));
    if (lostWithoutReason(row, columns, pipeline)) reasonless.push(flagged([]));
  });
  const duplicates = findDuplicates(rows, columns, FIRST_PROSPECT_ROW);
  return {
    sheet: table.name,
    problems,
    untidy,
    movedWithout: moved.slice(0, CHECK_LISTED),
    movedWithoutCount: moved.length,
    lostWithoutReason: reasonless.slice(0, CHECK_LISTED),
    lostWithoutReasonCount: reasonless.length,
    duplicates: duplicates.slice(0, CHECK_LISTED),
    duplicateCount: duplicates.length,
  };
}
