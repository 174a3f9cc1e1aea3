import { makeWorkbook, userOf } from './workbook';

describe('buildDashboard', () => {
  it('writes live formulas of our functions and one stacked-bar funnel chart whose spacer wears the colour of the chart background', () => {
    const workbook = makeWorkbook();
    const { server } = userOf(workbook);
    const setup = server.getSetup();
    server.saveSetup({ stages: setup.stages, renames: [], renameProspects: false });
    expect(server.buildDashboard()).toEqual({ sheet: 'Pipeline Dashboard' });
    const sheet = workbook.sheet('Pipeline Dashboard');
    const formulas = sheet.formulas('B4:B9').flat();
    expect(formulas).toEqual([
      "=CONVERSION('Leads'!D2:E, , , 'Pipeline Setup'!A:C)",
      "=CONVERSION('Leads'!D2:E, \"Meeting\", , 'Pipeline Setup'!A:C)",
      "=WINRATE('Leads'!D2:E, 'Pipeline Setup'!A:C)",
      "=PIPELINEVALUE('Leads'!D2:E, 'Leads'!F2:F, 'Pipeline Setup'!A:C)",
      "=PARETO('Leads'!G2:G, 'Leads'!F2:F)",
      "=TOPSHARE('Leads'!G2:G, 'Leads'!F2:F)",
    ]);
    expect(sheet.formulas('A12')[0][0]).toBe("=FUNNEL('Leads'!D2:E, 'Pipeline Setup'!A:C, 'Leads'!F2:F)");
    expect(sheet.formulas('I13')[0][0]).toBe('=(MAX($B$13:$B$18)-B13)/2');
    const [chart] = sheet.charts;
    expect(chart).toMatchObject({ chartType: 'BAR', numHeaders: 1 });
    expect(chart.ranges).toEqual([expect.objectContaining({ row: 12, col: 8, numRows: 7, numCols: 3 })]);
    expect(chart.options.isStacked).toBe(true);
    // Series colours take no alpha in Sheets: the spacer wears the chart's own background colour instead.
    expect(chart.options.backgroundColor).toBe('#ffffff');
    expect((chart.options.series as Record<number, { color: string }>)[0].color).toBe('#ffffff');
  });

  it('rebuilt twice leaves one sheet and one chart', () => {
    const workbook = makeWorkbook();
    const { server } = userOf(workbook);
    server.buildDashboard();
    server.buildDashboard();
    expect(workbook.sheets.filter((s) => s.name === 'Pipeline Dashboard')).toHaveLength(1);
    expect(workbook.sheet('Pipeline Dashboard').charts).toHaveLength(1);
  });

  it('leaves out Pareto when the sheet has no customer column, and quotes sheet names with apostrophes', () => {
    const workbook = makeWorkbook(undefined, ['ID', 'Company', 'Owner', 'Stage', 'Notes', 'Value']);
    workbook.sheet('Leads');
    const { server, services } = userOf(workbook);
    services.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Leads');
    server.buildDashboard();
    const labels = workbook.sheet('Pipeline Dashboard').values('A4:A9').flat();
    expect(labels).not.toContain('Share of customers bringing 80% of revenue');
    expect(workbook.sheet('Pipeline Dashboard').formulas('B4')[0][0]).toBe("=CONVERSION('Leads'!D2:D, , , 'Pipeline Setup'!A:C)");
  });
});
