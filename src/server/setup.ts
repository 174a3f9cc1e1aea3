// Setup: the pipeline editor's data, and saving it to Pipeline Setup with dropdowns and renamed prospects.
import { mappingOf } from '../core/columns';
import { nameKey, LOST_WORDS, OPEN_WORDS, WON_WORDS } from '../core/names';
import { cellOf, cellText } from '../core/prospect-row';
import { findProblems } from '../core/prospects';
import { SetupProblem, setupProblems } from '../core/setup';
import type { StageSetup } from '../core/types';
import { asCellText } from '../sheets/cell-text';
import { writeColumnCells } from '../sheets/column-writes';
import { findProspects, ProspectsTable, tableOf } from '../sheets/prospects-sheet';
import { DASHBOARD_SHEET, HISTORY_SHEET, SETUP_SHEET } from '../sheets/sheet-names';
import { writeSetupSheet } from '../sheets/setup-sheet';
import { applyStageValidation } from '../sheets/validation';
import { serverText } from '../i18n/messages';
import type { SaveSetupRequest, SaveSetupResult, SetupView } from './api';
import { Context, currentSetup, pipelineOf, prospectsOf, refuse } from './context';
import { FIRST_PROSPECT_ROW, readProspectRows } from './prospect-rows';

function problemText(context: Context, problem: SetupProblem): string {
  const { t } = context;
  switch (problem.kind) {
    case 'noName': return t('setupNoName', { row: problem.row });
    case 'duplicate': return t('setupDuplicate', { name: problem.name });
    case 'wonCount': return t('setupWonCount', { count: problem.count });
    case 'noStage': return t('setupNoStage');
    case 'momentOfTruthCount': return t('setupMomentCount', { count: problem.count });
    case 'momentOfTruthNotStage': return t('setupMomentNotStage', { name: problem.name });
    case 'probability': return t('setupProbability', { name: problem.name });
    case 'stallDays': return t('setupStallDays', { name: problem.name });
    case 'reservedName': return t('setupReservedName', { name: problem.name });
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
    exitCriteria: Array.isArray(s?.exitCriteria) ? s.exitCriteria.filter((c): c is string => typeof c === 'string' && c.trim() !== '').map((c) => c.trim()) : [],
    playbook: typeof s?.playbook === 'string' ? s.playbook.trim() : '',
  }));
}

function stageCounts(table: ProspectsTable | null, rows: unknown[][], stages: readonly StageSetup[]): Record<string, number> {
  const counts: Record<string, number> = Object.fromEntries(stages.map((s) => [s.name, 0]));
  if (!table || table.columns.stage < 0) return counts;
  const byKey = new Map(stages.map((s) => [nameKey(s.name), s.name]));
  for (const row of rows) {
    const name = byKey.get(nameKey(cellText(row[table.columns.stage])));
    if (name !== undefined) counts[name]++;
  }
  return counts;
}

export function getSetup(context: Context, sheetName?: string | null): SetupView {
  const stages = currentSetup(context, true);
  const other = typeof sheetName === 'string' ? context.spreadsheet.getSheetByName(sheetName) : null;
  // Another sheet is read as it is: its columns guessed from its headers, nothing saved until Save.
  const table = other ? tableOf(other, {}) : findProspects(context.spreadsheet, context.settings);
  const rows = table ? readProspectRows(table) : [];
  return {
    stages,
    mapping: table ? mappingOf(table.headers, table.columns) : {},
    headers: table ? table.headers.filter((h) => h.trim() !== '') : [],
    prospectsSheet: table?.sheet.getName() ?? null,
    sheets: context.spreadsheet.getSheets().map((s) => s.getName()).filter((n) => ![SETUP_SHEET, HISTORY_SHEET, DASHBOARD_SHEET].includes(n)),
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
  for (const row of rows) add(cellText(row[statusColumn]));
  return choices;
}

export function saveSetup(context: Context, request: SaveSetupRequest): SaveSetupResult {
  const stages = cleanStages(request?.stages);
  const problems = setupProblems(stages);
  if (problems.length > 0) refuse(context.t('setupInvalid', { problems: problems.map((p) => problemText(context, p)).join('; ') }));
  pipelineOf(stages); // the formulas must be able to read what is saved

  if (typeof request.prospectsSheet === 'string' && context.spreadsheet.getSheetByName(request.prospectsSheet)) {
    context.settings.prospectsSheet = request.prospectsSheet;
  }
  if (request.mapping && typeof request.mapping === 'object') context.settings.mapping = request.mapping;
  writeSetupSheet(context.services, stages, context.locale);
  context.settings.setup = stages;

  const table = prospectsOf(context);
  const { columns, sheet } = table;
  const rows = readProspectRows(table);
  let renamed = 0;
  if (request.renameProspects && Array.isArray(request.renames)) {
    // All renames at once, so that swapping two names (A→B, B→A) does not merge them.
    const renames = new Map<string, string>();
    for (const { from, to } of request.renames) {
      if (typeof from === 'string' && typeof to === 'string' && nameKey(from) !== nameKey(to)) renames.set(nameKey(from), to);
    }
    const cells = new Map<number, unknown>();
    rows.forEach((row, i) => {
      const to = renames.get(nameKey(cellText(row[columns.stage])));
      if (to === undefined) return;
      cells.set(i + FIRST_PROSPECT_ROW, asCellText(to));
      row[columns.stage] = to;
    });
    writeColumnCells(sheet, columns.stage + 1, cells);
    renamed = cells.size;
  }
  const pipeline = pipelineOf(stages);
  const stageNames = stages.map((s) => s.name);
  applyStageValidation(context.services, sheet, columns.stage + 1, stageNames, columns.status + 1, columns.status >= 0 ? statusChoices(context, rows, columns.status) : []);
  const grid = rows.map((row) => (columns.status >= 0 ? [cellOf(row, columns.stage), cellOf(row, columns.status)] : [cellOf(row, columns.stage)]));
  return { stages: stages.length, renamedProspects: renamed, invalidValues: findProblems(grid, pipeline).length };
}
