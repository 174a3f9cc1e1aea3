import { dashboardLayout, DashboardSpec, SHEET_COLUMNS } from '../../src/sheets/dashboard-layout';
import { dashboardLabels } from '../../src/server/dashboard';
import { serverText } from '../../src/i18n/messages';
import { makeWorkbook, userOf } from './workbook';

const formulasOf = (workbook: ReturnType<typeof makeWorkbook>, a1: string) => workbook.sheet('Pipeline Dashboard').formulas(a1).flat();

describe('buildDashboard', () => {
  it('writes live formulas of our functions and one stacked-bar funnel chart whose spacer wears the colour of the chart background', () => {
    const workbook = makeWorkbook();
    const { server } = userOf(workbook);
    const setup = server.getSetup();
    server.saveSetup({ stages: setup.stages, renames: [], renameProspects: false });
    expect(server.buildDashboard()).toEqual({ sheet: 'Pipeline Dashboard' });
    const sheet = workbook.sheet('Pipeline Dashboard');
    const kpis = formulasOf(workbook, 'B6:B14');
    // The owner selector in B2 narrows the prospects of every formula; the moment of truth is read from Setup (B6).
    const prospects =
      `ARRAYFORMULA({IF(($B$2="Everyone")+(TRIM('Leads'!C2:C)=$B$2)+($B$2="(no owner)")*(TRIM('Leads'!C2:C)=""), 'Leads'!D2:D, ""), ` +
      `IF(($B$2="Everyone")+(TRIM('Leads'!C2:C)=$B$2)+($B$2="(no owner)")*(TRIM('Leads'!C2:C)=""), 'Leads'!E2:E, "")})`;
    expect(kpis.slice(0, 7)).toEqual([
      `=IFERROR(INDEX('Pipeline Setup'!A:A, MATCH(TRUE(), 'Pipeline Setup'!D:D, 0)), "")`,
      `=CONVERSION(${prospects}, , , 'Pipeline Setup'!A:C)`,
      `=IF($B$6="", "", CONVERSION(${prospects}, $B$6, , 'Pipeline Setup'!A:C))`,
      `=WINRATE(${prospects}, 'Pipeline Setup'!A:C)`,
      `=PIPELINEVALUE(${prospects}, 'Leads'!F2:F, 'Pipeline Setup'!A:C)`,
      `=PARETO('Leads'!G2:G, 'Leads'!F2:F, , ${prospects}, 'Pipeline Setup'!A:C)`,
      `=TOPSHARE('Leads'!G2:G, 'Leads'!F2:F, , ${prospects}, 'Pipeline Setup'!A:C)`,
    ]);
    expect(kpis[7]).toMatch(/^=CYCLETIME\(ARRAYFORMULA\(\{IF\(.*'Stage History'!A:A.*\), , , , 'Pipeline Setup'!A:C\)$/);
    expect(kpis[8]).toMatch(/^=VELOCITY\(/);
    expect(sheet.formulas('A17')[0][0]).toBe(`=FUNNEL(${prospects}, 'Pipeline Setup'!A:C)`);
    expect(sheet.values('A8')).toEqual([['']]); // a formula: "Moment of truth (" & $B$6 & ") → sale"
    expect(sheet.formulas('A8')[0][0]).toBe('="Moment of truth ("&$B$6&") → sale"');
    expect(sheet.formulas('K6')[0][0]).toBe('=(MAX($B$18:$B$23)-B18)/2');
    const [chart] = sheet.charts;
    expect(chart).toMatchObject({ chartType: 'BAR', numHeaders: 1 });
    expect(chart.ranges).toEqual([expect.objectContaining({ row: 5, col: 10, numRows: 7, numCols: 3 })]);
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

  it('leaves out Pareto when the sheet has no customer column, and the owner selector when it has no owner column', () => {
    const workbook = makeWorkbook(undefined, ['ID', 'Company', 'Who', 'Stage', 'Notes', 'Value']);
    const { server } = userOf(workbook);
    server.buildDashboard();
    const labels = workbook.sheet('Pipeline Dashboard').values('A4:A14').flat();
    expect(labels).not.toContain('Share of customers bringing 80% of revenue (won deals)');
    expect(workbook.sheet('Pipeline Dashboard').values('A2:B2')).toEqual([['', '']]);
    expect(workbook.sheet('Pipeline Dashboard').formulas('B7')[0][0]).toBe("=CONVERSION('Leads'!D2:D, , , 'Pipeline Setup'!A:C)");
    expect(workbook.sheet('Pipeline Dashboard').formulas('B11')[0][0]).toBe("=CYCLETIME('Stage History'!A:I, , , , 'Pipeline Setup'!A:C)");
  });

  it('quotes sheet names with apostrophes', () => {
    const workbook = makeWorkbook();
    workbook.sheet('Leads').name = "Lan's leads";
    const { server } = userOf(workbook);
    server.buildDashboard();
    expect(formulasOf(workbook, 'B7')[0]).toContain("'Lan''s leads'!D2:D");
  });

  it('gives every section of a sheet with owner, reason, dates and values, and the percentage formats the sidebar shows', () => {
    const headers = ['ID', 'Company', 'Owner', 'Stage', 'Status', 'Value', 'Customer', 'Lost reason', 'Created', 'Expected close'];
    const workbook = makeWorkbook([['P1', 'Acme', 'Lan', 'Lead', '', 100, 'Acme', '', new Date(2025, 0, 5), new Date(2025, 2, 1)]], headers);
    const { server } = userOf(workbook);
    server.buildDashboard();
    const all = workbook.sheet('Pipeline Dashboard').formulas().flat().filter(Boolean);
    for (const fn of ['FUNNEL', 'STAGETIME', 'CALIBRATION', 'BYOWNER', 'LOSTREASONS', 'COHORTS', 'FORECAST'])
      expect(all.some((f) => f.startsWith(`=${fn}(`))).toBe(true);
    const sheet = workbook.sheet('Pipeline Dashboard');
    expect(sheet.cellInfo(7, 2).format).toBe('0.0%');
    const titles = sheet.values().flat();
    for (const title of ['Where prospects wait', 'Win probabilities: set and observed', 'By owner', 'Why deals are lost', 'Leads by month created'])
      expect(titles).toContain(title);
  });
});

describe('the dashboard layout', () => {
  const labels = dashboardLabels(serverText('en'));
  const widest = (steps: number): DashboardSpec => ({
    prospectsSheet: 'Leads',
    setupSheet: 'Pipeline Setup',
    historySheet: 'Stage History',
    columns: { id: 1, prospect: 2, stage: 3, status: 4, value: 5, customer: 6, owner: 7, lostReason: 8, created: 9, expectedClose: 10 },
    steps,
    labels,
    owner: labels.everyone,
  });

  it.each([3, 7, 15, 30])('keeps every table, however far it may grow, clear of every other (%i steps), within columns A:Z', (steps) => {
    const layout = dashboardLayout(widest(steps));
    const far = 100000;
    const boxes = layout.spills.map((s) => ({ ...s, last: s.row + (s.rows ?? far) - 1 + (s.rows === null ? 0 : 3) }));
    const written = layout.cells.filter((c) => !boxes.some((b) => b.row === c.row && b.col === c.col));
    for (const a of boxes) {
      for (const b of boxes) {
        if (a === b) continue;
        const apart = a.col + a.cols - 1 < b.col || b.col + b.cols - 1 < a.col || a.last < b.row || b.last < a.row;
        expect({ a: a.name, b: b.name, apart }).toEqual({ a: a.name, b: b.name, apart: true });
      }
      const inside = written.filter((c) => c.row >= a.row && c.row <= a.last && c.col >= a.col && c.col < a.col + a.cols);
      expect({ table: a.name, cells: inside }).toEqual({ table: a.name, cells: [] });
    }
    expect(layout.cols).toBeLessThanOrEqual(SHEET_COLUMNS);
  });

  // Sheets draws the chart over cells: its helper tables must lie under it, hidden, and nothing else may.
  it.each([3, 7, 15, 30])('sizes the chart to hide its helper tables and nothing else (%i steps)', (steps) => {
    const layout = dashboardLayout(widest(steps));
    type Box = { row: number; col: number; rows: number; cols: number };
    const inside = (r: number, c: number, box: Box) => r >= box.row && r < box.row + box.rows && c >= box.col && c < box.col + box.cols;
    const holds = (outer: Box, inner: Box) =>
      inside(inner.row, inner.col, outer) && inside(inner.row + inner.rows - 1, inner.col + inner.cols - 1, outer);
    const chart = layout.chartAnchor;
    const chartTable = { ...layout.chart, cols: 3 };
    const helpers = layout.spills.filter((s) => s.name === 'FUNNEL with values').map((s) => ({ ...s, rows: s.rows! }));
    expect(helpers).toHaveLength(1);
    for (const helper of helpers) expect(holds(chart, helper)).toBe(true);
    expect(holds(chart, chartTable)).toBe(true);
    // No other table reaches under the chart, however far it may grow, and no other cell lies there.
    const others = layout.spills.filter((s) => s.name !== 'FUNNEL with values').map((s) => ({ ...s, rows: s.rows ?? 1000 }));
    const overlaps = (a: Box, b: Box) => a.col < b.col + b.cols && b.col < a.col + a.cols && a.row < b.row + b.rows && b.row < a.row + a.rows;
    expect(others.filter((s) => overlaps(s, chart)).map((s) => s.name)).toEqual([]);
    const hidden = [chartTable, ...helpers];
    const stray = layout.cells.filter((c) => inside(c.row, c.col, chart) && !hidden.some((box) => inside(c.row, c.col, box)));
    expect(stray).toEqual([]);
  });
});
