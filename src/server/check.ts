// Check: every stage cell the formulas cannot read, with "go to row" and one-click fixes.
import { nameKey, showValue } from '../core/names';
import type { Pipeline } from '../core/pipeline';
import type { ProspectsTable } from '../sheets/prospects-sheet';
import { identityProblem, indexIdentities, rowIdentities } from '../core/identity';
import { cellOf, textOfCell, identityOf } from '../core/prospect-row';
import { findProblems, problemOf, PROBLEM_MESSAGE } from '../core/prospects';
import { appendHistory } from '../sheets/history-sheet';
import { FIRST_PROSPECT_ROW, lastProspectRow, readProspectColumns, readProspectRows, writeStageCell } from '../sheets/prospect-rows';
import type { CheckResult, FixRequest } from './api';
import { identityMessage, identityText } from './identity-message';
import { Context, currentSetup, currentUser, pipelineOf, prospectsOf, refuse, saveFreshCopies, withDocumentLock } from './context';
import { stageCells } from './prospect-rows';
import { CELL_TEXT_LIMIT, NAME_LIMIT, optionalText, requireObject, requireRow } from './request-checks';

/** A cell as the sidebar quotes it, in no language: "Qualifed", 42, TRUE, "2026-01-05", "". */
function quoted(cell: unknown): string {
  return typeof cell === 'number' || typeof cell === 'boolean' ? textOfCell(cell).toUpperCase() : `"${textOfCell(cell)}"`;
}

export function checkStages(context: Context): CheckResult {
  const pipeline = pipelineOf(currentSetup(context, true));
  const table = prospectsOf(context);
  const { columns } = table;
  // What the check needs: the stage and status cells, and who each row is.
  const rows = readProspectColumns(table, [columns.stage, columns.status, columns.id, columns.prospect]);
  return problemsOf(context, table, rows, pipeline);
}

/** The check over rows already read (row i is sheet row i + 2). */
function problemsOf(context: Context, table: ProspectsTable, rows: unknown[][], pipeline: Pipeline): CheckResult {
  const { columns } = table;
  const grid = rows.map((row) => stageCells(row, columns));
  return {
    sheet: table.name,
    problems: findProblems(grid, pipeline).map((p) => {
      const [stage, status] = grid[p.row - 1];
      return {
        row: p.row - 1 + FIRST_PROSPECT_ROW,
        ...identityOf(rows[p.row - 1], columns),
        value: textOfCell(p.value),
        problem: context.t(PROBLEM_MESSAGE[p.kind], { value: quoted(stage), status: quoted(status) }),
        suggestion: p.suggestion,
      };
    }),
  };
}

/** Replaces one stage cell with a stage of the pipeline, if it still holds what the check saw; logs the change. */
export function fixStage(context: Context, request: FixRequest): CheckResult {
  const { t } = context;
  const fields = requireObject(t, request, 'request');
  const row = requireRow(t, fields.row, 'row', FIRST_PROSPECT_ROW);
  const sent = { id: optionalText(t, fields.id, 'id', CELL_TEXT_LIMIT), name: optionalText(t, fields.name, 'name', CELL_TEXT_LIMIT) };
  const seen = optionalText(t, fields.value, 'value', CELL_TEXT_LIMIT);
  const replacement = optionalText(t, fields.replacement, 'replacement', NAME_LIMIT);
  const setup = currentSetup(context, true);
  const pipeline = pipelineOf(setup);
  const stage = pipeline.byKey.get(nameKey(replacement));
  if (!stage) refuse(t('unknownStage', { stage: replacement }));
  return withDocumentLock(context, () => {
    const table = prospectsOf(context);
    if (!(row >= FIRST_PROSPECT_ROW) || row > lastProspectRow(table)) refuse(t('rowGone', { row }));
    // One read of every row: it checks the cell and gives the check that the sidebar shows next.
    const rows = readProspectRows(table);
    const values = rows[row - FIRST_PROSPECT_ROW];
    const { columns } = table;
    const current = textOfCell(values[columns.stage]);
    // The row must still hold the prospect Check listed there (ID and name), and be the only row holding it.
    const selected = { row, ...sent, stage: current };
    const moved = identityProblem(
      selected,
      { ...identityOf(values, columns), stage: current },
      indexIdentities(rowIdentities(rows, columns, FIRST_PROSPECT_ROW)),
    );
    if (moved) refuse(moved.kind === 'changed' ? t('fixProspectChanged', { row, selected: identityText(t, selected) }) : identityMessage(t, moved));
    if (current !== seen.trim()) refuse(t('fixChanged', { row, value: seen }));
    // A fix corrects only what Check reports, to what it suggests: replacing a valid stage would move the prospect past its exit criteria.
    const reported = problemOf(row, values[columns.stage], cellOf(values, columns.status), pipeline);
    if (!reported?.suggestion || pipeline.byKey.get(nameKey(reported.suggestion)) !== stage) {
      refuse(t('fixNotSuggested', { row, value: showValue(values[columns.stage]), replacement: showValue(replacement) }));
    }
    writeStageCell(table, row, stage.name);
    values[table.columns.stage] = stage.name;
    const identity = identityOf(values, table.columns);
    appendHistory(
      context.services,
      [
        {
          when: new Date(),
          id: identity.id,
          prospect: identity.name,
          from: current,
          to: stage.name,
          status: '',
          by: currentUser(context),
          note: context.t('noteFixed'),
          // The prospect did not move: its time in stage runs on from its earlier entry.
          change: 'fix',
        },
      ],
      context.locale,
    );
    saveFreshCopies(context, table, setup);
    return problemsOf(context, table, rows, pipeline);
  });
}
