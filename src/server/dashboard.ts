// Build dashboard: the live KPI formulas and the funnel chart for the current prospects sheet and pipeline.
import { buildDashboardSheet } from '../sheets/dashboard';
import { sheetName, showSheet } from '../sheets/spreadsheet';
import { Context, currentSetup, pipelineOf, prospectsOf, saveFreshCopies } from './context';

export function buildDashboard(context: Context): { sheet: string } {
  const { t } = context;
  const setup = currentSetup(context, true);
  const pipeline = pipelineOf(setup);
  const table = prospectsOf(context);
  const { columns } = table;
  const moment = setup.find((s) => s.momentOfTruth && s.kind === 'stage')?.name ?? null;
  const built = buildDashboardSheet(context.services, {
    prospectsSheet: table.name,
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
  });
  saveFreshCopies(context, table, setup);
  showSheet(built);
  return { sheet: sheetName(built) };
}
