// Setup: the pipeline editor's data, and saving it to Pipeline Setup with dropdowns and renamed prospects.
import { headerKey, mappingOf } from '../core/columns';
import { nameKey, LOST_WORDS, OPEN_WORDS, WON_WORDS } from '../core/names';
import { textOfCell } from '../core/prospect-row';
import { findProblems } from '../core/prospects';
import { mappingProblems, SetupProblem, setupProblems } from '../core/setup';
import { COLUMN_ROLES, type ColumnMapping, type StageSetup } from '../core/types';
import type { HistoryRecord } from '../core/history';
import { asCellText } from '../sheets/cell-text';
import { appendHistory } from '../sheets/history-sheet';
import { writeColumnCells } from '../sheets/column-writes';
import { FIRST_PROSPECT_ROW, readProspectRows } from '../sheets/prospect-rows';
import { findProspects, ProspectsTable, readHeaders, saveTableLayout, tableOf } from '../sheets/prospects-sheet';
import { writeSetupSheet } from '../sheets/setup-sheet';
import { sheetByName, sheetName, userSheetNames } from '../sheets/spreadsheet';
import { applyStageValidation } from '../sheets/validation';
import { serverText } from '../i18n/messages';
import type { SaveSetupRequest, SaveSetupResult, SetupView } from './api';
import { Context, currentSetup, currentUser, pipelineOf, refuse, withDocumentLock } from './context';
import { stageCells } from './prospect-rows';

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
    case 'reservedName':
      return t('setupReservedName', { name: problem.name });
    case 'roleMissing':
      return problem.role === 'stage' ? t('noProspectsSheet') : t('noProspectColumn', { sheet: sheetName });
    case 'headerTwice':
      return t('mappingShared', { header: problem.header });
  }
}

/** Cleans what the sidebar sent: trimmed names, known kinds, numbers or null. */
function cleanStages(stages: unknown): StageSetup[] {
  if (!Array.isArray(stages)) return [];
  return stages.map((s: Partial<StageSetup>) => ({
    name: typeof s?.name === 'string' ? s.name.trim() : '',
    kind: s?.kind === 'won' || s?.kind === 'lost' ? s.kind : 'stage',
    probability: typeof s?.probability === 'number' && Number.isFinite(s.probability) ? s.probability : null,
    momentOfTruth: s?.momentOfTruth === true,
    buyerStep: typeof s?.buyerStep === 'string' ? s.buyerStep.trim() : '',
    stallDays: typeof s?.stallDays === 'number' && Number.isFinite(s.stallDays) ? s.stallDays : null,
    exitCriteria: Array.isArray(s?.exitCriteria)
      ? s.exitCriteria.filter((c): c is string => typeof c === 'string' && c.trim() !== '').map((c) => c.trim())
      : [],
    playbook: typeof s?.playbook === 'string' ? s.playbook.trim() : '',
  }));
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
  const stages = currentSetup(context, true);
  const other = sheetByName(context.spreadsheet, otherSheet);
  // Another sheet is read as it is: its columns guessed from its headers, nothing saved until Save.
  const table = other ? tableOf(other, {}) : findProspects(context.spreadsheet, context.settings);
  const rows = table ? readProspectRows(table) : [];
  return {
    stages,
    mapping: table ? mappingOf(table.headers, table.columns) : {},
    headers: table ? table.headers.filter((h) => h.trim() !== '') : [],
    prospectsSheet: table?.name ?? null,
    sheets: userSheetNames(context.spreadsheet),
    stageCounts: stageCounts(table, rows, stages),
  };
}

/**
 * Status words for the dropdown: the user's language first, then the other language's (colleagues may use either,
 * and a strict dropdown refuses even the add-on's own writes), then readable statuses already in the sheet.
 */
function statusChoices(context: Context, rows: unknown[][], statusColumn: number): string[] {
  const other = serverText(context.locale === 'vi' ? 'en' : 'vi');
  const choices: string[] = [];
  const seen = new Set<string>();
  const add = (text: string) => {
    const key = nameKey(text);
    if (text && !seen.has(key) && (OPEN_WORDS.has(key) || WON_WORDS.has(key) || LOST_WORDS.has(key))) {
      seen.add(key);
      choices.push(text);
    }
  };
  for (const t of [context.t, other]) (['statusOpen', 'statusWon', 'statusLost'] as const).forEach((key) => add(t(key)));
  for (const row of rows) add(textOfCell(row[statusColumn]));
  return choices;
}

/** The mapping to save: role → header of the sheet, or "" for "no such column". Refuses unknown headers (shared ones: mappingProblems). */
function cleanMapping(context: Context, raw: unknown, headers: readonly string[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  if (!raw || typeof raw !== 'object') return mapping;
  for (const role of COLUMN_ROLES) {
    const header = (raw as Record<string, unknown>)[role];
    if (header === undefined || header === null) continue;
    const text = String(header).trim();
    if (text === '') {
      mapping[role] = '';
      continue;
    }
    if (!headers.some((h) => headerKey(h) === headerKey(text))) refuse(context.t('mappingUnknown', { header: text }));
    mapping[role] = text;
  }
  return mapping;
}

/** Old name key → old name as typed and new name, for stages renamed in the editor; each new name must be a stage of the saved pipeline. */
function cleanRenames(raw: unknown, stages: readonly StageSetup[]): Map<string, { from: string; to: string }> {
  const renames = new Map<string, { from: string; to: string }>();
  if (!Array.isArray(raw)) return renames;
  const names = new Map(stages.map((s) => [nameKey(s.name), s.name]));
  for (const item of raw) {
    const { from, to } = (item ?? {}) as { from?: unknown; to?: unknown };
    if (typeof from !== 'string' || typeof to !== 'string' || nameKey(from) === nameKey(to)) continue;
    const target = names.get(nameKey(to));
    if (target !== undefined) renames.set(nameKey(from), { from: from.trim(), to: target });
  }
  return renames;
}

export function saveSetup(context: Context, request: SaveSetupRequest): SaveSetupResult {
  const { t } = context;
  const stages = cleanStages(request?.stages);
  const problems = setupProblems(stages);
  if (problems.length > 0) refuse(t('setupInvalid', { problems: problems.map((p) => problemText(context, p)).join('; ') }));
  const pipeline = pipelineOf(stages); // the formulas must be able to read what is saved

  // Everything is checked before anything is written: a refused save leaves the spreadsheet as it was.
  const current = findProspects(context.spreadsheet, context.settings);
  const requested = sheetByName(context.spreadsheet, request?.prospectsSheet);
  const sheet = requested ?? current?.sheet ?? null;
  if (!sheet) refuse(t('noProspectsSheet'));
  const switching = !current || sheetName(sheet) !== current.name;
  const headers = switching ? readHeaders(sheet) : current.headers;
  // A new sheet starts from its own headers: the old sheet's mapping would point at the wrong columns.
  const mapping = request.mapping !== undefined ? cleanMapping(context, request.mapping, headers) : switching ? {} : context.settings.mapping;
  const table = tableOf(sheet, mapping, headers);
  const [mappingProblem] = mappingProblems(mappingOf(headers, table.columns));
  if (mappingProblem) refuse(problemText(context, mappingProblem, table.name));
  // A renamed stage is renamed in Stage History (one rename row each) whether or not the prospects' cells are.
  const renamed = cleanRenames(request?.renames, stages);
  const renames = request.renameProspects ? renamed : new Map<string, { from: string; to: string }>();

  return withDocumentLock(context, () => {
    context.settings.saveMapping(mapping);
    saveTableLayout(context.settings, table);
    const setupSheet = writeSetupSheet(context.services, stages, context.locale);
    context.settings.saveSetupCopy(stages);

    const { columns } = table;
    const rows = readProspectRows(table);
    // All renames at once, so that swapping two names (A→B, B→A) does not merge them.
    const cells = new Map<number, unknown>();
    rows.forEach((row, i) => {
      const to = renames.get(nameKey(textOfCell(row[columns.stage])))?.to;
      if (to === undefined) return;
      cells.set(i + FIRST_PROSPECT_ROW, asCellText(to));
      row[columns.stage] = to;
    });
    writeColumnCells(sheet, columns.stage + 1, cells);
    const when = new Date();
    const by = currentUser(context);
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
    appendHistory(context.services, renameRows, context.locale);
    applyStageValidation(
      context.services,
      sheet,
      columns.stage + 1,
      setupSheet,
      columns.status + 1,
      columns.status >= 0 ? statusChoices(context, rows, columns.status) : [],
    );
    const grid = rows.map((row) => stageCells(row, columns));
    return { stages: stages.length, renamedProspects: cells.size, invalidValues: findProblems(grid, pipeline).length };
  });
}
