// The Pipeline view: KPIs, the funnel with its drops, stalled prospects, by owner.
import { cellOf, textOfCell, identityOf, outcomeOf, stageOfRow } from '../core/prospect-row';
import { daysInStage, isStalled } from '../core/prospect-state';
import { funnelRows } from '../core/funnel';
import { calibrationRows, calibrationWarnings } from '../core/calibration';
import { conversion } from '../core/conversion';
import { passageDays } from '../core/cycletime';
import { StagecoachError } from '../core/errors';
import { enteredStage, historyKey, medianDaysToClose, onlyProspects, sidebarLog } from '../core/history';
import { isNumberOrBlank } from '../core/amounts';
import type { ColumnMap } from '../core/columns';
import { LabelGroups, type LabelGroup } from '../core/groups';
import { nameKey } from '../core/names';
import type { Pipeline } from '../core/pipeline';
import { pipelineValue } from '../core/pipeline-value';
import { findProblems } from '../core/prospects';
import { median } from '../core/stats';
import { slowestStage, stageTimes } from '../core/stagetime';
import { velocityOf } from '../core/velocity';
import { winRate } from '../core/winrate';
import type { HistoryLog } from '../core/history-log';
import { readHistoryFigures } from '../sheets/history-tail';
import type { PipelineSummary, StalledProspect } from './api';
import { Context, currentSetup, pipelineOf, prospectsOf } from './context';
import { FIRST_PROSPECT_ROW, readProspectColumns } from '../sheets/prospect-rows';
import { stageCells } from './prospect-rows';
import { CELL_TEXT_LIMIT, optionalText } from './request-checks';

/** Stalled prospects returned at most, most overdue first; the rest are only counted. */
export const STALLED_LISTED = 20;

export function getPipelineSummary(context: Context, requestedOwner: unknown): PipelineSummary {
  const ownerText = optionalText(context.t, requestedOwner, 'owner', CELL_TEXT_LIMIT);
  const owner = ownerText.trim() !== '' ? ownerText : null;
  // The copy in settings: moves, Setup and opening the sidebar refresh it, and a view must stay within 3 reads.
  const setup = currentSetup(context);
  const pipeline = pipelineOf(setup);
  const table = prospectsOf(context);
  const { columns } = table;
  // The columns the figures use, not the whole width.
  const allRows = readProspectColumns(table, [
    columns.stage,
    columns.status,
    columns.value,
    columns.owner,
    columns.stageSince,
    columns.id,
    columns.prospect,
  ]);
  const owners = ownerGroups(allRows, columns.owner);
  const wanted = owner && columns.owner >= 0 ? nameKey(owner) : null;
  const rows =
    wanted === null
      ? allRows.map((row, i) => ({ row, sheetRow: i + FIRST_PROSPECT_ROW }))
      : allRows.flatMap((row, i) => (nameKey(textOfCell(row[columns.owner])) === wanted ? [{ row, sheetRow: i + FIRST_PROSPECT_ROW }] : []));

  // Rows the formulas would refuse are left out here and counted, so the sidebar can send the user to Check.
  const stageGrid = rows.map(({ row }) => stageCells(row, columns));
  const bad = new Set(findProblems(stageGrid, pipeline).map((p) => p.row - 1));
  const good = rows.filter((_, i) => !bad.has(i));
  const grid = stageGrid.filter((_, i) => !bad.has(i));
  // Numbers only, as PIPELINEVALUE reads them: text amounts are left out and counted, and Check fixes them.
  const values = columns.value >= 0 ? good.map(({ row }) => [typeof row[columns.value] === 'number' ? row[columns.value] : '']) : undefined;
  const unreadableValues = columns.value >= 0 ? openUnreadable(good, columns, pipeline) : 0;

  const funnel = funnelRows(grid, pipeline);
  const moment = setup.find((s) => s.momentOfTruth && s.kind === 'stage');
  const momentIndex = moment ? (pipeline.byKey.get(nameKey(moment.name))?.index ?? -1) : -1;
  const wonRow = funnel[funnel.length - 1];

  const fullHistory = sidebarLog(readHistoryFigures(context.services), pipeline);
  // With an owner chosen, the figures from history are over that owner's prospects too.
  const history = wanted === null ? fullHistory : onlyProspects(fullHistory, new Set(good.map(({ row }) => keyOf(row, columns))));
  const entered = enteredStage(history);
  const now = new Date();
  const stallByKey = new Map(setup.map((s) => [nameKey(s.name), s.stallDays]));
  const stalled: StalledProspect[] = [];
  for (const { row, sheetRow } of good) {
    const stage = stageOfRow(row, columns, pipeline);
    if (!stage) continue;
    const limit = stallByKey.get(stage.key);
    const identity = identityOf(row, columns);
    const days = daysInStage(cellOf(row, columns.stageSince), entered.get(historyKey(identity.id, identity.name)), stage.name, now, context.clock);
    if (isStalled(stage, outcomeOf(row, columns, pipeline), days, limit)) {
      stalled.push({
        row: sheetRow,
        name: identity.name,
        stage: stage.name,
        owner: textOfCell(cellOf(row, columns.owner)),
        daysInStage: days!,
        stallDays: limit!,
      });
    }
  }
  stalled.sort((a, b) => b.daysInStage - b.stallDays - (a.daysInStage - a.stallDays));
  const stalledCount = stalled.length;
  // The most overdue only: the view lists them, and every stalled row of a big sheet made a reply of megabytes.
  stalled.length = Math.min(stalled.length, STALLED_LISTED);

  return {
    owners: owners.map((group) => group.label),
    owner: wanted === null ? null : (owners.find((group) => group.key === wanted)?.label ?? owner),
    prospects: funnel[0].reached,
    leadToSale: wonRow.overallRate,
    momentOfTruthStage: moment?.name ?? null,
    momentOfTruthToSale: momentIndex >= 0 ? figure(() => conversion(grid, pipeline, moment!.name)) : null,
    winRate: figure(() => winRate(grid, pipeline)),
    weightedOpenValue: values ? pipelineValue(grid, values, pipeline) : null,
    medianDaysToClose: medianDaysToClose(history),
    funnel: funnel.map((step, i) => ({
      stage: step.stage,
      reached: step.reached,
      now: step.now,
      stepRate: step.stepRate,
      overallRate: step.overallRate,
      momentOfTruth: i === momentIndex,
    })),
    stalled,
    stalledCount,
    problems: bad.size,
    unreadableValues,
    ...timeFigures(grid, values, history, pipeline, columns.status >= 0),
  };
}

/** A formula's figure, or null where the formula would say it cannot be computed (nothing closed yet, say). */
function figure(compute: () => number): number | null {
  try {
    return compute();
  } catch (error) {
    if (error instanceof StagecoachError) return null;
    throw error;
  }
}

function keyOf(row: readonly unknown[], columns: Parameters<typeof identityOf>[1]): string {
  const identity = identityOf(row, columns);
  return historyKey(identity.id, identity.name);
}

/**
 * Cycle time, where prospects wait, velocity and calibration: CYCLETIME's default passage, STAGETIME, VELOCITY and
 * CALIBRATION over the same rows and history, by the same core functions.
 */
function timeFigures(grid: unknown[][], values: unknown[][] | undefined, history: HistoryLog, pipeline: Pipeline, hasStatus: boolean) {
  const cycle = passageDays(history, 0, pipeline.won.index);
  const slowest = slowestStage(stageTimes(history, pipeline));
  return {
    cycleTime: cycle.length > 0 ? { days: median(cycle), sales: cycle.length } : null,
    slowestStage: slowest && { stage: slowest.stage, medianDays: slowest.medianDays!, stays: slowest.stays, stillInStage: slowest.stillInStage },
    velocity: values ? figure(() => velocityOf(grid, values, (from, to) => passageDays(history, from, to), pipeline)) : null,
    calibration: calibrationWarnings(calibrationRows(grid, pipeline), !hasStatus).map((row) => ({
      stage: row.stage,
      set: row.set!,
      observed: row.observed!,
      closed: row.closed,
    })),
  };
}

/** Owner names grouped by key (Lan/LAN, NFC/NFD), each shown in its most common spelling, in the locale's order. */
function ownerGroups(rows: readonly unknown[][], column: number): LabelGroup[] {
  if (column < 0) return [];
  const groups = new LabelGroups();
  for (const row of rows) groups.add(textOfCell(row[column]));
  return groups.groups().sort((a, b) => a.label.localeCompare(b.label));
}

/** Open prospects whose value is neither a number nor blank: the weighted open value leaves them out. */
function openUnreadable(rows: readonly { row: unknown[] }[], columns: ColumnMap, pipeline: Pipeline): number {
  return rows.filter(({ row }) => !isNumberOrBlank(row[columns.value]) && outcomeOf(row, columns, pipeline) === 'open').length;
}
