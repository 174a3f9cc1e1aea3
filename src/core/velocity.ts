// VELOCITY: value per day = open prospects × mean won value × win rate ÷ mean cycle time.
import { checkSameRowsAs, numberAt } from './companion';
import type { Grid } from './grid';
import { Passages } from './history-log';
import { readHistory } from './history-reader';
import { fail } from './localized-error';
import { showValue } from './names';
import type { Pipeline } from './pipeline';
import { forEachProspect, OUTCOME_LOST, OUTCOME_OPEN, OUTCOME_WON } from './prospects';
import { mean } from './stats';

export function velocity(prospects: Grid, values: Grid, history: Grid, pipeline: Pipeline): number {
  return velocityOf(prospects, values, (from, to) => readHistory(history, pipeline, () => new Passages(from, to)).sink.days(), pipeline);
}

/**
 * VELOCITY, with the days of the history's passages from `cycleDays` (CYCLETIME's; the sidebar's from its lenient
 * log), asked for only once the sheet's factors are known.
 */
export function velocityOf(prospects: Grid, values: Grid, cycleDays: (from: number, to: number) => number[], pipeline: Pipeline): number {
  checkSameRowsAs(prospects, values, 'values');
  let open = 0;
  let won = 0;
  let lost = 0;
  let wonWithValue = 0;
  let wonValue = 0;
  forEachProspect(prospects, pipeline, (r, _reached, outcome) => {
    const value = numberAt(values, r, 'values');
    if (outcome === OUTCOME_OPEN) open++;
    else if (outcome === OUTCOME_LOST) lost++;
    else if (outcome === OUTCOME_WON) {
      won++;
      if (!isNaN(value)) {
        wonWithValue++;
        wonValue += value;
      }
    }
  });
  if (won + lost === 0) throw fail('errVelocityNothingClosed');
  if (wonWithValue === 0) throw fail('errVelocityNoWonValue');
  const first = pipeline.steps[0];
  const days = cycleDays(first.index, pipeline.won.index);
  if (days.length === 0) throw fail('errVelocityNoCycle', { from: showValue(first.name), to: showValue(pipeline.won.name) });
  const cycle = mean(days);
  if (cycle === 0) throw fail('errVelocityZeroCycle');
  return (open * (wonValue / wonWithValue) * (won / (won + lost))) / cycle;
}
