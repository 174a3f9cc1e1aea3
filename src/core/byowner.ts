// BYOWNER: a leaderboard per owner — prospects, open, won, lost, win rate, conversion and won value.
import { checkSameRowsAs, labelAt, numberAt } from './companion';
import type { Grid } from './grid';
import { byKey, LabelGroups } from './groups';
import { labels } from './localized-error';
import type { Pipeline } from './pipeline';
import { forEachProspect, OUTCOME_LOST, OUTCOME_OPEN } from './prospects';
import type { Locale } from './types';

interface Counts {
  prospects: number;
  open: number;
  won: number;
  lost: number;
  wonValue: number;
}
const zero = (): Counts => ({ prospects: 0, open: 0, won: 0, lost: 0, wonValue: 0 });

export function byOwnerTable(prospects: Grid, owners: Grid, values: Grid | undefined, pipeline: Pipeline, locale: Locale): (string | number)[][] {
  checkSameRowsAs(prospects, owners, 'owners');
  if (values) checkSameRowsAs(prospects, values, 'values');
  const groups = new LabelGroups();
  const counts: Counts[] = [];
  const noOwner = zero();
  forEachProspect(prospects, pipeline, (r, _reached, outcome) => {
    const value = values ? numberAt(values, r, 'values') || 0 : 0;
    const group = groups.add(labelAt(owners, r, 'owners'));
    const c = group < 0 ? noOwner : (counts[group] ??= zero());
    c.prospects++;
    if (outcome === OUTCOME_OPEN) c.open++;
    else if (outcome === OUTCOME_LOST) c.lost++;
    else {
      c.won++;
      c.wonValue += value;
    }
  });
  const row = (label: string, c: Counts) => {
    const cells: (string | number)[] = [
      label,
      c.prospects,
      c.open,
      c.won,
      c.lost,
      c.won + c.lost > 0 ? c.won / (c.won + c.lost) : '',
      c.won / c.prospects,
    ];
    if (values) cells.push(c.wonValue);
    return cells;
  };
  const rank = (c: Counts) => (values ? c.wonValue : c.won);
  const rows = groups
    .groups()
    .map((g, i) => ({ ...g, c: counts[i] }))
    .sort((a, b) => rank(b.c) - rank(a.c) || byKey(a.key, b.key))
    .map((g) => row(g.label, g.c));
  if (noOwner.prospects > 0) rows.push(row(labels(locale, 'labelNoOwner')[0], noOwner));
  const header = labels(locale, 'colOwner', 'colProspects', 'colOpen', 'colWon', 'colLost', 'colWinRate', 'colConversion', 'colWonValue');
  return [values ? header : header.slice(0, 7), ...rows];
}
