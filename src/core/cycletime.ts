// CYCLETIME: days from reaching one stage to reaching another, over the prospects the history saw make that passage.
import type { Grid } from './grid';
import { HistoryLog, Passages, replay } from './history-log';
import { readHistory } from './history-reader';
import { fail, shown } from './localized-error';
import { isBlank, nameKey, showValue } from './names';
import type { Pipeline, Stage } from './pipeline';
import { findStep } from './stages';
import { mean, median } from './stats';

const STATISTICS = new Map(
  [
    ['median', median],
    ['trung vị', median],
    ['mean', mean],
    ['trung bình', mean],
  ].map(([word, f]) => [nameKey(word as string), f as typeof median]),
);

export function readStatistic(value: unknown): typeof median {
  if (value === undefined || isBlank(value)) return median;
  const statistic = typeof value === 'string' ? STATISTICS.get(nameKey(value)) : undefined;
  if (!statistic) throw fail('errStatistic', { value: shown(value) });
  return statistic;
}

/** from_stage and to_stage as CONVERSION reads them: defaults first stage and won; from may not come after to. */
export function readPassage(pipeline: Pipeline, fromName: unknown, toName: unknown): { from: Stage; to: Stage } {
  const from = fromName === undefined ? pipeline.steps[0] : findStep(pipeline, fromName, 'from_stage');
  const to = toName === undefined ? pipeline.won : findStep(pipeline, toName, 'to_stage');
  if (from.index > to.index) throw fail('errFromAfterTo', { from: showValue(from.name), to: showValue(to.name) });
  return { from, to };
}

/** Days of every observed passage in a log read already (see Passages). */
export function passageDays(log: HistoryLog, from: number, to: number): number[] {
  return replay(log, new Passages(from, to)).days();
}

export function cycleTime(history: Grid, pipeline: Pipeline, fromName?: unknown, toName?: unknown, statistic?: unknown): number {
  const { from, to } = readPassage(pipeline, fromName, toName);
  const average = readStatistic(statistic);
  const days = readHistory(history, pipeline, () => new Passages(from.index, to.index)).sink.days();
  if (days.length === 0) throw fail('errNoPassage', { from: showValue(from.name), to: showValue(to.name) });
  return average(days);
}
