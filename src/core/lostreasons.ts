// LOSTREASONS: why deals are lost — lost prospects per reason, most frequent first, with their share and value.
import { checkSameRowsAs, labelAt, numberAt } from './companion';
import type { Grid } from './grid';
import { byKey, LabelGroups } from './groups';
import { labels } from './localized-error';
import type { Pipeline } from './pipeline';
import { forEachProspect, OUTCOME_LOST } from './prospects';
import type { Locale } from './types';

export function lostReasonsTable(
  prospects: Grid,
  reasons: Grid,
  values: Grid | undefined,
  pipeline: Pipeline,
  locale: Locale,
): (string | number)[][] {
  checkSameRowsAs(prospects, reasons, 'reasons');
  if (values) checkSameRowsAs(prospects, values, 'values');
  const groups = new LabelGroups();
  const lostIn: number[] = [];
  const valueIn: number[] = [];
  let noReason = 0;
  let noReasonValue = 0;
  let lost = 0;
  forEachProspect(prospects, pipeline, (r, _reached, outcome) => {
    const value = values ? numberAt(values, r, 'values') || 0 : 0;
    if (outcome !== OUTCOME_LOST) return; // other rows' reasons are not read
    lost++;
    const group = groups.add(labelAt(reasons, r, 'reasons'));
    if (group < 0) {
      noReason++;
      noReasonValue += value;
      return;
    }
    lostIn[group] = (lostIn[group] ?? 0) + 1;
    valueIn[group] = (valueIn[group] ?? 0) + value;
  });
  const header = labels(locale, 'colReason', 'colLost', 'colShare', 'colValue');
  const row = (label: string, count: number, value: number) => (values ? [label, count, count / lost, value] : [label, count, count / lost]);
  const rows = groups
    .groups()
    .map((g, i) => ({ ...g, i }))
    .sort((a, b) => lostIn[b.i] - lostIn[a.i] || byKey(a.key, b.key))
    .map((g) => row(g.label, lostIn[g.i], valueIn[g.i]));
  if (noReason > 0) rows.push(row(labels(locale, 'labelNoReason')[0], noReason, noReasonValue));
  return [values ? header : header.slice(0, 3), ...rows];
}
