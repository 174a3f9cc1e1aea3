// Where a prospect stands in its stage: how long it has been there, whether it stalled, where Advance takes it.
import { isBlank, nameKey } from './names';
import type { Pipeline, Stage } from './pipeline';
import { daysBetween, daysSince } from './prospect-row';
import type { Outcome } from './types';

/** The newest Stage History entry of a prospect: the stage it moved into, and when. */
export interface StageEntry {
  stage: string;
  when: Date;
}

/**
 * Whole days in the current stage: from the Stage since cell when it holds a date, else from the newest log entry
 * when that entry moved the prospect into the stage it is in now; null when neither says.
 */
export function daysInStage(stageSince: unknown, latest: StageEntry | undefined, stage: string, now: Date): number | null {
  const since = daysSince(stageSince, now);
  if (since !== null) return since;
  return latest && nameKey(latest.stage) === nameKey(stage) ? daysBetween(latest.when, now) : null;
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
 * Lost with its lost reason cell empty (typed to Lost in the sheet, or lost before the column existed): the sidebar
 * asks for the reason. False where the sheet has no lost reason column, since there is no cell to fill.
 */
export function lostWithoutReason(outcome: Outcome, reasonColumn: number, reason: unknown): boolean {
  return outcome === 'lost' && reasonColumn >= 0 && isBlank(reason);
}
