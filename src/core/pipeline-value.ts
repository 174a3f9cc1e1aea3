// PIPELINEVALUE: the open pipeline's value weighted by each stage's chance to win.
import type { Grid } from './grid';
import type { Pipeline } from './pipeline';
import { reachedCounts, Tally, tallyProspects } from './prospects';

/**
 * Win probability per ordinary stage: the pipeline's own where filled, else learned from the data as
 * reached(won) / reached(stage) — conservative while many prospects are still open.
 */
export function stageProbabilities(tally: Tally): number[] {
  const reached = reachedCounts(tally);
  const k = tally.pipeline.won.index;
  return tally.pipeline.steps.slice(0, k).map((stage, i) => stage.probability ?? (reached[i] > 0 ? reached[k] / reached[i] : 0));
}

export function pipelineValue(prospects: Grid, values: Grid, pipeline: Pipeline): number {
  const tally = tallyProspects(prospects, pipeline, values);
  const probabilities = stageProbabilities(tally);
  return probabilities.reduce((sum, p, i) => sum + tally.openValueAt[i] * p, 0);
}
