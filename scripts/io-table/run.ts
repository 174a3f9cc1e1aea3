// The I/O of every sidebar call and of onEdit at 1k, 10k and 100k prospects with a 10k- or 100k-row Stage History:
// range calls, cells read and written, property operations: what Apps Script charges for, counted on the
// in-memory spreadsheet. Printed as a markdown table by `npm run bench`.
import { createServices, Workbook } from '../../preview/sheets';
import { HISTORY_HEADERS } from '../../src/core/history';
import { createServer } from '../../src/server';
import { handleEdit } from '../../src/server/on-edit';

const HEADERS = ['ID', 'Company', 'Owner', 'Stage', 'Status', 'Value', 'Customer', 'Stage since', 'Lost reason', 'Phone'];
const OPEN = ['Lead', 'Contacted', 'Qualified', 'Meeting', 'Proposal'];
const DAY = 86_400_000;

function workbookOf(prospects: number, historyRows: number) {
  const workbook = new Workbook({ id: 'io', locale: 'en_US', timeZone: 'Asia/Ho_Chi_Minh' });
  const rows = Array.from({ length: prospects }, (_, i) => [
    `P${i + 1}`,
    `Company ${i + 1}`,
    i % 2 ? 'Lan' : 'Minh',
    i === 5 ? 'Qualifed' : i === 6 ? 'Contactd' : OPEN[i % 5], // two typos, for Check's fixes
    '',
    1000 + i,
    `Customer ${i % 97}`,
    '',
    '',
    '090 000',
  ]);
  workbook.addSheet('Leads', [HEADERS, ...rows], { maxRows: prospects + 10 });
  const start = Date.now() - 400 * DAY;
  const log = Array.from({ length: historyRows }, (_, i) => {
    const p = i % prospects;
    return [new Date(start + i * 60_000), `P${p + 1}`, `Company ${p + 1}`, 'Lead', OPEN[p % 5], '', 'lan@example.com', '', 'move'];
  });
  workbook.addSheet('Stage History', [HISTORY_HEADERS.en, ...log], { maxRows: historyRows + 10 });
  const services = createServices(workbook, { user: 'minh@example.com', htmlFiles: { Sidebar: '<p>sidebar</p>' } });
  const server = createServer(services);
  server.saveSetup({ stages: server.getSetup().stages, renames: [], renameProspects: false });
  return { workbook, services, server };
}

interface Cost {
  reads: number;
  writes: number;
  cellsRead: number;
  cellsWritten: number;
  properties: number;
}

function measure(services: ReturnType<typeof createServices>, run: () => unknown, prepare?: () => void): Cost {
  prepare?.();
  services.counters.reset();
  services.log.length = 0;
  run();
  if (process.env.IO_LOG) console.log(services.log.filter((call) => call.startsWith('Properties')).join(' '));
  const { reads, writes, cellsRead, cellsWritten } = services.counters;
  return { reads, writes, cellsRead, cellsWritten, properties: services.log.filter((call) => call.startsWith('Properties.')).length };
}

const SIZES: [number, number][] = [
  [1_000, 10_000],
  [10_000, 10_000],
  [100_000, 10_000],
  [100_000, 100_000],
];

const table = new Map<string, Cost[]>();
for (const [prospects, historyRows] of SIZES) {
  const { workbook, services, server } = workbookOf(prospects, historyRows);
  const ref = (row: number) => {
    const [id, name, , stage] = workbook.sheet('Leads').values(`A${row}:D${row}`)[0];
    return { row, id: String(id), name: String(name), stage: String(stage) };
  };
  const leads = () => services.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Leads')!;
  const pasted = Math.min(10_000, prospects - 20);
  // [name, the call, what a person did before it (not counted)]
  const cases: [string, () => unknown, (() => void)?][] = [
    ['getSidebarState', () => server.getSidebarState()],
    ['getSelection (first poll after a save)', () => (services.select('Leads', 'A3'), server.getSelection())],
    ['getSelection (1 row, every later poll)', () => (services.select('Leads', 'A4'), server.getSelection())],
    ['getSelection (column A:A)', () => (services.select('Leads', 'A:A'), server.getSelection())],
    ['getProspectHistory', () => server.getProspectHistory(3)],
    ['moveProspects (1 row)', () => server.moveProspects({ prospects: [ref(3)], action: { kind: 'advance' } })],
    [
      'moveProspects (50 scattered rows)',
      () =>
        server.moveProspects({
          prospects: Array.from({ length: 50 }, (_, i) => ref(10 + Math.floor((i * (prospects - 20)) / 50))),
          action: { kind: 'advance' },
        }),
    ],
    ['getPipelineSummary', () => server.getPipelineSummary(null)],
    ['getSetup', () => server.getSetup()],
    ['saveSetup (unchanged)', () => server.saveSetup({ stages: server.getSetup().stages, renames: [], renameProspects: false })],
    ['checkStages', () => server.checkStages()],
    ['fixStage (1 row)', () => server.fixStage({ row: 7, id: 'P6', name: 'Company 6', value: 'Qualifed', replacement: 'Qualified' })],
    [
      'fixStages (fix all: 1 row)',
      () => server.fixStages({ fixes: [{ row: 8, id: 'P7', name: 'Company 7', value: 'Contactd', replacement: 'Contacted' }] }),
    ],
    ['tidySpelling', () => server.tidySpelling()],
    ['checkValues', () => server.checkValues()],
    ['getToday', () => server.getToday(null)],
    ['searchProspects ("090")', () => server.searchProspects('090')],
    ['addFollowUpColumns', () => server.addFollowUpColumns()],
    ['saveNextStep (1 row)', () => server.saveNextStep({ prospects: [ref(5)], nextStep: 'Call back', followUp: '2026-12-10' })],
    ['goToRow', () => server.goToRow(3)],
    ['buildDashboard', () => server.buildDashboard()],
    [
      'onEdit (one cell typed)',
      () => handleEdit(services, { range: leads().getRange('D4'), value: 'Meeting', oldValue: 'Qualified' }),
      () => leads().getRange('D4').setValue('Meeting'),
    ],
    [
      'onEdit (10,000-row paste)',
      () => handleEdit(services, { range: leads().getRange(20, 4, pasted, 1) }),
      () =>
        leads()
          .getRange(20, 4, pasted, 1)
          .setValues(Array.from({ length: pasted }, () => ['Proposal'])),
    ],
    ['onEdit (elsewhere)', () => handleEdit(services, { range: leads().getRange('B4') })],
  ];
  for (const [name, run, prepare] of cases) {
    let cost: Cost;
    try {
      cost = measure(services, run, prepare);
    } catch (error) {
      console.error(`${name} at ${prospects} prospects: ${(error as Error).message}`);
      cost = { reads: NaN, writes: NaN, cellsRead: NaN, cellsWritten: NaN, properties: NaN };
    }
    table.set(name, [...(table.get(name) ?? []), cost]);
  }
}

const n = (x: number) => (Number.isNaN(x) ? 'failed' : x.toLocaleString('en-US'));
console.log('Range calls (reads + writes), cells read / written, property operations, per call:\n');
console.log(`| call | ${SIZES.map(([p, h]) => `${p / 1000}k prospects, ${h / 1000}k history`).join(' | ')} |`);
console.log(`|---|${SIZES.map(() => '---').join('|')}|`);
for (const [name, costs] of table) {
  const cells = costs.map((c) => `${n(c.reads)}+${n(c.writes)} calls, ${n(c.cellsRead)} / ${n(c.cellsWritten)} cells, ${n(c.properties)} props`);
  console.log(`| ${name} | ${cells.join(' | ')} |`);
}
