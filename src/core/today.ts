// The Today list: what each rep should do today, from the prospect rows: overdue, due today, stalled, no next step.
import { dayClock } from './calendar';
import { dayOfCell, daysFrom } from './calendar-day';
import type { ColumnMap } from './columns';
import { isBlank, nameKey, withoutAccents } from './names';
import type { Pipeline } from './pipeline';
import { cellOf, identityOf, outcomeOf, stageOfRow, textOfCell } from './prospect-row';
import { daysInStage, isStalled, type StageEntry } from './prospect-state';

/** The sections of the list, in the order they are shown: a prospect is listed once, in the first that applies. */
export const TODAY_KINDS = ['overdue', 'due', 'stalled', 'noNextStep'] as const;
export type TodayKind = (typeof TODAY_KINDS)[number];

export interface TodayEntry {
  kind: TodayKind;
  row: number;
  id: string;
  name: string;
  stage: string;
  owner: string;
  nextStep: string;
  /** The follow-up day ("YYYY-MM-DD"), or "" when none. */
  followUp: string;
  /** Overdue: days past the follow-up date; stalled: days in stage; otherwise 0. */
  days: number;
  /** Stalled: the stage's stall limit. */
  stallDays: number | null;
  mine: boolean;
}

export interface TodayRules {
  columns: ColumnMap;
  pipeline: Pipeline;
  /** Stall limit per stage key. */
  stallDays: ReadonlyMap<string, number | null>;
  /** The day it is in the spreadsheet's time zone. */
  today: string;
  timeZone: string;
  now: Date;
  /** Who "mine" is: an owner name, an email, or null when unknown (then nothing is mine). */
  me: OwnerMatch | null;
  /** The prospect's newest Stage History entry, where the log was read (for sheets without a Stage since column). */
  latest?: (id: string, name: string) => StageEntry | undefined;
}

export interface TodayList {
  /** Every entry, in section order, mine first within a section. */
  entries: TodayEntry[];
  counts: Record<TodayKind, number>;
  /** Follow-up cells holding something that is not a date (they are in no section, and the view says so). */
  unreadableDates: number;
}

/** Who the user is, to tell their prospects: a name picked once, or their email. */
export interface OwnerMatch {
  name?: string;
  email?: string;
}

const ownerKey = (text: string) => withoutAccents(nameKey(text));

/**
 * True when an owner cell names the user: the name they picked (case and accents ignored), their email, or the
 * email's name part ("lan" in lan@dealer.vn, also "Lan Nguyen" for lan.nguyen@…).
 */
export function isMine(owner: string, me: OwnerMatch | null): boolean {
  if (!me || isBlank(owner)) return false;
  const key = ownerKey(owner);
  if (me.name && ownerKey(me.name) === key) return true;
  if (!me.email) return false;
  const email = ownerKey(me.email);
  if (key === email) return true;
  const local = email
    .split('@')[0]
    .replace(/[._-]+/g, ' ')
    .trim();
  return local !== '' && key === local;
}

function sortWithin(kind: TodayKind, a: TodayEntry, b: TodayEntry): number {
  if (a.mine !== b.mine) return a.mine ? -1 : 1;
  // The longest overdue or stalled first; otherwise the sheet's order.
  if (kind === 'overdue' || kind === 'stalled') {
    const over = (e: TodayEntry) => (kind === 'stalled' ? e.days - (e.stallDays ?? 0) : e.days);
    if (over(a) !== over(b)) return over(b) - over(a);
  }
  return a.row - b.row;
}

/**
 * The list from rows as read (row i is sheet row `firstRow + i`, cells at the sheet's column positions). Follow-ups
 * count whatever the prospect's outcome (an after-sale call is a follow-up too); stalled and "no next step" are
 * about open prospects only. Rows without a name or ID, and rows whose stage is not in the pipeline, are left out
 * of the stalled and "no next step" sections (Check lists those).
 */
export function todayList(rows: readonly (readonly unknown[])[], firstRow: number, rules: TodayRules): TodayList {
  const clock = dayClock(rules.timeZone);
  const { columns, pipeline, today, timeZone } = rules;
  const counts: Record<TodayKind, number> = { overdue: 0, due: 0, stalled: 0, noNextStep: 0 };
  const entries: TodayEntry[] = [];
  let unreadableDates = 0;
  rows.forEach((row, i) => {
    const { id, name } = identityOf(row, columns);
    if (!id && !name) return;
    const followCell = cellOf(row, columns.followUp);
    const followUp = dayOfCell(followCell, timeZone);
    if (followUp === null && !isBlank(followCell)) unreadableDates++;
    const stage = stageOfRow(row, columns, pipeline);
    const outcome = outcomeOf(row, columns, pipeline);
    const nextStep = textOfCell(cellOf(row, columns.nextStep));
    const owner = textOfCell(cellOf(row, columns.owner));
    const base = {
      row: firstRow + i,
      id,
      name,
      stage: stage?.name ?? textOfCell(cellOf(row, columns.stage)),
      owner,
      nextStep,
      followUp: followUp ?? '',
      stallDays: null,
      mine: isMine(owner, rules.me),
    };
    let entry: TodayEntry | null = null;
    const late = followUp === null ? null : daysFrom(followUp, today);
    // A lost prospect's date is a reminder the user set (call again in 90 days): it counts like any other.
    if (late !== null && late > 0) entry = { ...base, kind: 'overdue', days: late };
    else if (late === 0) entry = { ...base, kind: 'due', days: 0 };
    else if (stage && outcome === 'open' && stage.kind === 'stage') {
      const limit = rules.stallDays.get(stage.key) ?? null;
      const days = daysInStage(cellOf(row, columns.stageSince), rules.latest?.(id, name), stage.name, rules.now, clock);
      if (isStalled(stage, outcome, days, limit)) entry = { ...base, kind: 'stalled', days: days as number, stallDays: limit };
      else if (columns.nextStep >= 0 && isBlank(nextStep) && followUp === null) entry = { ...base, kind: 'noNextStep', days: 0 };
    }
    if (!entry) return;
    counts[entry.kind]++;
    entries.push(entry);
  });
  const order = new Map(TODAY_KINDS.map((kind, i) => [kind, i]));
  entries.sort((a, b) => (order.get(a.kind) as number) - (order.get(b.kind) as number) || sortWithin(a.kind, a, b));
  return { entries, counts, unreadableDates };
}
