// Setup: the pipeline editor's data, and saving it to Pipeline Setup with dropdowns and renamed prospects.
import { headerKey, mappingOf } from '../core/columns';
import { unresolvedCriteria } from '../core/exit-criteria';
import { nameKey, LOST_WORDS, OPEN_WORDS, WON_WORDS } from '../core/names';
import { identityOf, textOfCell } from '../core/prospect-row';
import { findProblems } from '../core/prospects';
import { mappingProblems, SetupProblem, setupProblems } from '../core/setup';
import { COLUMN_ROLES, type ColumnMapping, type StageSetup } from '../core/types';
import type { HistoryRecord } from '../core/history';
import { asCellText } from '../sheets/cell-text';
import { appendHistory } from '../sheets/history-sheet';
import { writeColumnCells } from '../sheets/column-writes';
import { FIRST_PROSPECT_ROW, readProspectColumns } from '../sheets/prospect-rows';
import type { SheetLike } from '../sheets/gas';
import { ownSheetTest } from '../sheets/own-sheets';
import { findProspects, layoutOf, ProspectsTable, readHeaders, saveTableLayout, tableOf } from '../sheets/prospects-sheet';
import { saveStatusWordsLocale, Settings } from '../sheets/settings';
import { ensureSetupSheet, readSetupTab, writeSetupSheet } from '../sheets/setup-sheet';
import { sheetByName, sheetName, userSheetNames } from '../sheets/spreadsheet';
import { applyStageValidation } from '../sheets/validation';
import type { RestoreSetupResult, SaveSetupRequest, SaveSetupResult, SetupView } from './api';
import { Context, currentUser, freshSetup, pipelineOf, refuse, withDocumentLock } from './context';
import { highlightFollowUps } from './follow-up-columns';
import { proposalFor, proposalView } from './proposal';
import { statusWords } from './status-column';
import { stageCells } from './prospect-rows';
import {
  CELL_TEXT_LIMIT,
  checkCellText,
  COLUMN_LIMIT,
  NAME_LIMIT,
  optionalBoolean,
  optionalList,
  optionalNumber,
  optionalText,
  requireObject,
  STAGE_LIMIT,
  TYPED_TEXT_LIMIT,
} from './request-checks';

function problemText(context: Context, problem: SetupProblem, sheetName = ''): string {
  const { t } = context;
  switch (problem.kind) {
    case 'noName':
      return t('setupNoName', { row: problem.stage + 1 });
    case 'duplicate':
      return t('setupDuplicate', { name: problem.name });
    case 'wonCount':
      return t('setupWonCount', { count: problem.count });
    case 'noStage':
      return t('setupNoStage');
    case 'momentOfTruthCount':
      return t('setupMomentCount', { count: problem.count });
    case 'momentOfTruthNotStage':
      return t('setupMomentNotStage', { name: problem.name });
    case 'probability':
      return t('setupProbability', { name: problem.name });
    case 'stallDays':
      return t('setupStallDays', { name: problem.name });
    case 'followUpDays':
      return t('setupFollowUpDays', { name: problem.name });
    case 'reservedName':
      return t('setupReservedName', { name: problem.name });
    case 'roleMissing':
      return problem.role === 'stage' ? t('noProspectsSheet') : t('noProspectColumn', { sheet: sheetName });
    case 'headerTwice':
      return t('mappingShared', { header: problem.header });
  }
}

/** Cleans what the sidebar sent: every field checked for its type and size, names trimmed, absent fields defaulted. */
function cleanStages(context: Context, raw: unknown): StageSetup[] {
  const { t } = context;
  return optionalList(t, raw, 'stages', STAGE_LIMIT).map((item, i) => {
    const field = `stages[${i}]`;
    const s = requireObject(t, item, field);
    const kind = s.kind ?? 'stage';
    if (kind !== 'stage' && kind !== 'won' && kind !== 'lost') refuse(t('requestNotObject', { field: `${field}.kind` }));
    const name = optionalText(t, s.name, `${field}.name`, NAME_LIMIT).trim();
    const criteria = optionalList(t, s.exitCriteria, `${field}.exitCriteria`, COLUMN_LIMIT);
    const stage: StageSetup = {
      name,
      kind,
      probability: optionalNumber(t, s.probability, `${field}.probability`),
      momentOfTruth: optionalBoolean(t, s.momentOfTruth, `${field}.momentOfTruth`),
      buyerStep: optionalText(t, s.buyerStep, `${field}.buyerStep`, TYPED_TEXT_LIMIT).trim(),
      stallDays: optionalNumber(t, s.stallDays, `${field}.stallDays`),
      exitCriteria: criteria.map((c, j) => optionalText(t, c, `${field}.exitCriteria[${j}]`, CELL_TEXT_LIMIT).trim()).filter((c) => c !== ''),
      playbook: optionalText(t, s.playbook, `${field}.playbook`, TYPED_TEXT_LIMIT).trim(),
      followUpDays: optionalNumber(t, s.followUpDays, `${field}.followUpDays`),
    };
    checkCellText(t, stage.buyerStep, t('fieldBuyerStep', { stage: name }));
    checkCellText(t, stage.exitCriteria.join(', '), t('fieldExitCriteria', { stage: name }));
    checkCellText(t, stage.playbook, t('fieldPlaybook', { stage: name }));
    return stage;
  });
}

/** Refuses a setup whose copy in document properties would not fit, naming the longest playbooks; writes nothing. */
function checkSetupCopyFits(context: Context, stages: readonly StageSetup[], pending: Record<string, string>): void {
  const { over, room } = context.settings.setupCopyOverflow(stages, pending);
  if (over <= 0) return;
  const longest = [...stages]
    .filter((s) => s.playbook !== '')
    .sort((a, b) => b.playbook.length - a.playbook.length)
    .slice(0, 3)
    .map((s) => `"${s.name}"`);
  refuse(context.t('setupCopyTooLarge', { over: Math.ceil(over / 1024), limit: Math.floor(room / 1024), stages: longest.join(', ') }));
}

function stageCounts(table: ProspectsTable | null, rows: unknown[][], stages: readonly StageSetup[]): Record<string, number> {
  const counts: Record<string, number> = Object.fromEntries(stages.map((s) => [s.name, 0]));
  if (!table || table.columns.stage < 0) return counts;
  const byKey = new Map(stages.map((s) => [nameKey(s.name), s.name]));
  for (const row of rows) {
    const name = byKey.get(nameKey(textOfCell(row[table.columns.stage])));
    if (name !== undefined) counts[name]++;
  }
  return counts;
}

export function getSetup(context: Context, otherSheet?: string | null): SetupView {
  optionalText(context.t, otherSheet, 'sheet', NAME_LIMIT);
  const fresh = freshSetup(context, () => []);
  const other = sheetByName(context.spreadsheet, otherSheet);
  // Another sheet is read as it is: its columns guessed from its headers, nothing saved until Save.
  const table = other ? tableOf(other, {}) : findProspects(context.spreadsheet, context.settings);
  // The stage cells only: how many prospects each stage holds.
  const rows = table ? readProspectColumns(table, [table.columns.stage]) : [];
  // No setup yet: the template these stage cells fit, proposed (and shown) before anything is written.
  const fit = fresh.saved ? null : proposalFor(context, table, rows);
  const stages = fit ? fit.stages : fresh.stages;
  return {
    proposal: fit ? proposalView(fit) : null,
    stages,
    mapping: table ? mappingOf(table.headers, table.columns) : {},
    headers: table ? table.headers.filter((h) => h.trim() !== '') : [],
    prospectsSheet: table?.name ?? null,
    sheets: userSheetNames(context.spreadsheet),
    stageCounts: stageCounts(table, rows, stages),
  };
}

/**
 * Status words for the dropdown: the user's language (never a mix of both: moves then write in the same language,
 * see statusWordsLocale), then readable statuses already in the sheet, so that no cell a colleague filled turns invalid.
 */
function statusChoices(context: Context, rows: unknown[][], statusColumn: number): string[] {
  const choices: string[] = [];
  const seen = new Set<string>();
  const add = (text: string) => {
    const key = nameKey(text);
    if (text && !seen.has(key) && (OPEN_WORDS.has(key) || WON_WORDS.has(key) || LOST_WORDS.has(key))) {
      seen.add(key);
      choices.push(text);
    }
  };
  statusWords(context.t).forEach(add);
  for (const row of rows) add(textOfCell(row[statusColumn]));
  return choices;
}

/** The mapping to save: role → header of the sheet, or "" for "no such column". Refuses unknown headers (shared ones: mappingProblems). */
function cleanMapping(context: Context, raw: unknown, headers: readonly string[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  const fields = requireObject(context.t, raw, 'mapping');
  for (const role of COLUMN_ROLES) {
    const text = optionalText(context.t, fields[role], `mapping.${role}`, CELL_TEXT_LIMIT).trim();
    if (fields[role] === undefined || fields[role] === null) continue;
    if (text === '') {
      mapping[role] = '';
      continue;
    }
    if (!headers.some((h) => headerKey(h) === headerKey(text))) refuse(context.t('mappingUnknown', { header: text }));
    mapping[role] = text;
  }
  return mapping;
}

/**
 * Old name key → old name as typed and new name, for stages renamed in the editor; each new name must be a stage of
 * the saved pipeline.
 */
function cleanRenames(context: Context, raw: unknown, stages: readonly StageSetup[]): Map<string, { from: string; to: string }> {
  const { t } = context;
  const renames = new Map<string, { from: string; to: string }>();
  const names = new Map(stages.map((s) => [nameKey(s.name), s.name]));
  optionalList(t, raw, 'renames', STAGE_LIMIT).forEach((item, i) => {
    const pair = requireObject(t, item, `renames[${i}]`);
    const from = optionalText(t, pair.from, `renames[${i}].from`, NAME_LIMIT);
    const to = optionalText(t, pair.to, `renames[${i}].to`, NAME_LIMIT);
    if (nameKey(from) === nameKey(to)) return;
    const target = names.get(nameKey(to));
    if (target !== undefined) renames.set(nameKey(from), { from: from.trim(), to: target });
  });
  return renames;
}

/** The sheet the user picked as the prospects sheet: one of theirs (the add-on's own tabs would make its log editable). */
function requestedSheet(context: Context, raw: unknown): SheetLike | null {
  const name = optionalText(context.t, raw, 'prospectsSheet', NAME_LIMIT);
  if (raw === undefined || raw === null) return null;
  const sheet = sheetByName(context.spreadsheet, name) ?? refuse(context.t('noSuchSheet', { sheet: name }));
  if (ownSheetTest(context.spreadsheet)(sheet)) refuse(context.t('ownSheetNotProspects', { sheet: sheetName(sheet) }));
  return sheet;
}

/** The stage dropdown (reading Pipeline Setup), the status dropdown, the highlight of unknown stages and of overdue follow-ups. */
function applyDropdowns(context: Context, table: ProspectsTable, rows: unknown[][], setupSheet: SheetLike, stages: readonly StageSetup[]): void {
  const { columns } = table;
  applyStageValidation(
    context.services,
    table.sheet,
    columns.stage + 1,
    setupSheet,
    columns.status + 1,
    columns.status >= 0 ? statusChoices(context, rows, columns.status) : [],
  );
  highlightFollowUps(context, table, stages);
  if (columns.status >= 0) saveStatusWordsLocale(context.services, context.locale);
}

/**
 * Removed stages whose prospects go elsewhere: old name key → old name and target (a stage of the saved pipeline,
 * spelt as saved). A stage still in the pipeline, or renamed, keeps its prospects.
 */
function cleanMoves(
  context: Context,
  raw: unknown,
  stages: readonly StageSetup[],
  renamed: ReadonlyMap<string, unknown>,
): Map<string, { from: string; to: string }> {
  const { t } = context;
  const moves = new Map<string, { from: string; to: string }>();
  const names = new Map(stages.map((s) => [nameKey(s.name), s.name]));
  optionalList(t, raw, 'moves', STAGE_LIMIT).forEach((item, i) => {
    const pair = requireObject(t, item, `moves[${i}]`);
    const from = optionalText(t, pair.from, `moves[${i}].from`, NAME_LIMIT).trim();
    const to = optionalText(t, pair.to, `moves[${i}].to`, NAME_LIMIT);
    const key = nameKey(from);
    if (from === '' || names.has(key) || renamed.has(key)) return;
    const target = names.get(nameKey(to)) ?? refuse(t('moveTargetUnknown', { from, to }));
    moves.set(key, { from, to: target });
  });
  return moves;
}

/**
 * Writes Pipeline Setup back from the saved copy (the tab was deleted) and points the dropdowns at it again, under
 * the lock. Never from the default: without a copy it refuses and sends the user to Setup.
 */
export function restoreSetup(context: Context): RestoreSetupResult {
  return withDocumentLock(context, () => {
    const tab = readSetupTab(context.services);
    const stages = tab.stages ?? context.settings.setup;
    if (!stages) refuse(context.t('setupNoSavedCopy'));
    if (!tab.missing) {
      // Restored meanwhile (another sidebar): nothing to write.
      return { sheet: sheetName(ensureSetupSheet(context.services, stages, context.locale)), stages: stages.length };
    }
    const setupSheet = writeSetupSheet(context.services, stages, context.locale);
    // The dropdowns read the deleted tab's cells: they point at the new one.
    const table = findProspects(context.spreadsheet, context.settings);
    if (table && table.columns.stage >= 0) applyDropdowns(context, table, stageAndStatus(table), setupSheet, stages);
    return { sheet: sheetName(setupSheet), stages: stages.length };
  });
}

/** The stage and status columns only (what renames, the dropdowns and the highlight use), not the whole width. */
function stageAndStatus(table: ProspectsTable): unknown[][] {
  return readProspectColumns(table, [table.columns.stage, table.columns.status]);
}

export function saveSetup(context: Context, request: SaveSetupRequest): SaveSetupResult {
  const { t } = context;
  const fields = requireObject(t, request, 'request');
  const stages = cleanStages(context, fields.stages);
  const renameProspects = optionalBoolean(t, fields.renameProspects, 'renameProspects');
  const problems = setupProblems(stages);
  if (problems.length > 0) refuse(t('setupInvalid', { problems: problems.map((p) => problemText(context, p)).join('; ') }));
  const pipeline = pipelineOf(stages); // the formulas must be able to read what is saved

  // Everything is checked before anything is written: a refused save leaves the spreadsheet as it was.
  const current = findProspects(context.spreadsheet, context.settings);
  const requested = requestedSheet(context, fields.prospectsSheet);
  const sheet = requested ?? current?.sheet ?? null;
  if (!sheet) refuse(t('noProspectsSheet'));
  const switching = !current || sheetName(sheet) !== current.name;
  const headers = switching ? readHeaders(sheet) : current.headers;
  // A new sheet starts from its own headers: the old sheet's mapping would point at the wrong columns.
  const mapping = fields.mapping !== undefined ? cleanMapping(context, fields.mapping, headers) : switching ? {} : context.settings.mapping;
  const table = tableOf(sheet, mapping, headers);
  const [mappingProblem] = mappingProblems(mappingOf(headers, table.columns));
  if (mappingProblem) refuse(problemText(context, mappingProblem, table.name));
  // A renamed stage is renamed in Stage History (one rename row each) whether or not the prospects' cells are.
  const renamed = cleanRenames(context, fields.renames, stages);
  const renames = renameProspects ? renamed : new Map<string, { from: string; to: string }>();
  const moves = cleanMoves(context, fields.moves, stages, renamed);
  checkSetupCopyFits(context, stages, Settings.pendingValues(mapping, layoutOf(table)));

  return withDocumentLock(context, () => {
    context.settings.saveMapping(mapping);
    saveTableLayout(context.settings, table);
    const setupSheet = writeSetupSheet(context.services, stages, context.locale);
    context.settings.saveSetupCopy(stages);

    const { columns } = table;
    // Moved prospects are logged by ID and name: those columns are read only when a removed stage has prospects to move.
    const rows = moves.size > 0 ? readProspectColumns(table, [columns.stage, columns.status, columns.id, columns.prospect]) : stageAndStatus(table);
    // All renames at once, so that swapping two names (A→B, B→A) does not merge them. The prospects of removed
    // stages go where the user said, in the same write: the rows are the ones just read under the lock.
    const when = new Date();
    const by = currentUser(context);
    const today = context.clock.dayStart(context.clock.dayOf(when)); // Stage since: a date in the spreadsheet's zone
    const cells = new Map<number, unknown>();
    const since = new Map<number, unknown>();
    const moved: HistoryRecord[] = [];
    let renamedCount = 0;
    rows.forEach((row, i) => {
      const value = textOfCell(row[columns.stage]);
      const key = nameKey(value);
      const rename = renames.get(key);
      const move = rename ? undefined : moves.get(key);
      const to = rename?.to ?? move?.to;
      if (to === undefined) return;
      cells.set(i + FIRST_PROSPECT_ROW, asCellText(to));
      row[columns.stage] = to;
      if (rename) {
        renamedCount++;
        return;
      }
      // A move, logged as one (the prospect is in another stage now, and its time there starts today).
      if (columns.stageSince >= 0) {
        since.set(i + FIRST_PROSPECT_ROW, today);
      }
      const identity = identityOf(row, columns);
      moved.push({
        when,
        id: identity.id,
        prospect: identity.name,
        from: value,
        to,
        status: '',
        by,
        note: t('stageRemovedNote', { stage: move!.from }),
        change: 'move',
      });
    });
    writeColumnCells(sheet, columns.stage + 1, cells);
    if (columns.stageSince >= 0) writeColumnCells(sheet, columns.stageSince + 1, since);
    const renameRows = [...renamed.values()].map(({ from, to }): HistoryRecord => ({
      when,
      id: '',
      prospect: '',
      from,
      to,
      status: '',
      by,
      note: '',
      change: 'rename',
    }));
    appendHistory(context.services, [...renameRows, ...moved], context.locale);
    applyDropdowns(context, table, rows, setupSheet, stages);
    const grid = rows.map((row) => stageCells(row, columns));
    const warnings = unresolvedCriteria(stages, table.headers, columns).map(({ stage, criterion }) => t('criterionNoColumn', { stage, criterion }));
    return {
      stages: stages.length,
      renamedProspects: renamedCount,
      invalidValues: findProblems(grid, pipeline).length,
      movedProspects: moved.length,
      warnings,
    };
  });
}
