// Where a prospect stands in its stage: how long it has been there, whether it stalled, where Advance takes it.
import type { ColumnMap } from './columns';
import { missingExitCriteria } from './exit-criteria';
import { isBlank, nameKey } from './names';
import type { Pipeline, Stage } from './pipeline';
import { calendarDaysBetween, type DayClock } from './calendar';
import { cellOf, daysSince, outcomeOf, stageOfRow } from './prospect-row';
import type { Outcome, StageSetup } from './types';

/** The newest Stage History entry of a prospect: the stage it moved into, and when. */
export interface StageEntry {
  stage: string;
  when: Date;
}

/**
 * Calendar days (in the spreadsheet's time zone) in the current stage: from the Stage since cell when it holds a
 * date, else from the newest log entry when that entry moved the prospect into the stage it is in now; null when
 * neither says.
 */
export function daysInStage(stageSince: unknown, latest: StageEntry | undefined, stage: string, now: Date, clock: DayClock): number | null {
  const since = daysSince(stageSince, now, clock);
  if (since !== null) return since;
  return latest && nameKey(latest.stage) === nameKey(stage) ? calendarDaysBetween(clock, latest.when, now) : null;
}

/** Only an open prospect in an ordinary stage can stall: won and lost prospects are done. */
export function isStalled(stage: Stage | undefined, outcome: Outcome, days: number | null, stallDays: number | null | undefined): boolean {
  if (!stage || stage.kind !== 'stage' || outcome !== 'open') return false;
  if (stallDays === null || stallDays === undefined || days === null) return false;
  return days > stallDays;
}

/** Where Advance takes a prospect from `current`: the next ordinary stage, after the last one the won stage; none from won or lost. */
export function nextStage(pipeline: Pipeline, current: Stage | undefined): Stage | undefined {
  return current?.kind === 'stage' ? pipeline.steps[current.index + 1] : undefined;
}

/**
 * What a prospect left behind: the exit criteria, still empty now, of the stages it is past (a prospect typed or
 * forced past its exit criteria, "moved without: Value"), each named by the user's header, in pipeline order. A won
 * prospect is past every ordinary stage; a prospect in a lost stage is past none (nothing says how far it got).
 */
export function movedWithout(
  row: readonly unknown[],
  headers: readonly string[],
  columns: ColumnMap,
  pipeline: Pipeline,
  setupByKey: ReadonlyMap<string, StageSetup>,
): string[] {
  const stage = stageOfRow(row, columns, pipeline);
  if (!stage || stage.kind === 'lost') return [];
  const outcome = outcomeOf(row, columns, pipeline);
  const passed = stage.kind === 'won' || outcome === 'won' ? pipeline.won.index : stage.index;
  // A closed deal has no next step to take: an empty Next step or Follow-up cell is no gap on it.
  const followUps =
    outcome === 'open' ? new Set<string>() : new Set([columns.nextStep, columns.followUp].filter((c) => c >= 0).map((c) => headers[c]));
  const missing: string[] = [];
  for (let i = 0; i < passed; i++) {
    for (const header of missingExitCriteria(row, headers, columns, setupByKey.get(pipeline.steps[i].key))) {
      if (!missing.includes(header) && !followUps.has(header)) missing.push(header);
    }
  }
  return missing;
}

/** A lost prospect whose lost reason cell is empty (false on a sheet without a lost reason column: nothing to fill). */
export function lostWithoutReason(row: readonly unknown[], columns: ColumnMap, pipeline: Pipeline): boolean {
  if (columns.lostReason < 0 || !stageOfRow(row, columns, pipeline)) return false;
  return outcomeOf(row, columns, pipeline) === 'lost' && isBlank(cellOf(row, columns.lostReason));
}
