// CALIBRATION: the win probability set per stage beside the one observed among closed prospects that reached it.
import type { Grid } from './grid';
import { labels } from './localized-error';
import type { Pipeline } from './pipeline';
import { forEachProspect, OUTCOME_OPEN, OUTCOME_WON } from './prospects';
import type { Locale } from './types';

export function calibrationTable(prospects: Grid, pipeline: Pipeline, locale: Locale): (string | number)[][] {
  const k = pipeline.won.index;
  const closedAt = new Array<number>(k + 1).fill(0);
  let won = 0;
  forEachProspect(prospects, pipeline, (_r, reached, outcome) => {
    if (outcome === OUTCOME_OPEN) return;
    closedAt[reached]++;
    if (outcome === OUTCOME_WON) won++;
  });
  // Closed prospects that reached stage i: those closed at i or beyond; every won one reached them all.
  const rows: (string | number)[][] = [];
  let closed = closedAt[k];
  const reachedBy = new Array<number>(k).fill(0);
  for (let i = k - 1; i >= 0; i--) reachedBy[i] = closed += closedAt[i];
  pipeline.steps.slice(0, k).forEach((stage, i) => {
    rows.push([stage.name, stage.probability ?? '', reachedBy[i] > 0 ? won / reachedBy[i] : '', reachedBy[i]]);
  });
  return [labels(locale, 'colStage', 'colSet', 'colObserved', 'colClosed'), ...rows];
}
