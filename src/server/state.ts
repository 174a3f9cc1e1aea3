// What the sidebar needs when it opens: language, view, the pipeline and the sheet it works on.
import { detectColumns, mappingOf } from '../core/columns';
import { StagecoachError } from '../core/errors';
import { LocalizedError } from '../core/localized-error';
import { lastEditProblem } from '../sheets/edit-problem';
import { findProspects } from '../sheets/prospects-sheet';
import type { SidebarState } from './api';
import { Context, freshSetup, pipelineOf } from './context';
import { takeRequestedView } from './menu';

export function getSidebarState(context: Context): SidebarState {
  const problems: string[] = [];
  const { stages, setupMissing } = freshSetup(context); // a fresh read (saved nowhere): the setup sheet may have been edited by hand
  try {
    pipelineOf(stages);
  } catch (error) {
    // The detail is the formulas' own message, in the sidebar's language as the cells' tooltips are in the spreadsheet's.
    const detail =
      error instanceof LocalizedError ? error.inLocale(context.locale) : error instanceof StagecoachError ? error.message : String(error);
    problems.push(context.t('setupUnreadable', { detail }));
  }
  const table = findProspects(context.spreadsheet, context.settings);
  if (!table || table.columns.stage < 0) problems.push(context.t('noProspectsSheet'));
  else if (table.columns.prospect < 0 && table.columns.id < 0) problems.push(context.t('noProspectColumn', { sheet: table.name }));
  const editProblem = lastEditProblem(context.services);
  if (editProblem) problems.push(context.t('editNotLogged', { when: editProblem.when, detail: editProblem.detail }));
  return {
    locale: context.locale,
    view: takeRequestedView(context.services),
    prospectsSheet: table?.name ?? null,
    mapping: table ? mappingOf(table.headers, detectColumns(table.headers, context.settings.mapping)) : {},
    stages,
    problems,
    setupMissing,
  };
}
