// The preview server's HTTP surface: the sidebar's google.script.run, the grid's selection and typing, the menu.
import { startPreview, type Preview } from '../../../preview/server';
import { withSidebarShim } from '../../../preview/server/sidebar-shim';
import type { MenuResult, SheetView, WorkbookView } from '../../../preview/server/views';

let preview: Preview;

beforeAll(async () => {
  preview = await startPreview({ port: 0, now: new Date('2025-06-02T03:00:00Z') });
});

afterAll(() => preview?.close());

async function get<T>(path: string): Promise<T> {
  return (await fetch(new URL(path, preview.url))).json() as Promise<T>;
}

async function post<T>(path: string, body: unknown): Promise<{ status: number; body: T }> {
  const response = await fetch(new URL(path, preview.url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as T };
}

const run = (fn: string, args: unknown[] = []) => post<{ value?: unknown; error?: string }>('/api/run', { fn, args }).then((r) => r.body);

test('the workbook opens on the demo with the add-on’s menu built by onOpen and its sidebar shown', async () => {
  const workbook = await get<WorkbookView>('/api/workbook');
  expect(workbook.sheets).toEqual(['Leads', 'Pipeline Setup', 'Stage History', 'Import']);
  expect(workbook.menu.filter((item) => 'functionName' in item).map((item) => ('functionName' in item ? item.functionName : ''))).toEqual([
    'showSidebar',
    'showSetup',
    'showCheck',
    'buildDashboardFromMenu',
    'showHelp',
  ]);
  expect(workbook.sidebar).toMatchObject({ open: true, title: 'Stagecoach' });
  expect(workbook.selection.sheet).toBe('Leads');
});

test('the sidebar page gets google.script.run before any of its own scripts', async () => {
  const html = await (await fetch(new URL('/sidebar', preview.url))).text();
  const head = html.indexOf('<head');
  const firstScript = html.indexOf('<script', head);
  expect(html.slice(firstScript, html.indexOf('</script>', firstScript))).toContain("fetch('/api/run'");
  expect(withSidebarShim('<p>no head</p>')).toMatch(/^<script>/);
});

test('google.script.run reaches the bundle: the selection poll sees the cells selected in the grid', async () => {
  expect((await post('/api/select', { sheet: 'Leads', ranges: ['B5:C7'] })).status).toBe(200);
  const reply = (await run('getSelection')) as { value: { onProspects: boolean; prospects: Array<{ row: number }> } };
  expect(reply.value.onProspects).toBe(true);
  expect(reply.value.prospects.map((p) => p.row)).toEqual([5, 6, 7]);
});

test('only the entry points the bundle declares can be called, and errors come back as messages', async () => {
  for (const fn of ['constructor', 'eval', 'toString', 'liveServices', '__proto__'])
    expect(await run(fn)).toEqual({ error: `Script function not found: ${fn}` });
  expect(await run('moveProspects', [{ prospects: [], action: { kind: 'advance' } }])).toEqual({ error: 'Select one or more prospect rows first.' });
  expect((await post('/api/run', { fn: 'getSelection' })).status).toBe(400);
});

test('typing into a stage cell is refused when the dropdown does not allow it, accepted when it does', async () => {
  const refused = await post<{ error: string }>('/api/edit', { sheet: 'Leads', cell: 'D2', text: 'Maybe' });
  expect(refused.status).toBe(422);
  expect(refused.body.error).toMatch(/^The data you entered in cell D2 violates the data validation rules/);
  const before = (await get<WorkbookView>('/api/workbook')).version;
  const changed = get<{ version: number }>(`/api/changes?after=${before}`);
  expect((await post('/api/edit', { sheet: 'Leads', cell: 'D2', text: 'Test drive' })).status).toBe(200);
  expect((await changed).version).toBeGreaterThan(before);
  expect(preview.session.workbook.sheet('Leads').values('D2')).toEqual([['Test drive']]);
});

test('the grid gets each cell’s text, the red corner and highlight of bad stages, and the dropdowns', async () => {
  const sheet = await get<SheetView>('/api/sheet?name=Leads');
  expect(sheet.frozenRows).toBe(1);
  const typo = [...preview.session.workbook.sheet('Leads').values('D2:D301').entries()].find(([, [value]]) => value === 'Test drve');
  const row = (typo?.[0] ?? 0) + 2;
  const cell = sheet.cells.find((c) => c.a1 === `D${row}`);
  expect(cell).toMatchObject({ text: 'Test drve', invalid: true, fill: '#f4c7c3' });
  expect(sheet.dropdowns[cell?.dropdown ?? -1]).toEqual({ options: expect.arrayContaining(['Enquiry', 'Test drive', 'Lost']), strict: true });
  expect(sheet.cells.find((c) => c.a1 === 'F1')).toMatchObject({ text: 'Value', bold: true });
});

test('menu items run by name, only those the menu lists; alerts and toasts come back to the page', async () => {
  const help = await post<MenuResult>('/api/menu', { functionName: 'showHelp' });
  expect(help.body.alerts[0]).toMatch(/^Stagecoach turns this sheet into a sales pipeline/);
  expect((await post<MenuResult>('/api/menu', { functionName: 'getSetup' })).body.error).toBe('Script function not found: getSetup');

  const built = await post<MenuResult>('/api/menu', { functionName: 'buildDashboardFromMenu' });
  expect(built.body.toasts).toEqual([{ title: 'Stagecoach', message: 'The dashboard is on the sheet "Pipeline Dashboard".' }]);
  const workbook = await get<WorkbookView>('/api/workbook');
  expect(workbook.selection.sheet).toBe('Pipeline Dashboard');
  const dashboard = await get<SheetView>('/api/sheet?name=Pipeline%20Dashboard');
  expect(dashboard.charts).toHaveLength(1);
  expect(dashboard.charts[0]).toMatchObject({ type: 'BAR', title: 'Sales funnel', stacked: true });
  expect(dashboard.charts[0]?.series.map((s) => s.color)).toEqual([null, '#1a73e8']);
  // The demo's typos are still there: the KPI formulas say so, with the row and the fix in the tooltip.
  expect(dashboard.cells.find((c) => c.a1 === 'B7')).toMatchObject({
    text: '#ERROR!',
    kind: 'error',
    note: expect.stringMatching(/^Row \d+: .* is not a stage of the pipeline\. Did you mean/),
    input: expect.stringMatching(/^=CONVERSION\(ARRAYFORMULA\(.*\), , , 'Pipeline Setup'!A:C\)$/),
  });
  // The moment of truth comes from Pipeline Setup; the time a sale takes from Stage History, whatever the typos.
  expect(dashboard.cells.find((c) => c.a1 === 'B6')).toMatchObject({ text: 'Test drive' });
  expect(dashboard.cells.find((c) => c.a1 === 'B13')?.text).toMatch(/^\d+\.\d$/);
});

test('showSetup reopens the sidebar on the Setup view', async () => {
  const before = (await get<WorkbookView>('/api/workbook')).sidebar.version;
  await post('/api/menu', { functionName: 'showSetup' });
  expect((await get<WorkbookView>('/api/workbook')).sidebar.version).toBeGreaterThan(before);
  expect(((await run('getSidebarState')) as { value: { view: string } }).value.view).toBe('setup');
});
