// The preview draws the dashboard's funnel as Sheets shows it: the spacer, the colour of the chart's background, is not seen.
import { chartView } from '../../../preview/server/chart-view';
import { makeWorkbook, userOf } from '../../server/workbook';

it('leaves out the spacer series, which wears the chart background colour, and draws the reached series in its colour', () => {
  const workbook = makeWorkbook();
  userOf(workbook).server.buildDashboard();
  const view = chartView(workbook.sheet('Pipeline Dashboard').charts[0]!, workbook);
  expect(view.series.map((s) => s.color)).toEqual([null, '#1a73e8']);
  expect(view.stacked).toBe(true);
});

it('draws the chart at the size its width and height options give, as Sheets does (else the size of a new chart)', () => {
  const workbook = makeWorkbook();
  userOf(workbook).server.buildDashboard();
  const chart = workbook.sheet('Pipeline Dashboard').charts[0]!;
  const view = chartView(chart, workbook);
  expect([view.width, view.height]).toEqual([chart.options.width, chart.options.height]);
  expect(view.height).toBeGreaterThan(371);
  expect(chartView({ ...chart, options: {} }, workbook)).toMatchObject({ width: 600, height: 371 });
});
