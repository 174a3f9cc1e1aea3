// What the sidebar needs when it opens: language, view, the pipeline and the sheet it works on.
import { detectColumns, mappingOf } from '../core/columns';
import { StagecoachError } from '../core/errors';
import { lastEditProblem } from '../sheets/edit-problem';
import { findProspects } from '../sheets/prospects-sheet';
import { readSpreadsheetTimeZone } from '../sheets/spreadsheet-settings';
import type { SidebarState } from './api';
import { Context, freshSetup, knownTimeZone, pipelineOf } from './context';
import { takeRequestedView } from './menu';

export function getSidebarState(context: Context): SidebarState {
  const problems: string[] = [];
  const { stages, setupMissing } = freshSetup(context); // a fresh read (saved nowhere): the setup sheet may have been edited by hand
  try {
    pipelineOf(stages);
  } catch (error) {
    // The detail is the formulas' own message (English), since the same text shows in the cells' tooltips.
    problems.push(context.t('setupUnreadable', { detail: error instanceof StagecoachError ? error.message : String(error) }));
  }
  const table = findProspects(context.spreadsheet, context.settings);
  if (!table || table.columns.stage < 0) problems.push(context.t('noProspectsSheet'));
  else if (table.columns.prospect < 0 && table.columns.id < 0) problems.push(context.t('noProspectColumn', { sheet: table.name }));
  const zone = knownTimeZone(context);
  if (zone === null) problems.push(context.t('errTimeZone', { zone: JSON.stringify(readSpreadsheetTimeZone(context.services)) }));
  const editProblem = lastEditProblem(context.services);
  if (editProblem) problems.push(context.t('editNotLogged', { when: editProblem.when, detail: editProblem.detail }));
  return {
    locale: context.locale,
    view: takeRequestedView(context.services),
    timeZone: zone ?? 'UTC',
    prospectsSheet: table?.name ?? null,
    mapping: table ? mappingOf(table.headers, detectColumns(table.headers, context.settings.mapping)) : {},
    stages,
    problems,
    setupMissing,
  };
}
