// The one entry file: its exported functions are what Apps Script sees (the build emits one top-level declaration each).
// src/entry-contract.ts proves at compile time that these match ServerApi and the menu.
import { callCustomFunction } from './functions';
import type {
  FixRequest,
  FixStagesRequest,
  FixValuesRequest,
  LostReasonRequest,
  MoveRequest,
  NextStepRequest,
  SaveSetupRequest,
  TodayRequest,
} from './server/api';
import * as check from './server/check';
import * as checkFixes from './server/check-fixes';
import * as checkValueCells from './server/check-values';
import { openContext } from './server/context';
import * as dashboard from './server/dashboard';
import * as followUpColumns from './server/follow-up-columns';
import * as history from './server/history';
import * as lostReason from './server/lost-reason';
import { buildMenu, openSidebar, showHelp as showHelpAlert } from './server/menu';
import * as move from './server/move';
import * as nextStep from './server/next-step';
import * as search from './server/search';
import { EditEvent, handleEdit } from './server/on-edit';
import * as selection from './server/selection';
import * as setup from './server/setup';
import * as state from './server/state';
import * as statusColumn from './server/status-column';
import * as summary from './server/summary';
import * as today from './server/today';
import { liveServices } from './sheets/live-services';
import { toast } from './sheets/ui';

/** Each call starts from Apps Script's services afresh: the user, their language and the settings of this call. */
const context = () => openContext(liveServices());

/** AuthMode.NONE: the add-on is installed but not yet used in this document. */
function isAuthModeNone(e?: { authMode?: unknown }): boolean {
  return e !== undefined && e.authMode !== undefined && String(e.authMode) === 'NONE';
}

/**
 * Conversion rate between two stages: lead to sale by default, or from the moment of truth to sale.
 *
 * @param {C2:C} prospects The stage column, e.g. C2:C, or stage and status as {C2:C, E2:E}.
 * @param {"Site visit"} from_stage Optional. The stage to convert from, e.g. "Site visit"; default: the first stage.
 * @param {"Won"} to_stage Optional. The stage to convert to, e.g. "Proposal"; default: the won stage.
 * @param {'Pipeline Setup'!A:C} pipeline Optional. The stages in order, e.g. 'Pipeline Setup'!A:C; default: the saved pipeline.
 * @return The share of prospects that reached from_stage and went on to reach to_stage, e.g. 0.25.
 * @customfunction
 */
export function CONVERSION(prospects: unknown, from_stage?: unknown, to_stage?: unknown, pipeline?: unknown) {
  return callCustomFunction('CONVERSION', [prospects, from_stage, to_stage, pipeline]);
}

/**
 * The sales funnel as a table: per stage, how many reached it, how many are there now, step and overall conversion.
 *
 * @param {C2:C} prospects The stage column, e.g. C2:C, or stage and status as {C2:C, E2:E}.
 * @param {'Pipeline Setup'!A:C} pipeline Optional. The stages in order, e.g. 'Pipeline Setup'!A:C; default: the saved pipeline.
 * @param {F2:F} values Optional. Deal values, e.g. F2:F: adds a Value column summing the prospects in each stage now.
 * @return A table with the columns Stage, Reached, Now, Step %, Overall % (and Value).
 * @customfunction
 */
export function FUNNEL(prospects: unknown, pipeline?: unknown, values?: unknown) {
  return callCustomFunction('FUNNEL', [prospects, pipeline, values]);
}

/**
 * Win rate over closed prospects: won / (won + lost).
 *
 * @param {C2:C} prospects The stage column, e.g. C2:C, or stage and status as {C2:C, E2:E}.
 * @param {'Pipeline Setup'!A:C} pipeline Optional. The stages in order, e.g. 'Pipeline Setup'!A:C; default: the saved pipeline.
 * @return The share of closed prospects that were won, e.g. 0.4.
 * @customfunction
 */
export function WINRATE(prospects: unknown, pipeline?: unknown) {
  return callCustomFunction('WINRATE', [prospects, pipeline]);
}

/**
 * Weighted value of the open pipeline: each open prospect's value times its stage's win probability.
 * Stages without a probability use the share of prospects that got that far and are already won, which is
 * conservative while many are still open: fill in Win probability in Pipeline Setup for a better estimate.
 *
 * @param {C2:C} prospects The stage column, e.g. C2:C, or stage and status as {C2:C, E2:E}.
 * @param {F2:F} values The deal value of each prospect, e.g. F2:F (numbers or blank).
 * @param {'Pipeline Setup'!A:C} pipeline Optional. The stages with win probabilities, e.g. 'Pipeline Setup'!A:C; default: the saved pipeline.
 * @return The expected value of the open pipeline.
 * @customfunction
 */
export function PIPELINEVALUE(prospects: unknown, values: unknown, pipeline?: unknown) {
  return callCustomFunction('PIPELINEVALUE', [prospects, values, pipeline]);
}

/**
 * Lists every stage cell the other functions cannot read (typos, numbers, unknown statuses), with a suggestion.
 *
 * @param {C2:C} prospects The stage column, e.g. C2:C, or stage and status as {C2:C, E2:E}.
 * @param {'Pipeline Setup'!A:C} pipeline Optional. The stages in order, e.g. 'Pipeline Setup'!A:C; default: the saved pipeline.
 * @return A table Row, Value, Problem, Suggestion (rows counted within the range), or OK.
 * @customfunction
 */
export function STAGECHECK(prospects: unknown, pipeline?: unknown) {
  return callCustomFunction('STAGECHECK', [prospects, pipeline]);
}

/**
 * The 80/20 rule: the share of customers that brings a share of revenue ("27% of customers bring 80% of revenue").
 * Rows without a customer are left out, since their revenue cannot be attributed.
 *
 * @param {B2:B} customers The customer of each sale, e.g. B2:B (a name or an ID).
 * @param {F2:F} revenue The revenue of each sale, e.g. F2:F; a customer's rows are summed, refunds included.
 * @param {0.8} revenue_share Optional. The share of revenue, e.g. 0.8 (the default).
 * @param {C2:C} prospects Optional. On a leads sheet, the stage column, e.g. C2:C: only won prospects' rows count.
 * @param {'Pipeline Setup'!A:C} pipeline Optional. The stages in order, e.g. 'Pipeline Setup'!A:C; default: the saved pipeline.
 * @return The share of customers, largest first, that together bring revenue_share of the revenue.
 * @customfunction
 */
export function PARETO(customers: unknown, revenue: unknown, revenue_share?: unknown, prospects?: unknown, pipeline?: unknown) {
  return callCustomFunction('PARETO', [customers, revenue, revenue_share, prospects, pipeline]);
}

/**
 * The share of revenue that the top customers bring: the other side of the 80/20 rule.
 * Rows without a customer are left out, since their revenue cannot be attributed.
 *
 * @param {B2:B} customers The customer of each sale, e.g. B2:B (a name or an ID).
 * @param {F2:F} revenue The revenue of each sale, e.g. F2:F; a customer's rows are summed, refunds included.
 * @param {0.2} customer_share Optional. The share of top customers, e.g. 0.2 (the default).
 * @param {C2:C} prospects Optional. On a leads sheet, the stage column, e.g. C2:C: only won prospects' rows count.
 * @param {'Pipeline Setup'!A:C} pipeline Optional. The stages in order, e.g. 'Pipeline Setup'!A:C; default: the saved pipeline.
 * @return The share of revenue from the top customer_share of customers.
 * @customfunction
 */
export function TOPSHARE(customers: unknown, revenue: unknown, customer_share?: unknown, prospects?: unknown, pipeline?: unknown) {
  return callCustomFunction('TOPSHARE', [customers, revenue, customer_share, prospects, pipeline]);
}

/**
 * Days from reaching one stage to reaching another, from Stage History: the median (or mean) over the prospects that made it.
 * Prospects first logged past from_stage (imported mid-way) are left out: their start was not seen.
 *
 * @param {'Stage History'!A:I} history The Stage History log, e.g. 'Stage History'!A:I.
 * @param {"Lead"} from_stage Optional. The stage the clock starts at, e.g. "Lead"; default: the first stage.
 * @param {"Won"} to_stage Optional. The stage the clock stops at, e.g. "Won"; default: the won stage.
 * @param {"median"} statistic Optional. "median" (the default) or "mean", e.g. "mean".
 * @param {'Pipeline Setup'!A:C} pipeline Optional. The stages in order, e.g. 'Pipeline Setup'!A:C; default: the saved pipeline.
 * @return The days between the two stages, e.g. 23.5 (fractional days).
 * @customfunction
 */
export function CYCLETIME(history: unknown, from_stage?: unknown, to_stage?: unknown, statistic?: unknown, pipeline?: unknown) {
  return callCustomFunction('CYCLETIME', [history, from_stage, to_stage, statistic, pipeline]);
}

/**
 * Where prospects wait: per stage, the median days of the stays that ended, how many ended, and how many are still there.
 *
 * @param {'Stage History'!A:I} history The Stage History log, e.g. 'Stage History'!A:I.
 * @param {'Pipeline Setup'!A:C} pipeline Optional. The stages in order, e.g. 'Pipeline Setup'!A:C; default: the saved pipeline.
 * @return A table Stage, Median days, Stays, Still in stage.
 * @customfunction
 */
export function STAGETIME(history: unknown, pipeline?: unknown) {
  return callCustomFunction('STAGETIME', [history, pipeline]);
}

/**
 * Sales velocity, value per day: open prospects × mean won value × win rate ÷ mean days from first stage to won.
 *
 * @param {C2:C} prospects The stage column, e.g. C2:C, or stage and status as {C2:C, E2:E}.
 * @param {F2:F} values The deal value of each prospect, e.g. F2:F (numbers or blank).
 * @param {'Stage History'!A:I} history The Stage History log, e.g. 'Stage History'!A:I.
 * @param {'Pipeline Setup'!A:C} pipeline Optional. The stages in order, e.g. 'Pipeline Setup'!A:C; default: the saved pipeline.
 * @return The value the pipeline brings in per day, e.g. 1250.
 * @customfunction
 */
export function VELOCITY(prospects: unknown, values: unknown, history: unknown, pipeline?: unknown) {
  return callCustomFunction('VELOCITY', [prospects, values, history, pipeline]);
}

/**
 * What became of each month's new prospects: how many came in, how many reached a stage, and how many are still open.
 *
 * @param {C2:C} prospects The stage column, e.g. C2:C, or stage and status as {C2:C, E2:E}.
 * @param {G2:G} created The date each prospect came in, e.g. G2:G (dates or blank).
 * @param {"Won"} to_stage Optional. The stage that counts as reached, e.g. "Site visit"; default: the won stage.
 * @param {'Pipeline Setup'!A:C} pipeline Optional. The stages in order, e.g. 'Pipeline Setup'!A:C; default: the saved pipeline.
 * @return A table Month, Prospects, Reached, Conversion, Open, months ascending.
 * @customfunction
 */
export function COHORTS(prospects: unknown, created: unknown, to_stage?: unknown, pipeline?: unknown) {
  return callCustomFunction('COHORTS', [prospects, created, to_stage, pipeline]);
}

/**
 * The open pipeline by expected close month: deals, value, and value weighted by each stage's win probability.
 *
 * @param {C2:C} prospects The stage column, e.g. C2:C, or stage and status as {C2:C, E2:E}.
 * @param {F2:F} values The deal value of each prospect, e.g. F2:F (numbers or blank).
 * @param {H2:H} close_dates The expected close date of each prospect, e.g. H2:H (dates or blank).
 * @param {'Pipeline Setup'!A:C} pipeline Optional. The stages with win probabilities, e.g. 'Pipeline Setup'!A:C; default: the saved pipeline.
 * @return A table Month, Deals, Value, Weighted, with a Total row.
 * @customfunction
 */
export function FORECAST(prospects: unknown, values: unknown, close_dates: unknown, pipeline?: unknown) {
  return callCustomFunction('FORECAST', [prospects, values, close_dates, pipeline]);
}

/**
 * Why deals are lost: lost prospects per reason, most frequent first, with their share (and value).
 *
 * @param {C2:C} prospects The stage column, e.g. C2:C, or stage and status as {C2:C, E2:E}.
 * @param {I2:I} reasons The lost reason of each prospect, e.g. I2:I; other rows' reasons are ignored.
 * @param {F2:F} values Optional. Deal values, e.g. F2:F: adds the value lost per reason.
 * @param {'Pipeline Setup'!A:C} pipeline Optional. The stages in order, e.g. 'Pipeline Setup'!A:C; default: the saved pipeline.
 * @return A table Reason, Lost, Share (and Value).
 * @customfunction
 */
export function LOSTREASONS(prospects: unknown, reasons: unknown, values?: unknown, pipeline?: unknown) {
  return callCustomFunction('LOSTREASONS', [prospects, reasons, values, pipeline]);
}

/**
 * A leaderboard per owner: prospects, open, won, lost, win rate, conversion (and won value).
 *
 * @param {C2:C} prospects The stage column, e.g. C2:C, or stage and status as {C2:C, E2:E}.
 * @param {D2:D} owners The owner of each prospect, e.g. D2:D.
 * @param {F2:F} values Optional. Deal values, e.g. F2:F: adds Won value and ranks by it.
 * @param {'Pipeline Setup'!A:C} pipeline Optional. The stages in order, e.g. 'Pipeline Setup'!A:C; default: the saved pipeline.
 * @return A table Owner, Prospects, Open, Won, Lost, Win rate, Conversion (and Won value).
 * @customfunction
 */
export function BYOWNER(prospects: unknown, owners: unknown, values?: unknown, pipeline?: unknown) {
  return callCustomFunction('BYOWNER', [prospects, owners, values, pipeline]);
}

/**
 * Are the win probabilities right? Per stage, the probability set beside the share won among closed prospects that reached it.
 * With only a stage column (no status), a lost prospect counts as reaching the first stage only, so Observed runs high.
 *
 * @param {C2:C} prospects The stage and status columns, e.g. {C2:C, E2:E}, or the stage column C2:C.
 * @param {'Pipeline Setup'!A:C} pipeline Optional. The stages with win probabilities, e.g. 'Pipeline Setup'!A:C; default: the saved pipeline.
 * @return A table Stage, Set, Observed, Closed.
 * @customfunction
 */
export function CALIBRATION(prospects: unknown, pipeline?: unknown) {
  return callCustomFunction('CALIBRATION', [prospects, pipeline]);
}

// ——— Triggers and menu ———

/**
 * Adds the Stagecoach menu when the spreadsheet opens.
 * @param {GoogleAppsScript.Events.SheetsOnOpen} e The open event; in AuthMode.NONE only the menu is touched.
 */
export function onOpen(e?: { authMode?: unknown }) {
  buildMenu(liveServices(), !isAuthModeNone(e));
}

/**
 * Runs when the add-on is installed: the same menu as on open.
 * @param {GoogleAppsScript.Events.AddonOnInstall} e The install event.
 */
export function onInstall(e?: { authMode?: unknown }) {
  onOpen(e);
}

/**
 * Logs a stage or status changed in the sheet itself (typed, picked, pasted, undone) in Stage History; never throws.
 * @param {GoogleAppsScript.Events.SheetsOnEdit} e The edit event: the range edited, and its old and new value for one cell.
 */
export function onEdit(e: EditEvent) {
  handleEdit(liveServices(), e);
}

/** Menu: opens the sidebar on the selected prospect. */
export function showSidebar() {
  openSidebar(liveServices(), 'prospect');
}

/** Menu: opens the sidebar on the pipeline setup. */
export function showSetup() {
  openSidebar(liveServices(), 'setup');
}

/** Menu: opens the sidebar on the stage check. */
export function showCheck() {
  openSidebar(liveServices(), 'check');
}

/** Menu: builds or rebuilds the Pipeline Dashboard sheet. */
export function buildDashboardFromMenu() {
  const services = liveServices();
  const opened = openContext(services);
  const { sheet } = dashboard.buildDashboard(opened);
  toast(services, opened.t('dashboardBuilt', { sheet }), 'Stagecoach');
}

/** Menu: a short help text. */
export function showHelp() {
  showHelpAlert(liveServices());
}

// ——— Called by the sidebar through google.script.run ———

/** Sidebar: language, requested view, pipeline and prospects sheet. */
export function getSidebarState() {
  return state.getSidebarState(context());
}

/** Sidebar poll: the selected prospect rows. */
export function getSelection() {
  return selection.getSelection(context());
}

/**
 * Sidebar: moves prospects (advance, move, won, lost) after checking each row still holds them.
 * @param {object} request The prospects and the action.
 */
export function moveProspects(request: MoveRequest) {
  return move.moveProspects(context(), request);
}

/**
 * Sidebar: KPIs, funnel and stalled prospects, optionally for one owner.
 * @param {string} owner An owner's name, or null for everyone.
 */
export function getPipelineSummary(owner: string | null) {
  return summary.getPipelineSummary(context(), owner);
}

/**
 * Sidebar: the pipeline editor's data, optionally for another prospects sheet.
 * @param {string} sheet A sheet to read the headers of, or null for the saved one.
 */
export function getSetup(sheet?: string | null) {
  return setup.getSetup(context(), sheet);
}

/**
 * Sidebar: saves the pipeline, its dropdowns, and renamed stages in the prospects sheet.
 * @param {object} request The stages, renames and column mapping.
 */
export function saveSetup(request: SaveSetupRequest) {
  return setup.saveSetup(context(), request);
}

/** Sidebar: brings Pipeline Setup back from the saved copy after it was deleted. */
export function restoreSetup() {
  return setup.restoreSetup(context());
}

/** Sidebar: every stage cell the formulas cannot read. */
export function checkStages() {
  return check.checkStages(context());
}

/**
 * Sidebar: replaces one stage cell with the suggested stage.
 * @param {object} request The row, the value seen, and the replacement.
 */
export function fixStage(request: FixRequest) {
  return checkFixes.fixStage(context(), request);
}

/**
 * Sidebar: "fix all N rows": several stage cells fixed in one batch.
 * @param {object} request The fixes, each as for fixStage.
 */
export function fixStages(request: FixStagesRequest) {
  return checkFixes.fixStages(context(), request);
}

/** Sidebar: rewrites every stage and status cell to the pipeline's exact spelling. */
export function tidySpelling() {
  return checkFixes.tidySpelling(context());
}

/** Sidebar: every value the formulas cannot read as a number, with the number it reads as where that is unambiguous. */
export function checkValues() {
  return checkValueCells.checkValues(context());
}

/**
 * Sidebar: writes the number that a group of values reads as (no Stage History row: not a stage change).
 * @param {object} request The rows, each with the ID, name and value Check listed.
 */
export function fixValues(request: FixValuesRequest) {
  return checkValueCells.fixValues(context(), request);
}

/**
 * Sidebar: selects a prospect's row.
 * @param {number} row The sheet row.
 */
export function goToRow(row: number) {
  return history.goToRow(context(), row);
}

/**
 * Sidebar: the Stage History of the prospect on a row, newest first.
 * @param {number} row The sheet row.
 */
export function getProspectHistory(row: number) {
  return history.getProspectHistory(context(), row);
}

/** Sidebar: builds or rebuilds the Pipeline Dashboard. */
export function buildDashboard() {
  return dashboard.buildDashboard(context());
}

/** Sidebar: appends the Next step and Follow-up date columns the prospects sheet lacks, after its last column. */
export function addFollowUpColumns() {
  return followUpColumns.addFollowUpColumns(context());
}

/** Sidebar: appends a Status column after the last used column, with its dropdown, and maps it. */
export function addStatusColumn() {
  return statusColumn.addStatusColumn(context());
}

/** Sidebar: remembers that the user does not want a Status column. */
export function declineStatusColumn() {
  return statusColumn.declineStatusColumn(context());
}

/**
 * Sidebar: writes the lost reason of a prospect lost without one.
 * @param {object} request The prospect (row, ID, name, stage) and the reason.
 */
export function saveLostReason(request: LostReasonRequest) {
  return lostReason.saveLostReason(context(), request);
}

/**
 * Sidebar: writes the next step and follow-up date of prospects (those two cells only).
 * @param {object} request The prospects, the next step and the follow-up day (YYYY-MM-DD).
 */
export function saveNextStep(request: NextStepRequest) {
  return nextStep.saveNextStep(context(), request);
}

/**
 * Sidebar: today's follow-ups, stalled prospects and prospects with no next step, mine first.
 * @param {object} request { everyone: true } for everyone's, not only mine.
 */
export function getToday(request: TodayRequest | null) {
  return today.getToday(context(), request);
}

/**
 * Sidebar: remembers which owner name is the user in this spreadsheet.
 * @param {string} name The owner name, or "" to forget it.
 */
export function setMyName(name: string) {
  return today.setMyName(context(), name);
}

/**
 * Sidebar: prospects whose name, ID, phone or email contain the query.
 * @param {string} query What the user typed.
 */
export function searchProspects(query: string) {
  return search.searchProspects(context(), query);
}
