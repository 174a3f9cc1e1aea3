// FORECAST: the open pipeline by expected close month — deals, value, and value weighted as PIPELINEVALUE weighs it.
import { checkSameRowsAs, dateAt, numberAt } from './companion';
import type { Grid } from './grid';
import { labels } from './localized-error';
import { monthClock } from './months';
import type { Pipeline } from './pipeline';
import { stageProbabilities } from './pipeline-value';
import { forEachProspect, OUTCOME_OPEN, OUTCOME_WON, Tally } from './prospects';
import type { Locale } from './types';

/** Per close month (or none): open deals and their value per ordinary stage, weighted once the probabilities are known. */
interface Bucket {
  deals: number;
  valueAt: number[];
}

export function forecastTable(
  prospects: Grid,
  values: Grid,
  closeDates: Grid,
  pipeline: Pipeline,
  locale: Locale,
  timeZone: string,
): (string | number | Date)[][] {
  checkSameRowsAs(prospects, values, 'values');
  checkSameRowsAs(prospects, closeDates, 'close_dates');
  const clock = monthClock(timeZone);
  const k = pipeline.won.index;
  const reachedExactly = new Array<number>(k + 1).fill(0);
  const newBucket = (): Bucket => ({ deals: 0, valueAt: new Array<number>(k).fill(0) });
  const byMonth = new Map<number, Bucket>();
  const undated = newBucket();
  let won = 0;
  forEachProspect(prospects, pipeline, (r, reached, outcome) => {
    reachedExactly[reached]++;
    if (outcome === OUTCOME_WON) won++;
    const value = numberAt(values, r, 'values');
    const at = dateAt(closeDates, r, 'close_dates');
    if (outcome !== OUTCOME_OPEN) return;
    let bucket = undated;
    if (!isNaN(at)) {
      const month = clock.monthOf(at);
      bucket = byMonth.get(month) ?? newBucket();
      if (bucket.deals === 0) byMonth.set(month, bucket);
    }
    bucket.deals++;
    if (!isNaN(value)) bucket.valueAt[reached] += value;
  });
  // The same probabilities as PIPELINEVALUE: the pipeline's, else learned from how far these prospects got.
  const tally = { pipeline, reachedExactly, won } as Pick<Tally, 'pipeline' | 'reachedExactly' | 'won'> as Tally;
  const p = stageProbabilities(tally);
  const total = { deals: 0, value: 0, weighted: 0 };
  const row = (label: string | Date, bucket: Bucket) => {
    let value = 0;
    let weighted = 0;
    bucket.valueAt.forEach((v, i) => {
      value += v;
      weighted += v * p[i];
    });
    total.deals += bucket.deals;
    total.value += value;
    total.weighted += weighted;
    return [label, bucket.deals, value, weighted];
  };
  const rows = [...byMonth.keys()].sort((a, b) => a - b).map((month) => row(clock.monthStart(month), byMonth.get(month)!));
  if (undated.deals > 0) rows.push(row(labels(locale, 'labelNoDate')[0], undated));
  rows.push([labels(locale, 'labelTotal')[0], total.deals, total.value, total.weighted]);
  return [labels(locale, 'colMonth', 'colDeals', 'colValue', 'colWeighted'), ...rows];
}
