// Build dashboard: the live KPI formulas and the funnel chart for the current prospects sheet and pipeline.
import { buildDashboardSheet } from '../sheets/dashboard';
import { ensureSetupSheet } from '../sheets/setup-sheet';
import { sheetName, showSheet } from '../sheets/spreadsheet';
import { Context, currentSetup, pipelineOf, prospectsOf, saveFreshCopies, withDocumentLock } from './context';

/** Under the document lock: it clears and rewrites a whole sheet, and may create Pipeline Setup. */
export function buildDashboard(context: Context): { sheet: string } {
  return withDocumentLock(context, () => build(context));
}

function build(context: Context): { sheet: string } {
  const { t } = context;
  const setup = currentSetup(context, true);
  const pipeline = pipelineOf(setup);
  const table = prospectsOf(context);
  const { columns } = table;
  const moment = setup.find((s) => s.momentOfTruth && s.kind === 'stage')?.name ?? null;
  // The formulas refer to Pipeline Setup: when it was deleted, it comes back from the saved copy first.
  const setupSheet = ensureSetupSheet(context.services, setup, context.locale);
  const built = buildDashboardSheet(
    context.services,
    {
      prospectsSheet: table.name,
      setupSheet: sheetName(setupSheet),
      stageColumn: columns.stage + 1,
      statusColumn: columns.status + 1,
      valueColumn: columns.value + 1,
      customerColumn: columns.customer + 1,
      momentOfTruth: moment,
      steps: pipeline.steps.length,
      labels: {
        title: t('dashTitle'),
        subtitle: t('dashSubtitle'),
        leadToSale: t('dashLeadToSale'),
        motToSale: t('dashMotToSale', { stage: moment ?? '' }),
        winRate: t('dashWinRate'),
        weighted: t('dashWeighted'),
        pareto: t('dashPareto'),
        topShare: t('dashTopShare'),
        funnel: t('dashFunnel'),
        chartTitle: t('dashChartTitle'),
        label: t('dashLabel'),
        spacer: t('dashSpacer'),
        reached: t('dashReached'),
      },
    },
    context.locale,
  );
  saveFreshCopies(context, table, setup);
  showSheet(built);
  return { sheet: sheetName(built) };
}
