// Builds what the sidebar shows for one prospect row, from values already read.
import { dayOfCell } from '../core/calendar-day';
import type { ColumnMap } from '../core/columns';
import { isBlank, nameKey } from '../core/names';
import type { Pipeline } from '../core/pipeline';
import { missingExitCriteria } from '../core/exit-criteria';
import { cellOf, textOfCell, identityOf, outcomeOf, stageOfRow } from '../core/prospect-row';
import { daysInStage, isStalled, lostWithoutReason, movedWithout, nextStage, type StageEntry } from '../core/prospect-state';
import type { Locale, StageSetup } from '../core/types';
import type { DayClock } from '../core/calendar';
import type { ProspectView } from './api';

export interface RowReader {
  columns: ColumnMap;
  headers: readonly string[];
  pipeline: Pipeline;
  setupByKey: ReadonlyMap<string, StageSetup>;
  now: Date;
  clock: DayClock;
  locale: Locale;
  /** The spreadsheet's time zone, for the follow-up day; null where the caller does not show it. */
  timeZone: string | null;
}

export function rowReader(
  columns: ColumnMap,
  headers: readonly string[],
  pipeline: Pipeline,
  setup: readonly StageSetup[],
  locale: Locale,
  clock: DayClock,
  now = new Date(),
  timeZone: string | null = null,
): RowReader {
  return { columns, headers, pipeline, setupByKey: new Map(setup.map((s) => [nameKey(s.name), s])), now, clock, locale, timeZone };
}

/** The follow-up cell as a day, or what it holds when that is not a date. */
function followUpOf(cell: unknown, timeZone: string | null): { followUp: string; followUpUnreadable: string } {
  const day = timeZone === null ? null : dayOfCell(cell, timeZone);
  if (day !== null) return { followUp: day, followUpUnreadable: '' };
  return { followUp: '', followUpUnreadable: timeZone === null || isBlank(cell) ? '' : textOfCell(cell) };
}

// One formatter per language: toLocaleString builds a new one per call, which dominated a 10,000-row selection.
const valueFormats = new Map<Locale, Intl.NumberFormat>();

/** A value as the user writes numbers: 2,190,000,000 in English, 2.190.000.000 in Vietnamese. */
function valueText(cell: unknown, locale: Locale): string {
  if (typeof cell !== 'number') return textOfCell(cell);
  let format = valueFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-US', { maximumFractionDigits: 2 });
    valueFormats.set(locale, format);
  }
  return format.format(cell);
}

/** `latest`: the prospect's newest Stage History entry, where the caller read the log (the days fall back on it). */
export function prospectView(reader: RowReader, row: readonly unknown[], rowNumber: number, latest?: StageEntry): ProspectView {
  const { columns, pipeline } = reader;
  const stage = stageOfRow(row, columns, pipeline);
  const { id, name } = identityOf(row, columns);
  const stageName = stage?.name ?? textOfCell(cellOf(row, columns.stage));
  const status = outcomeOf(row, columns, pipeline);
  const days = daysInStage(cellOf(row, columns.stageSince), latest, stageName, reader.now, reader.clock);
  const setup = stage ? reader.setupByKey.get(stage.key) : undefined;
  return {
    row: rowNumber,
    id,
    name,
    stage: stageName,
    status,
    owner: textOfCell(cellOf(row, columns.owner)),
    value: valueText(cellOf(row, columns.value), reader.locale),
    daysInStage: days,
    stalled: isStalled(stage, status, days, setup?.stallDays),
    nextStage: nextStage(pipeline, stage)?.name ?? null,
    missingExitCriteria: stage ? missingExitCriteria(row, reader.headers, columns, setup) : [],
    stageKnown: stage !== undefined,
    movedWithout: movedWithout(row, reader.headers, columns, pipeline, reader.setupByKey),
    lostWithoutReason: lostWithoutReason(row, columns, pipeline),
    nextStep: textOfCell(cellOf(row, columns.nextStep)),
    ...followUpOf(cellOf(row, columns.followUp), reader.timeZone),
  };
}

/** True when a row holds nothing at all (a blank row inside a selection). */
export function isEmptyRow(row: readonly unknown[]): boolean {
  return row.every((cell) => cell === '' || cell === null || cell === undefined);
}
