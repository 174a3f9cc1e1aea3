// STAGETIME: where prospects wait — per ordinary stage, the median of ended stays, how many ended, how many still run.
import type { Grid } from './grid';
import { HistoryLog, StayCounter, Stays, staysOf } from './history-log';
import { readHistory } from './history-reader';
import { labels } from './localized-error';
import type { Pipeline } from './pipeline';
import { medianInPlace } from './stats';
import type { Locale } from './types';

export interface StageTime {
  stage: string;
  /** Median days of the ended stays; null where none ended. */
  medianDays: number | null;
  stays: number;
  stillInStage: number;
}

/** One row per ordinary stage, as STAGETIME prints it and the sidebar reads it. */
export function stageTimes(log: HistoryLog, pipeline: Pipeline): StageTime[] {
  return stageTimesOf(staysOf(log, pipeline), pipeline);
}

function stageTimesOf({ ended, running }: Stays, pipeline: Pipeline): StageTime[] {
  return pipeline.steps.slice(0, pipeline.won.index).map((stage, i) => ({
    stage: stage.name,
    // The stays are read once: the median may reorder them.
    medianDays: ended[i].length > 0 ? medianInPlace(ended[i]) : null,
    stays: ended[i].length,
    stillInStage: running[i],
  }));
}

/** The stage whose ended stays are longest (by median; the earlier stage on a tie), or null when no stay ended. */
export function slowestStage(times: readonly StageTime[]): StageTime | null {
  let slowest: StageTime | null = null;
  for (const time of times) if (time.medianDays !== null && (slowest === null || time.medianDays > slowest.medianDays!)) slowest = time;
  return slowest;
}

export function stageTimeTable(history: Grid, pipeline: Pipeline, locale: Locale): (string | number)[][] {
  const stays = readHistory(history, pipeline, () => new StayCounter(pipeline.won.index)).sink.stays();
  const rows = stageTimesOf(stays, pipeline).map((t) =>
    t.medianDays !== null ? [t.stage, t.medianDays, t.stays, t.stillInStage] : [t.stage, '', '', t.stillInStage],
  );
  return [labels(locale, 'colStage', 'colMedianDays', 'colStays', 'colStillInStage'), ...rows];
}
