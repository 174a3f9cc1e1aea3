// Moves prospects along the pipeline: lock, re-read, check each row still holds the selected prospect, write, log.
import { nameKey, isBlank } from '../core/names';
import type { Pipeline, Stage } from '../core/pipeline';
import type { ColumnMap } from '../core/columns';
import { StagecoachError } from '../core/errors';
import { missingExitCriteria } from '../core/exit-criteria';
import { cellOf, textOfCell, identityOf, outcomeOf, stageOfRow } from '../core/prospect-row';
import { nextStage } from '../core/prospect-state';
import type { HistoryRecord } from '../core/history';
import { identityProblem, indexIdentities } from '../core/identity';
import type { StageSetup } from '../core/types';
import { serverText } from '../i18n/messages';
import { asCellText } from '../sheets/cell-text';
import { writeColumnCells } from '../sheets/column-writes';
import { appendHistory } from '../sheets/history-sheet';
import { statusWordsLocale } from '../sheets/settings';
import { lastProspectRow, readIdentities, readRows } from '../sheets/prospect-rows';
import type { HeldBack, MoveAction, MoveRequest, MoveResult, ProspectRef } from './api';
import { Context, currentSetup, currentUser, knownTimeZone, pipelineOf, prospectsOf, refuse, saveFreshCopies, withDocumentLock } from './context';
import { identityMessage } from './identity-message';
import { prospectRefs } from './prospect-refs';
import { errorText, writeInOrder } from './ordered-writes';
import { prospectView, rowReader } from './prospect-view';
import { checkCellText, NAME_LIMIT, optionalBoolean, optionalText, requireObject, TYPED_TEXT_LIMIT } from './request-checks';

interface Change {
  ref: ProspectRef;
  row: unknown[];
  from: Stage;
  /** New stage cell text, or null to leave it. */
  stage: Stage | null;
  /** New status word, or null to leave it. */
  status: string | null;
  reason: string | null;
  /** Leaves its stage forward (or wins): the stage's exit criteria apply. */
  forward: boolean;
}

type Cell = 'stage' | 'status' | 'lostReason' | 'stageSince';
const CELL_LABEL = { status: 'cellStatus', lostReason: 'cellLostReason', stageSince: 'cellStageSince' } as const;

interface Planner {
  t: Context['t'];
  /** Status words in the language of the status column's dropdown. */
  words: Context['t'];
  pipeline: Pipeline;
  columns: ColumnMap;
}

/** Decides what a move does to one prospect, or refuses with a message for the user. */
function plan({ t, words, pipeline, columns }: Planner, action: MoveAction, ref: ProspectRef, row: unknown[], from: Stage): Change {
  const hasStatus = columns.status >= 0;
  const outcome = outcomeOf(row, columns, pipeline);
  const name = ref.name || ref.id;
  const firstLost = pipeline.lost[0];
  const toLost = (stage: Stage | null, reason: string): Change => {
    if (hasStatus) {
      // A won stage cannot carry a lost status: such a prospect goes to a lost stage.
      const target = from.kind === 'won' ? (stage ?? firstLost ?? refuse(t('noLostStage'))) : stage;
      return { ref, row, from, stage: target, status: words('statusLost'), reason, forward: false };
    }
    return { ref, row, from, stage: stage ?? firstLost ?? refuse(t('noLostStage')), status: null, reason, forward: false };
  };
  const toStage = (target: Stage): Change => {
    if (target.kind === 'won') {
      return {
        ref,
        row,
        from,
        stage: from.kind === 'won' ? null : target,
        status: hasStatus ? words('statusWon') : null,
        reason: null,
        forward: from.kind === 'stage',
      };
    }
    if (target.kind === 'lost') return toLost(target, '');
    const forward = from.kind === 'stage' && target.index > from.index;
    return { ref, row, from, stage: target, status: hasStatus && outcome !== 'open' ? words('statusOpen') : null, reason: null, forward };
  };
  switch (action.kind) {
    case 'advance': {
      if (outcome === 'won') refuse(t('alreadyWon', { name }));
      if (outcome === 'lost' || from.kind === 'lost') refuse(t('closedCannotAdvance', { name }));
      return toStage(nextStage(pipeline, from) ?? refuse(t('alreadyWon', { name })));
    }
    case 'move': {
      const target = pipeline.byKey.get(nameKey(action.stage));
      if (!target) refuse(t('unknownStage', { stage: action.stage }));
      return toStage(target);
    }
    case 'won':
      if (outcome === 'won') refuse(t('alreadyWon', { name }));
      return toStage(pipeline.won);
    case 'lost': {
      const reason = action.reason.trim();
      if (!reason) refuse(t('reasonRequired'));
      return toLost(null, reason);
    }
  }
}

/** The exit criteria a change leaves empty: none unless it leaves its stage forward. */
function criteriaLeftEmpty(change: Change, headers: readonly string[], columns: ColumnMap, setupByKey: ReadonlyMap<string, StageSetup>): string[] {
  return change.forward ? missingExitCriteria(change.row, headers, columns, setupByKey.get(change.from.key)) : [];
}

/** The message for changes held back by their exit criteria (the user may confirm and resend them with force). */
function missingCriteriaMessage(context: Context, held: { change: Change; missing: string[] }[]): string {
  const blocked = new Map<string, { missing: Set<string>; names: string[] }>();
  for (const { change, missing } of held) {
    const entry = blocked.get(change.from.name) ?? { missing: new Set<string>(), names: [] };
    missing.forEach((m) => entry.missing.add(m));
    entry.names.push(change.ref.name || change.ref.id);
    blocked.set(change.from.name, entry);
  }
  const [[stage, { missing, names }]] = blocked;
  const shown = names.length > 3 ? `${names.slice(0, 3).join(', ')}…` : names.join(', ');
  return context.t(names.length === 1 ? 'exitCriteriaMissingOne' : 'exitCriteriaMissing', {
    stage,
    missing: [...missing].join(', '),
    count: names.length,
    names: shown,
  });
}

function normaliseAction(context: Context, raw: unknown): MoveAction {
  const { t } = context;
  const action = (typeof raw === 'object' && raw !== null ? raw : {}) as { kind?: unknown; stage?: unknown; reason?: unknown };
  switch (action.kind) {
    case 'advance':
      return { kind: 'advance' };
    case 'won':
      return { kind: 'won' };
    case 'move':
      return { kind: 'move', stage: optionalText(t, action.stage, 'action.stage', NAME_LIMIT) };
    case 'lost': {
      const reason = optionalText(t, action.reason, 'action.reason', TYPED_TEXT_LIMIT);
      checkCellText(t, reason.trim(), t('fieldLostReason'));
      return { kind: 'lost', reason };
    }
    default:
      return refuse(t('unknownAction'));
  }
}

/** Stage History's note: the lost reason and the user's note in one cell. */
function historyNote(reason: string | null, note: string): string {
  return [reason ?? '', note].filter((s) => !isBlank(s)).join(' · ');
}

export function moveProspects(context: Context, request: MoveRequest): MoveResult {
  const { t } = context;
  // Everything sent is checked before the first read or write, texts against the cells they will be written to.
  if (request === undefined || request === null) refuse(t('nothingSelected'));
  const fields = requireObject(t, request, 'request');
  const refs = prospectRefs(context, fields.prospects);
  if (refs.length === 0) refuse(t('nothingSelected'));
  const action = normaliseAction(context, fields.action);
  const note = optionalText(t, fields.note, 'note', TYPED_TEXT_LIMIT).trim();
  checkCellText(t, note, t('fieldNote'));
  checkCellText(t, historyNote(action.kind === 'lost' ? action.reason.trim() : null, note), t('fieldHistoryNote'));
  const force = optionalBoolean(t, fields.force, 'force');
  return withDocumentLock(context, () => {
    // Fresh: Pipeline Setup may have been edited by hand, and a move must never write a stage it no longer has.
    const setup = currentSetup(context, true);
    const pipeline = pipelineOf(setup);
    const table = prospectsOf(context);
    const { sheet, columns, headers } = table;
    // A strict dropdown refuses words of the other language: statuses are written in the dropdown's.
    const words = columns.status >= 0 ? serverText(statusWordsLocale(context.services) ?? context.locale) : t;
    const planner: Planner = { t, words, pipeline, columns };
    let last = 0; // a loop, not Math.max(...rows): spreading 125,000 arguments overflows the call stack
    for (const ref of refs) last = Math.max(last, ref.row);
    if (last > lastProspectRow(table)) refuse(t('rowGone', { row: last }));
    // Only the selected rows are read, run by run (close runs together), never the span between scattered rows.
    // Far-apart runs cost one read each: Apps Script has no batched read of several ranges. Reading just the
    // needed columns over the whole span would keep the call count at one but read cells in proportion to the
    // span (up to the whole sheet), so the cells read stay bounded by the selection instead; the "3 reads" budget
    // holds for contiguous and closely scattered selections (see GAP_CELLS in src/sheets/row-runs.ts).
    const selected = readRows(
      table,
      refs.map((ref) => ref.row),
    );
    // Every row's ID and name (those columns only), to check that no other row holds the same prospect.
    const identities = indexIdentities(readIdentities(table));

    // One prospect: a refusal is the answer. A batch: those that can move move, the others are listed with why.
    const batch = refs.length > 1;
    const heldBack: HeldBack[] = [];
    const planned: Change[] = [];
    for (const ref of refs) {
      const row = selected.get(ref.row)!;
      const stageCell = textOfCell(cellOf(row, columns.stage));
      // The ID and the name must both still match (IDs like =ROW()-1 renumber), and no other row may hold them. A row
      // that does not says the selection is stale (sorted, inserted into): the whole batch is refused, to select again.
      const problem = identityProblem(ref, { ...identityOf(row, columns), stage: stageCell }, identities);
      if (problem) refuse(identityMessage(t, problem));
      try {
        const from = stageOfRow(row, columns, pipeline);
        if (!from) refuse(t('notAStageValue', { row: ref.row, value: stageCell }));
        planned.push(plan(planner, action, ref, row, from));
      } catch (error) {
        if (!batch || !(error instanceof StagecoachError)) throw error;
        heldBack.push({ row: ref.row, name: ref.name || ref.id, reason: error.message, criteria: false });
      }
    }
    const setupByKey = new Map(setup.map((s) => [nameKey(s.name), s]));
    const held = force
      ? []
      : planned.map((change) => ({ change, missing: criteriaLeftEmpty(change, headers, columns, setupByKey) })).filter((h) => h.missing.length > 0);
    const blocked = held.length > 0 ? { message: missingCriteriaMessage(context, held) } : undefined;
    for (const { change, missing } of held) {
      heldBack.push({
        row: change.ref.row,
        name: change.ref.name || change.ref.id,
        reason: t('heldBackMissing', { missing: missing.join(', ') }),
        criteria: true,
      });
    }
    const heldRows = new Set(held.map((h) => h.change.ref.row));
    const changes = planned.filter((change) => !heldRows.has(change.ref.row));
    heldBack.sort((a, b) => a.row - b.row);
    if (changes.length === 0) return { moved: 0, prospects: [], ...(blocked && { blocked }), ...(batch && { heldBack }) };
    saveFreshCopies(context, table, setup);

    const now = new Date();
    // Stage since is a date: today in the spreadsheet's time zone, as a person typing it would enter it.
    const today = context.clock.dayStart(context.clock.dayOf(now));
    const stageCells = new Map<number, unknown>();
    const statusCells = new Map<number, unknown>();
    const reasonCells = new Map<number, unknown>();
    const sinceCells = new Map<number, unknown>();
    const statusBefore = new Map<number, unknown>();
    for (const change of changes) {
      const rowNumber = change.ref.row;
      if (change.stage && change.stage !== change.from) {
        stageCells.set(rowNumber, asCellText(change.stage.name));
        change.row[columns.stage] = change.stage.name;
        if (columns.stageSince >= 0) {
          sinceCells.set(rowNumber, today);
          change.row[columns.stageSince] = today;
        }
      }
      if (change.status !== null && columns.status >= 0) {
        statusBefore.set(rowNumber, change.row[columns.status]);
        statusCells.set(rowNumber, asCellText(change.status));
        change.row[columns.status] = change.status;
      }
      if (change.reason && columns.lostReason >= 0) {
        reasonCells.set(rowNumber, asCellText(change.reason));
        change.row[columns.lostReason] = change.reason;
      }
    }
    // Stage first: a row whose stage or status landed is logged, whatever fails after it.
    const columnWrites: [Cell, number, Map<number, unknown>][] = [
      ['stage', columns.stage, stageCells],
      ['status', columns.status, statusCells],
      ['lostReason', columns.lostReason, reasonCells],
      ['stageSince', columns.stageSince, sinceCells],
    ];
    // Which rows each column's writes reached: a column of several values is several calls, and one may fail.
    const landed: Record<Cell, Set<number>> = { stage: new Set(), status: new Set(), lostReason: new Set(), stageSince: new Set() };
    const cellsOf = Object.fromEntries(columnWrites.map(([field, , cells]) => [field, cells])) as Record<Cell, Map<number, unknown>>;
    const outcome = writeInOrder(
      columnWrites
        .filter(([, column, cells]) => column >= 0 && cells.size > 0)
        .map(
          ([field, column, cells]) =>
            () =>
              writeColumnCells(sheet, column + 1, cells, landed[field]),
        ),
    );
    const failed = outcome.error !== null;
    /** The cells of this row the action meant to write and did not (status, lost reason, Stage since). */
    const missingOf = (row: number): string[] =>
      (['status', 'lostReason', 'stageSince'] as const)
        .filter((field) => cellsOf[field].has(row) && !landed[field].has(row))
        .map((field) => t(CELL_LABEL[field]));

    const by = currentUser(context);
    const records: HistoryRecord[] = [];
    const missingAll = new Set<string>();
    for (const change of changes) {
      const row = change.ref.row;
      const stageLanded = landed.stage.has(row);
      const statusLanded = landed.status.has(row);
      if (failed && !stageLanded && !statusLanded) continue; // nothing of this prospect changed
      const missing = failed ? missingOf(row) : [];
      missing.forEach((m) => missingAll.add(m));
      const identity = identityOf(change.row, columns);
      records.push({
        when: now,
        id: identity.id,
        prospect: identity.name,
        from: change.from.name,
        to: (stageLanded || !failed ? (change.stage ?? change.from) : change.from).name,
        status: statusLanded || !failed ? (change.status ?? '') : textOfCell(statusBefore.get(row)),
        by,
        note: [historyNote(change.reason, note), missing.length ? t('partialNote', { missing: missing.join(', ') }) : '']
          .filter((s) => s !== '')
          .join(' · '),
        change: 'move',
      });
    }
    if (records.length > 0) appendHistory(context.services, records, context.locale);
    if (failed) {
      const error = errorText(outcome.error);
      refuse(
        records.length === 0
          ? t('writeFailedNothing', { error })
          : t('writeFailedPart', { error, count: records.length, total: changes.length, missing: [...missingAll].join(', ') || '—' }),
      );
    }

    const timeZone = columns.followUp >= 0 ? knownTimeZone(context) : null;
    const reader = rowReader(columns, headers, pipeline, setup, context.locale, context.clock, now, timeZone);
    // The record just logged is each prospect's newest entry: the days in stage start again from it.
    return {
      moved: changes.length,
      prospects: changes.map((change, i) => prospectView(reader, change.row, change.ref.row, { stage: records[i].to, when: now })),
      ...(blocked && { blocked }),
      ...(heldBack.length > 0 && { heldBack }),
    };
  });
}
