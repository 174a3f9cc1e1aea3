// WINRATE: won / (won + lost) over the closed prospects.
import { fail } from './localized-error';
import type { Grid } from './grid';
import type { Pipeline } from './pipeline';
import { tallyProspects } from './prospects';

export function winRate(prospects: Grid, pipeline: Pipeline): number {
  const { won, lost } = tallyProspects(prospects, pipeline);
  if (won + lost === 0) throw fail('errNothingClosed');
  return won / (won + lost);
}
