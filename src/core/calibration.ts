// CALIBRATION: the win probability set per stage beside the one observed among closed prospects that reached it.
import type { Grid } from './grid';
import { labels } from './localized-error';
import type { Pipeline } from './pipeline';
import { forEachProspect, OUTCOME_OPEN, OUTCOME_WON } from './prospects';
import type { Locale } from './types';

export interface StageCalibration {
  stage: string;
  /** The pipeline's probability, or null where none is set. */
  set: number | null;
  /** Won ÷ closed among the closed prospects that reached the stage; null when none did. */
  observed: number | null;
  closed: number;
}

/** One row per ordinary stage, as CALIBRATION prints it and the sidebar's warning reads it. */
export function calibrationRows(prospects: Grid, pipeline: Pipeline): StageCalibration[] {
  const k = pipeline.won.index;
  const closedAt = new Array<number>(k + 1).fill(0);
  let won = 0;
  forEachProspect(prospects, pipeline, (_r, reached, outcome) => {
    if (outcome === OUTCOME_OPEN) return;
    closedAt[reached]++;
    if (outcome === OUTCOME_WON) won++;
  });
  // Closed prospects that reached stage i: those closed at i or beyond; every won one reached them all.
  let closed = closedAt[k];
  const reachedBy = new Array<number>(k).fill(0);
  for (let i = k - 1; i >= 0; i--) reachedBy[i] = closed += closedAt[i];
  return pipeline.steps.slice(0, k).map((stage, i) => ({
    stage: stage.name,
    set: stage.probability,
    observed: reachedBy[i] > 0 ? won / reachedBy[i] : null,
    closed: reachedBy[i],
  }));
}

export function calibrationTable(prospects: Grid, pipeline: Pipeline, locale: Locale): (string | number)[][] {
  const rows = calibrationRows(prospects, pipeline).map((row) => [row.stage, row.set ?? '', row.observed ?? '', row.closed]);
  return [labels(locale, 'colStage', 'colSet', 'colObserved', 'colClosed'), ...rows];
}

/** At least this many closed prospects before a stage's observed rate is worth a warning. */
export const CALIBRATION_MIN_CLOSED = 20;
/** The smallest gap, in fractions, between set and observed that a warning is about. */
export const CALIBRATION_MIN_GAP = 0.15;

/**
 * The stages whose set probability is far from what their closed prospects show: at least 20 closed, and observed
 * off by 15 points or more and by more than two standard errors of a win rate of `set` over that many deals (so
 * chance alone rarely raises it: 50% set, 22% observed of 40 is far; 50% and 38% of 40 is not). `firstOnly` judges
 * the first stage alone: without a Status column a lost prospect reached only the first stage, so the later stages'
 * observed rates run high.
 */
export function calibrationWarnings(rows: readonly StageCalibration[], firstOnly = false): StageCalibration[] {
  return rows.filter((row, i) => {
    if ((firstOnly && i > 0) || row.set === null || row.observed === null || row.closed < CALIBRATION_MIN_CLOSED) return false;
    const gap = Math.abs(row.observed - row.set);
    return gap >= CALIBRATION_MIN_GAP && gap > 2 * Math.sqrt((row.set * (1 - row.set)) / row.closed);
  });
}
