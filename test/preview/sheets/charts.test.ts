// Embedded charts: what the builder records, insert / update / remove, and modify() pre-filled from a chart.

import { createServices, Workbook } from '../../../preview/sheets';

function setup() {
  const wb = new Workbook();
  const data = wb.addSheet('Pipeline Dashboard', [
    ['Stage', 'Spacer', 'Count'],
    ['Lead', 0, 10],
    ['Won', 4, 2],
  ]);
  const services = createServices(wb);
  const sheet = services.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Pipeline Dashboard')!;
  return { wb, data, services, sheet };
}

describe('charts', () => {
  test('the builder records type, ranges, options with dotted names as given, position, headers and transpose', () => {
    const { data, services, sheet } = setup();
    const chart = sheet
      .newChart()
      .setChartType(services.Charts.ChartType.BAR)
      .addRange(sheet.getRange('A1:C3'))
      .setOption('isStacked', true)
      .setOption('series.0.color', 'transparent')
      .setPosition(2, 6, 10, 20)
      .setNumHeaders(1)
      .setTransposeRowsAndColumns(false)
      .build();
    expect(chart.getChartId()).toBeNull(); // not in a sheet yet
    sheet.insertChart(chart);
    expect(chart.getChartId()).toEqual(expect.any(Number));
    expect(data.charts).toEqual([
      {
        chartId: chart.getChartId(),
        chartType: 'BAR',
        ranges: [{ sheetId: data.id, row: 1, col: 1, numRows: 3, numCols: 3 }],
        options: { isStacked: true, 'series.0.color': 'transparent' },
        position: { row: 2, col: 6, offsetX: 10, offsetY: 20 },
        numHeaders: 1,
        transpose: false,
      },
    ]);
    const [read] = sheet.getCharts();
    expect(read!.getOptions().get('series.0.color')).toBe('transparent');
    expect(read!.getRanges().map((r) => r.getA1Notation())).toEqual(['A1:C3']);
  });

  test('modify() starts from the chart and updateChart replaces it in place, so a rebuild leaves one chart', () => {
    const { data, services, sheet } = setup();
    sheet.insertChart(
      sheet.newChart().setChartType(services.Charts.ChartType.BAR).addRange(sheet.getRange('A1:C3')).setOption('title', 'Funnel').build(),
    );
    const [existing] = sheet.getCharts();
    const updated = existing!.modify().clearRanges().addRange(sheet.getRange('A1:C2')).setOption('title', 'Funnel (EN)').build();
    expect(updated.getChartId()).toBe(existing!.getChartId());
    sheet.updateChart(updated);
    expect(sheet.getCharts()).toHaveLength(1);
    expect(data.charts[0]).toMatchObject({ chartType: 'BAR', options: { title: 'Funnel (EN)' }, ranges: [{ numRows: 2 }] });
  });

  test('removeChart removes the chart with that id', () => {
    const { sheet, services } = setup();
    sheet.insertChart(sheet.newChart().setChartType(services.Charts.ChartType.BAR).addRange(sheet.getRange('A1:C3')).build());
    sheet.removeChart(sheet.getCharts()[0]!);
    expect(sheet.getCharts()).toEqual([]);
  });

  test('updating a chart that was never inserted is an error', () => {
    const { sheet } = setup();
    expect(() => sheet.updateChart(sheet.newChart().build())).toThrow();
  });
});
