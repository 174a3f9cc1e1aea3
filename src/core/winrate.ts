// WINRATE: won / (won + lost) over the closed prospects.
import { StagecoachError } from './errors';
import type { Grid } from './grid';
import type { Pipeline } from './pipeline';
import { tallyProspects } from './prospects';

export function winRate(prospects: Grid, pipeline: Pipeline): number {
  const { won, lost } = tallyProspects(prospects, pipeline);
  if (won + lost === 0) {
    throw new StagecoachError('No prospect is closed yet (won or lost), so there is no win rate. It appears once a prospect is won or lost.');
  }
  return won / (won + lost);
}
