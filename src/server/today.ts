// The Today view: overdue and due follow-ups, stalled prospects and open prospects with no next step, mine first.
import { dayKeyOf } from '../core/calendar-day';
import { enteredStage, historyKey, sidebarLog } from '../core/history';
import { nameKey } from '../core/names';
import { cellOf, textOfCell } from '../core/prospect-row';
import type { StageEntry } from '../core/prospect-state';
import { isMine, todayList, type OwnerMatch, type TodayEntry, type TodayKind } from '../core/today';
import { readHistoryFigures } from '../sheets/history-tail';
import { activeUserEmail } from '../sheets/lock';
import { readMyName, saveMyName } from '../sheets/my-name';
import { FIRST_PROSPECT_ROW, readProspectColumns } from '../sheets/prospect-rows';
import type { TodayItem, TodayRequest, TodayView } from './api';
import { Context, currentSetup, pipelineOf, prospectsOf, spreadsheetTimeZone } from './context';
import { NAME_LIMIT, optionalBoolean, optionalText, requireObject } from './request-checks';

/** Items listed at most per section (the counts say how many there are in all). */
export const TODAY_LISTED = 25;

const zero = (): Record<TodayKind, number> => ({ overdue: 0, due: 0, stalled: 0, noNextStep: 0 });

export function getToday(context: Context, request: TodayRequest | null): TodayView {
  const asked = request === null || request === undefined ? {} : requireObject(context.t, request, 'request');
  const everyoneAsked = optionalBoolean(context.t, asked.everyone, 'everyone');
  // The copy of the setup (no range read): a view reads the prospects once and nothing it need not.
  const setup = currentSetup(context);
  const pipeline = pipelineOf(setup);
  const table = prospectsOf(context);
  const { columns } = table;
  const rows = readProspectColumns(table, [
    columns.id,
    columns.prospect,
    columns.stage,
    columns.status,
    columns.owner,
    columns.stageSince,
    columns.nextStep,
    columns.followUp,
    columns.phone,
  ]);
  const timeZone = spreadsheetTimeZone(context);
  const now = new Date();
  // Without a Stage since column, days in stage come from the log (read only then).
  let latest: ((id: string, name: string) => StageEntry | undefined) | undefined;
  if (columns.stageSince < 0) {
    const entered = enteredStage(sidebarLog(readHistoryFigures(context.services), pipeline));
    latest = (id, name) => entered.get(historyKey(id, name));
  }
  const picked = readMyName(context.services);
  const email = activeUserEmail(context.services);
  const me: OwnerMatch | null = picked ? { name: picked } : email ? { email } : null;
  const list = todayList(rows, FIRST_PROSPECT_ROW, {
    columns,
    pipeline,
    stallDays: new Map(setup.map((s) => [nameKey(s.name), s.stallDays])),
    today: dayKeyOf(now, timeZone),
    timeZone,
    now,
    me,
    latest,
  });
  const mineCounts = zero();
  for (const entry of list.entries) if (entry.mine) mineCounts[entry.kind]++;
  const owners =
    columns.owner >= 0 ? [...new Set(rows.map((row) => textOfCell(row[columns.owner])).filter(Boolean))].sort((a, b) => a.localeCompare(b)) : [];
  // An email that owns no row tells nothing: the user is asked to pick their name, and sees everyone's meanwhile.
  const known = picked !== null || (me !== null && owners.some((owner) => isMine(owner, me)));
  const everyone = everyoneAsked || !known;
  const shown = everyone ? list.entries : list.entries.filter((entry) => entry.mine);
  const counts = everyone ? list.counts : mineCounts;
  const listed = zero();
  const items: TodayItem[] = [];
  for (const entry of shown) {
    if (listed[entry.kind]++ >= TODAY_LISTED) continue;
    items.push(itemOf(entry, rows[entry.row - FIRST_PROSPECT_ROW], columns.phone));
  }
  return {
    today: dayKeyOf(now, timeZone),
    me: known ? (picked ?? email) : null,
    mePicked: picked !== null,
    everyone,
    owners,
    counts,
    mineCounts: known ? mineCounts : zero(),
    items,
    columns: { nextStep: columns.nextStep >= 0, followUp: columns.followUp >= 0, owner: columns.owner >= 0, phone: columns.phone >= 0 },
    unreadableDates: list.unreadableDates,
  };
}

function itemOf(entry: TodayEntry, row: readonly unknown[], phoneColumn: number): TodayItem {
  return { ...entry, phone: textOfCell(cellOf(row, phoneColumn)) };
}

/** Remembers which owner is "me" (the user's own properties: an action, never a document-property write). */
export function setMyName(context: Context, name: unknown): { name: string } {
  const text = optionalText(context.t, name, 'name', NAME_LIMIT).trim();
  saveMyName(context.services, text);
  return { name: text };
}
