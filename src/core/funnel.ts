// FUNNEL: one row per step with how many reached it, how many are there now, and the conversion rates.
import type { Grid } from './grid';
import type { Pipeline } from './pipeline';
import { reachedCounts, tallyProspects } from './prospects';
import { labels } from './localized-error';
import type { Locale } from './types';

export interface FunnelRow {
  stage: string;
  reached: number;
  now: number;
  /** null where the divisor is 0. */
  stepRate: number | null;
  overallRate: number | null;
  value: number;
}

/** The funnel as data (the sidebar draws it); values, when given, sum the value of the prospects in Now. */
export function funnelRows(prospects: Grid, pipeline: Pipeline, values?: Grid): FunnelRow[] {
  const tally = tallyProspects(prospects, pipeline, values);
  const reached = reachedCounts(tally);
  const k = pipeline.won.index;
  return pipeline.steps.map((stage, i) => ({
    stage: stage.name,
    reached: reached[i],
    now: i === k ? tally.won : tally.openAt[i],
    stepRate: i === 0 ? (reached[0] > 0 ? 1 : null) : reached[i - 1] > 0 ? reached[i] / reached[i - 1] : null,
    overallRate: reached[0] > 0 ? reached[i] / reached[0] : null,
    value: i === k ? tally.wonValue : tally.openValueAt[i],
  }));
}

/** The FUNNEL table as it spills into the sheet: a header row, then one row per step; "" where a rate is undefined. */
export function funnelTable(prospects: Grid, pipeline: Pipeline, values?: Grid, locale: Locale = 'en'): (string | number)[][] {
  const header = labels(locale, 'colStage', 'colReached', 'colNow', 'colStepRate', 'colOverallRate', 'colValue').slice(0, values ? 6 : 5);
  const rows = funnelRows(prospects, pipeline, values).map((row) => {
    const cells: (string | number)[] = [row.stage, row.reached, row.now, row.stepRate ?? '', row.overallRate ?? ''];
    if (values) cells.push(row.value);
    return cells;
  });
  return [header, ...rows];
}
