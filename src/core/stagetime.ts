// STAGETIME: where prospects wait — per ordinary stage, the median of ended stays, how many ended, how many still run.
import type { Grid } from './grid';
import { readHistoryLog, staysOf } from './history-log';
import { labels } from './localized-error';
import type { Pipeline } from './pipeline';
import { median } from './stats';
import type { Locale } from './types';

export function stageTimeTable(history: Grid, pipeline: Pipeline, locale: Locale): (string | number)[][] {
  const { ended, running } = staysOf(readHistoryLog(history, pipeline), pipeline);
  const rows = pipeline.steps
    .slice(0, pipeline.won.index)
    .map((stage, i) => (ended[i].length > 0 ? [stage.name, median(ended[i]), ended[i].length, running[i]] : [stage.name, '', '', running[i]]));
  return [labels(locale, 'colStage', 'colMedianDays', 'colStays', 'colStillInStage'), ...rows];
}
