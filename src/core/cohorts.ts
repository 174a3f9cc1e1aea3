// COHORTS: what became of each month's new prospects — how many, how many reached a stage, how many are still open.
import { checkSameRowsAs, dateAt } from './companion';
import type { Grid } from './grid';
import { labels } from './localized-error';
import { monthClock } from './months';
import type { Pipeline } from './pipeline';
import { forEachProspect, OUTCOME_OPEN } from './prospects';
import { findStep } from './stages';
import type { Locale } from './types';

interface Cohort {
  prospects: number;
  reached: number;
  open: number;
}

export function cohortsTable(
  prospects: Grid,
  created: Grid,
  pipeline: Pipeline,
  toName: unknown,
  locale: Locale,
  timeZone: string,
): (string | number | Date)[][] {
  const to = toName === undefined ? pipeline.won : findStep(pipeline, toName, 'to_stage');
  checkSameRowsAs(prospects, created, 'created');
  const clock = monthClock(timeZone);
  const byMonth = new Map<number, Cohort>();
  const undated: Cohort = { prospects: 0, reached: 0, open: 0 };
  forEachProspect(prospects, pipeline, (r, reached, outcome) => {
    const at = dateAt(created, r, 'created');
    let cohort = undated;
    if (!isNaN(at)) {
      const month = clock.monthOf(at);
      cohort = byMonth.get(month) ?? { prospects: 0, reached: 0, open: 0 };
      if (cohort.prospects === 0) byMonth.set(month, cohort);
    }
    cohort.prospects++;
    if (reached >= to.index) cohort.reached++;
    if (outcome === OUTCOME_OPEN) cohort.open++;
  });
  const row = (label: string | Date, c: Cohort) => [label, c.prospects, c.reached, c.reached / c.prospects, c.open];
  const rows = [...byMonth.keys()].sort((a, b) => a - b).map((month) => row(clock.monthStart(month), byMonth.get(month)!));
  if (undated.prospects > 0) rows.push(row(labels(locale, 'labelNoDate')[0], undated));
  return [labels(locale, 'colMonth', 'colProspects', 'colReached', 'colConversion', 'colOpen'), ...rows];
}
