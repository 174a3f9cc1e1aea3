// What the sidebar needs when it opens: language, view, the pipeline and the sheet it works on.
import { detectColumns, mappingOf } from '../core/columns';
import { StagecoachError } from '../core/errors';
import { LocalizedError } from '../core/localized-error';
import { lastEditProblem } from '../sheets/edit-problem';
import { columnLetter, findProspects, type ProspectsTable } from '../sheets/prospects-sheet';
import { statusOfferAnswer } from '../sheets/settings';
import type { SidebarState, StatusOffer } from './api';
import { Context, freshSetup, knownTimeZone, pipelineOf } from './context';
import { takeRequestedView } from './menu';
import { proposalFor, proposalView } from './proposal';
import { statusHeaderFor } from './status-column';

/** The Status column offer for a sheet without one (a property read only then); null when it has one. */
function statusOfferOf(context: Context, table: ProspectsTable | null): StatusOffer | null {
  if (!table || table.columns.stage < 0 || table.columns.status >= 0) return null;
  return {
    state: statusOfferAnswer(context.services) ?? 'offer',
    header: statusHeaderFor(context, table.headers),
    column: columnLetter(table.sheet.getLastColumn() + 1),
  };
}

export function getSidebarState(context: Context): SidebarState {
  const problems: string[] = [];
  const fresh = freshSetup(context, () => []); // a fresh read (saved nowhere): the setup sheet may have been edited by hand
  const { setupMissing } = fresh;
  const table = findProspects(context.spreadsheet, context.settings);
  // No setup yet: the proposal is made from the stage cells as they are now (one read of that column).
  const fit = fresh.saved ? null : proposalFor(context, table);
  const stages = fit ? fit.stages : fresh.stages;
  try {
    pipelineOf(stages);
  } catch (error) {
    // The detail is the formulas' own message, in the sidebar's language as the cells' tooltips are in the spreadsheet's.
    const detail =
      error instanceof LocalizedError ? error.inLocale(context.locale) : error instanceof StagecoachError ? error.message : String(error);
    problems.push(context.t('setupUnreadable', { detail }));
  }
  if (!table || table.columns.stage < 0) problems.push(context.t('noProspectsSheet'));
  else if (table.columns.prospect < 0 && table.columns.id < 0) problems.push(context.t('noProspectColumn', { sheet: table.name }));
  const zone = knownTimeZone(context);
  if (zone === null) problems.push(context.t('errTimeZone', { zone: JSON.stringify(context.timeZone) }));
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
    proposal: fit ? proposalView(fit) : null,
    statusOffer: statusOfferOf(context, table),
  };
}
