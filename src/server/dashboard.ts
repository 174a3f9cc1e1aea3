// Build dashboard: the live KPI formulas and the funnel chart for the current prospects sheet and pipeline.
import type { ColumnRole } from '../core/types';
import { serverText } from '../i18n/messages';
import { localeFrom } from '../i18n/format';
import type { DashboardColumns } from '../sheets/dashboard-formulas';
import type { DashboardLabels } from '../sheets/dashboard-layout';
import { buildDashboardSheet, findDashboard, readOwnerChoice } from '../sheets/dashboard';
import { ensureHistorySheet } from '../sheets/history-sheet';
import { ensureSetupSheet } from '../sheets/setup-sheet';
import { readSpreadsheetLocale } from '../sheets/spreadsheet-settings';
import { sheetName, showSheet } from '../sheets/spreadsheet';
import { Context, currentSetup, pipelineOf, prospectsOf, saveFreshCopies, withDocumentLock } from './context';

/** Under the document lock: it clears and rewrites a whole sheet, and may create Pipeline Setup and Stage History. */
export function buildDashboard(context: Context): { sheet: string } {
  return withDocumentLock(context, () => build(context));
}

/** The dashboard's words in the spreadsheet's language: it is read by everyone who opens the spreadsheet, as the formulas' headers are. */
export function dashboardLabels(t: ReturnType<typeof serverText>): DashboardLabels {
  const [motToSaleBefore, motToSaleAfter = ''] = t('dashMotToSale', { stage: '\u0000' }).split('\u0000');
  return {
    title: t('dashTitle'),
    subtitle: t('dashSubtitle'),
    owner: t('dashOwner'),
    everyone: t('dashEveryone'),
    noOwner: t('labelNoOwner'),
    ownerHelp: t('dashOwnerHelp'),
    keyFigures: t('dashKeyFigures'),
    momentOfTruth: t('dashMomentOfTruth'),
    leadToSale: t('dashLeadToSale'),
    motToSaleBefore,
    motToSaleAfter,
    winRate: t('dashWinRate'),
    weighted: t('dashWeighted'),
    pareto: t('dashPareto'),
    topShare: t('dashTopShare'),
    cycleTime: t('dashCycleTime'),
    velocity: t('dashVelocity'),
    funnel: t('dashFunnel'),
    stageTime: t('dashStageTime'),
    calibration: t('dashCalibration'),
    byOwner: t('dashByOwner'),
    lostReasons: t('dashLostReasons'),
    cohorts: t('dashCohorts'),
    forecast: t('dashForecast'),
    helpers: t('dashHelpers'),
    chartTitle: t('dashChartTitle'),
    label: t('dashLabel'),
    spacer: t('dashSpacer'),
    reached: t('dashReached'),
  };
}

/** The choice to keep: an owner stays chosen; "everyone" in either language reads as everyone in this one. */
function keptOwner(choice: string, everyone: string): string {
  const everyoneWords = (['en', 'vi'] as const).map((locale) => serverText(locale)('dashEveryone'));
  return choice === '' || everyoneWords.includes(choice) ? everyone : choice;
}

function build(context: Context): { sheet: string } {
  const setup = currentSetup(context, true);
  const pipeline = pipelineOf(setup);
  const table = prospectsOf(context);
  const t = serverText(localeFrom(readSpreadsheetLocale(context.services)));
  // The formulas refer to Pipeline Setup and Stage History: a deleted setup comes back from the saved copy first.
  const setupSheet = ensureSetupSheet(context.services, setup, context.locale);
  const historySheet = ensureHistorySheet(context.services, context.locale);
  const existing = findDashboard(context.services);
  const labels = dashboardLabels(t);
  const at = (role: ColumnRole) => table.columns[role] + 1;
  const columns: DashboardColumns = {
    id: at('id'),
    prospect: at('prospect'),
    stage: at('stage'),
    status: at('status'),
    value: at('value'),
    customer: at('customer'),
    owner: at('owner'),
    lostReason: at('lostReason'),
    created: at('created'),
    expectedClose: at('expectedClose'),
  };
  const built = buildDashboardSheet(
    context.services,
    {
      prospectsSheet: table.name,
      setupSheet: sheetName(setupSheet),
      historySheet: sheetName(historySheet),
      columns,
      steps: pipeline.steps.length,
      labels,
      owner: keptOwner(readOwnerChoice(existing), labels.everyone),
    },
    context.locale,
    existing,
  );
  saveFreshCopies(context, table, setup);
  showSheet(built);
  return { sheet: sheetName(built) };
}
