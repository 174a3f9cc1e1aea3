// The demo dashboard as the preview's formula engine (HyperFormula running the bundle's functions) computes it,
// checked against counts made here from the demo's rows, without the add-on's core.
import { createDemo } from '../../../preview/demo';
import { createServices } from '../../../preview/sheets';
import { createServer } from '../../../src/server';
import { withEngine } from './bundle';

const NOW = new Date('2025-06-02T03:00:00Z');
const DASHBOARD = 'Pipeline Dashboard';

function demoDashboard(locale: 'en' | 'vi' = 'en') {
  const demo = createDemo({ now: NOW, locale });
  const services = createServices(demo.workbook, { user: 'lan@saigon-auto.example', locale });
  const server = createServer(services);
  demo.addSetupAndHistory((stages) => server.saveSetup({ stages, renames: [], renameProspects: false }));
  const { workbook, engine } = withEngine(demo.workbook);
  const steps = demo.stages.filter((s) => s.kind !== 'lost').map((s) => s.name);
  // The demo's typing slips, corrected as Check would: the formulas then read every row.
  for (const [row] of demo.typos) {
    const p = demo.prospects[row - 2];
    workbook.userEdit(demo.sheet, `D${row}`, steps[p.steps[p.steps.length - 1].stage]);
  }
  server.buildDashboard();
  const at = (a1: string) => {
    const [, letters, digits] = /^([A-Z]+)(\d+)$/.exec(a1)!;
    const col = [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    return engine.resultAt(DASHBOARD, Number(digits), col);
  };
  return { demo, workbook, engine, server, services, steps, at };
}

/** Counted from the Leads rows by hand: how far each prospect got (stage index, or the last one when won) and how it ended. */
function handCount(rows: unknown[][], steps: string[], owner?: string) {
  const mine = rows.filter((r) => r[3] !== '' && (owner === undefined || r[2] === owner));
  const got = mine.map((r) => {
    const status = String(r[4]);
    const index = steps.indexOf(String(r[3]));
    return { reached: status === 'Won' ? steps.length - 1 : index, status };
  });
  const reached = (i: number) => got.filter((g) => g.reached >= i).length;
  const won = got.filter((g) => g.status === 'Won').length;
  const lost = got.filter((g) => g.status === 'Lost').length;
  return { prospects: mine.length, reached, won, lost };
}

describe('the demo dashboard in the formula engine', () => {
  const { workbook, engine, server, steps, at } = demoDashboard();
  const leads = () => workbook.sheet('Leads').values().slice(1);
  const moment = steps.indexOf('Test drive');

  test('shows no error anywhere: no spill meets another (#REF!), no formula fails', () => {
    const { rows, columns } = engine.extentOf(DASHBOARD);
    const errors: string[] = [];
    for (let r = 1; r <= rows; r++)
      for (let c = 1; c <= columns; c++) {
        const { value, error } = engine.resultAt(DASHBOARD, r, c);
        if (typeof value === 'string' && value.startsWith('#')) errors.push(`R${r}C${c} ${value} ${error ?? ''}`);
      }
    expect(errors).toEqual([]);
    expect(columns).toBeLessThanOrEqual(26);
  });

  test('its KPIs and funnel are the counts made from the rows', () => {
    const count = handCount(leads(), steps);
    expect(at('A7').value).toBe('Lead → sale');
    expect(at('B7').value).toBeCloseTo(count.won / count.prospects, 12);
    expect(at('A8').value).toBe('Moment of truth (Test drive) → sale');
    expect(at('B8').value).toBeCloseTo(count.won / count.reached(moment), 12);
    expect(at('B9').value).toBeCloseTo(count.won / (count.won + count.lost), 12);
    const funnel = steps.map((_, i) => [at(`A${18 + i}`).value, at(`B${18 + i}`).value]);
    expect(funnel).toEqual(steps.map((stage, i) => [stage, count.reached(i)]));
    // The chart's table is the funnel's: labels with the step %, the reached counts.
    expect(at('L6').value).toBe(count.prospects);
    expect(at('J8').value).toBe(`Test drive · ${Math.round((100 * count.reached(moment)) / count.reached(moment - 1))}%`);
  });

  test('80/20 counts won deals only: the share of customers bringing 80% of won revenue, as a pivot table would', () => {
    const revenue = new Map<string, number>();
    for (const r of leads()) if (r[4] === 'Won' && r[6] !== '') revenue.set(String(r[6]), (revenue.get(String(r[6])) ?? 0) + Number(r[5] || 0));
    const sorted = [...revenue.values()].filter((v) => v > 0).sort((a, b) => b - a);
    const total = sorted.reduce((a, b) => a + b, 0);
    let sum = 0;
    const k = sorted.findIndex((v) => (sum += v) >= 0.8 * total * (1 - 1e-9)) + 1;
    expect(at('B11').value).toBeCloseTo(k / sorted.length, 12);
  });

  test('choosing an owner in the selector narrows every figure to their prospects', () => {
    const list = workbook.sheet(DASHBOARD).cellInfo(2, 2).validation?.list;
    expect(list).toEqual(['Everyone', 'Huy', 'Lan', 'Minh', 'Quân', 'Thảo']);
    workbook.userEdit(DASHBOARD, 'B2', 'Lan');
    const lan = handCount(leads(), steps, 'Lan');
    expect(at('B7').value).toBeCloseTo(lan.won / lan.prospects, 12);
    expect(at('B8').value).toBeCloseTo(lan.won / lan.reached(moment), 12);
    expect(at('B18').value).toBe(lan.prospects);
    const leaderboard = [at('A52').value, at('B52').value, at('A53').value];
    expect(leaderboard).toEqual(['Lan', lan.prospects, '']);
    // Her stays in stages: fewer than everyone's, from her prospects' history rows only.
    expect(at('C30').value).toBeLessThan(269);
    expect(at('C30').value).toBeGreaterThan(0);
    workbook.userEdit(DASHBOARD, 'B2', 'Everyone');
    expect(at('B18').value).toBe(handCount(leads(), steps).prospects);
  });

  test('a rebuild keeps the owner chosen, on the same sheet with the same chart', () => {
    workbook.userEdit(DASHBOARD, 'B2', 'Minh');
    const chart = workbook.sheet(DASHBOARD).charts[0];
    server.buildDashboard();
    expect(workbook.sheets.filter((s) => s.name.startsWith(DASHBOARD))).toHaveLength(1);
    expect(workbook.sheet(DASHBOARD).charts).toEqual([chart]);
    expect(at('B2').value).toBe('Minh');
    expect(at('B18').value).toBe(handCount(leads(), steps, 'Minh').prospects);
    workbook.userEdit(DASHBOARD, 'B2', 'Everyone');
  });

  test('renaming the moment of truth in Setup keeps the dashboard right without a rebuild', () => {
    const before = at('B8').value;
    const { stages } = server.getSetup();
    const renamed = stages.map((s) => (s.name === 'Test drive' ? { ...s, name: 'Road test' } : s));
    server.saveSetup({ stages: renamed, renames: [{ from: 'Test drive', to: 'Road test' }], renameProspects: true });
    expect(at('B6').value).toBe('Road test');
    expect(at('A8').value).toBe('Moment of truth (Road test) → sale');
    expect(at('B8')).toEqual({ value: before, error: null });
    expect(at('A20').value).toBe('Road test');
  });

  test('a value typed as text breaks only the Value column: the funnel counts and the chart stay', () => {
    const count = handCount(leads(), steps);
    const row = leads().findIndex((r) => r[4] === 'Open') + 2;
    workbook.userEdit('Leads', `F${row}`, '850tr');
    expect(at('F17').value).toBe('#ERROR!');
    expect(at('F17').error).toMatch(/850tr/);
    expect(at('F18').value).toBe('');
    expect(at('B18').value).toBe(count.prospects);
    expect(at('L6').value).toBe(count.prospects);
    expect(at('B7').value).toBeCloseTo(count.won / count.prospects, 12);
  });
});

test('in a Vietnamese spreadsheet the figures are the sidebar’s, shown as Sheets shows 0.0% there (34,4%)', () => {
  const { workbook, server, at } = demoDashboard('vi');
  const summary = server.getPipelineSummary(null);
  const sheet = workbook.sheet(DASHBOARD);
  expect(at('A7').value).toBe('Tiềm năng → bán hàng');
  expect(at('B7').value).toBe(summary.leadToSale);
  expect(at('A8').value).toBe(`Khoảnh khắc chân lý (${summary.momentOfTruthStage}) → bán hàng`);
  expect(at('B8').value).toBe(summary.momentOfTruthToSale);
  const shown = (x: number) => `${(100 * x).toFixed(1).replace('.', ',')}%`;
  expect(sheet.displayValues('B7:B8')).toEqual([[shown(summary.leadToSale!)], [shown(summary.momentOfTruthToSale!)]]);
});
