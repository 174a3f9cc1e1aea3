// CONVERSION: the share of prospects that reached one stage which went on to reach another.
import { fail } from './localized-error';
import { showValue } from './names';
import type { Grid } from './grid';
import type { Pipeline } from './pipeline';
import { reachedCounts, tallyProspects } from './prospects';
import { findStep } from './stages';

/** reached(to) / reached(from); from defaults to the first stage, to the won stage. */
export function conversion(prospects: Grid, pipeline: Pipeline, fromName?: unknown, toName?: unknown): number {
  const from = fromName === undefined ? pipeline.steps[0] : findStep(pipeline, fromName, 'from_stage');
  const to = toName === undefined ? pipeline.won : findStep(pipeline, toName, 'to_stage');
  if (from.index > to.index) throw fail('errFromAfterTo', { from: showValue(from.name), to: showValue(to.name) });
  const reached = reachedCounts(tallyProspects(prospects, pipeline));
  if (reached[from.index] === 0) throw fail('errNothingReached', { stage: showValue(from.name) });
  return reached[to.index] / reached[from.index];
}
