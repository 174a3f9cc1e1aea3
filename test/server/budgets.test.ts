// Holds every server function to the I/O budgets at 1, 100 and 10,000 prospects, and writes the measured table.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { HEADERS, makeWorkbook, propertyWrites, prospectRows, refsOf, userOf } from './workbook';

/** Reads of a move: Pipeline Setup, the header row, the selected rows, the identity columns. */
const MOVE_READS = 4;

const SIZES = [1, 100, 10000];
const table: string[] = ['| function | rows | reads | writes | history appends |', '|---|---:|---:|---:|---:|'];

function measure(name: string, size: number, services: ReturnType<typeof userOf>['services'], run: () => unknown) {
  services.counters.reset();
  run();
  const io = services.counters.io;
  const appends = io.filter((r) => r.kind === 'write' && r.sheet === 'Stage History').length;
  const result = { reads: services.counters.reads, writes: services.counters.writes - appends, appends };
  table.push(`| ${name} | ${size.toLocaleString('en-US')} | ${result.reads} | ${result.writes} | ${result.appends} |`);
  return result;
}

afterAll(() => {
  const dir = join(__dirname, '../../artifacts');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'io-budget.md'), table.join('\n') + '\n');
});

it('the first saveSetup also creates and formats Pipeline Setup in a bounded number of calls', () => {
  const { services, server } = userOf(makeWorkbook());
  const { stages } = server.getSetup();
  const created = measure('saveSetup (creates Pipeline Setup)', 20, services, () =>
    server.saveSetup({ stages, renames: [], renameProspects: false }),
  );
  expect(created.reads).toBeLessThanOrEqual(2);
  expect(created.writes).toBeLessThanOrEqual(6);
});

describe.each(SIZES)('with %i selected prospects', (size) => {
  const setUp = () => {
    const workbook = makeWorkbook(prospectRows(Math.max(size, 20)));
    const user = userOf(workbook);
    user.server.getSidebarState();
    user.server.saveSetup({ stages: user.server.getSetup().stages, renames: [], renameProspects: false });
    // History exists after the first move; budgets are for the steady state.
    user.server.moveProspects({ prospects: refsOf(user.server, user.services, 'A20'), action: { kind: 'advance' } });
    return { workbook, ...user };
  };

  it.each([
    ['advance', { kind: 'advance' } as const],
    ['move', { kind: 'move', stage: 'Proposal' } as const],
    ['won', { kind: 'won' } as const],
    ['lost', { kind: 'lost', reason: 'No budget' } as const],
  ])('moveProspects (%s) stays within 4 reads, 3 writes and one history append', (name, action) => {
    const { services, server, workbook } = setUp();
    const refs = refsOf(server, services, `A2:A${size + 1}`);
    expect(refs).toHaveLength(size);
    const used = measure(`moveProspects (${name})`, size, services, () => server.moveProspects({ prospects: refs, action }));
    // Pipeline Setup, the header row, the selected rows, and the ID and name columns: a row holds the selected
    // prospect only if no other row holds the same ID and name, which only those columns of every row can tell.
    expect(used.reads).toBeLessThanOrEqual(MOVE_READS);
    expect(used.writes).toBeLessThanOrEqual(3);
    expect(used.appends).toBe(1);
    expect(workbook.sheet('Stage History').lastRow()).toBe(1 + 1 + size);
  });

  it('moveProspects on scattered rows going to one stage still writes each column once', () => {
    const { services, server } = setUp();
    const rows = Array.from({ length: Math.ceil(size / 2) }, (_, i) => `A${2 + i * 2}`);
    const refs = refsOf(server, services, rows);
    const used = measure('moveProspects (won, every other row)', rows.length, services, () =>
      server.moveProspects({ prospects: refs, action: { kind: 'won' } }),
    );
    expect(used.writes).toBeLessThanOrEqual(3);
  });

  it('Advance on scattered rows at different stages writes once per target stage, never once per row', () => {
    // Writing one block over the rows in between would rewrite cells nobody selected (someone may be typing
    // there, or a cell may hold a formula), so each target stage gets its own range-list write instead.
    const { services, server } = setUp();
    const rows = Array.from({ length: Math.ceil(size / 2) }, (_, i) => `A${2 + i * 2}`);
    const refs = refsOf(server, services, rows);
    const targets = new Set(refs.map((ref) => ref.stage)).size;
    const used = measure('moveProspects (advance, every other row)', rows.length, services, () =>
      server.moveProspects({ prospects: refs, action: { kind: 'advance' } }),
    );
    expect(used.reads).toBeLessThanOrEqual(MOVE_READS);
    expect(used.writes).toBeLessThanOrEqual(targets + 2);
  });

  it('the selection poll is one read of the selected rows only', () => {
    const { services, server } = setUp();
    services.select('Leads', `A2:A${size + 1}`);
    const used = measure('getSelection', size, services, () => server.getSelection());
    expect(used).toEqual({ reads: 1, writes: 0, appends: 0 });
    expect(services.counters.cellsRead).toBeLessThanOrEqual(size * 10);
  });

  it.each([
    ['getPipelineSummary', (s: ReturnType<typeof userOf>['server']) => s.getPipelineSummary(null), 3],
    ['checkStages', (s: ReturnType<typeof userOf>['server']) => s.checkStages(), 3],
    ['checkValues', (s: ReturnType<typeof userOf>['server']) => s.checkValues(), 2],
    ['getSetup', (s: ReturnType<typeof userOf>['server']) => s.getSetup(), 3],
    ['getSidebarState', (s: ReturnType<typeof userOf>['server']) => s.getSidebarState(), 2],
    ['getProspectHistory', (s: ReturnType<typeof userOf>['server']) => s.getProspectHistory(20), 3],
  ])('%s reads in a bounded number of calls and writes nothing', (name, run, reads) => {
    const { services, server } = setUp();
    const used = measure(name, size, services, () => run(server));
    expect(used.reads).toBeLessThanOrEqual(reads);
    expect(used.writes).toBe(0);
  });

  it('fixStage reads in 3 calls and writes one cell plus the history row', () => {
    const { services, server } = setUp();
    // A typo from before the dropdown existed.
    const sheet = services.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Leads')!;
    sheet.getRange('D3').setDataValidation(null);
    sheet.getRange('D3').setValue('Contactd');
    const used = measure('fixStage', size, services, () =>
      server.fixStage({ row: 3, id: 'P00002', name: 'Company 2', value: 'Contactd', replacement: 'Contacted' }),
    );
    expect(used).toEqual({ reads: 3, writes: 1, appends: 1 });
  });

  it('fixValues on every row holding one value spelling reads in 3 calls and writes once, with no history row', () => {
    const { services, server, workbook } = setUp();
    // Every other row's value typed as text: scattered rows, one number.
    const sheet = services.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Leads')!;
    const rows = Array.from({ length: Math.ceil(size / 2) }, (_, i) => 2 + i * 2);
    sheet.getRangeList(rows.map((row) => `F${row}`)).setValue("'850tr");
    const group = server.checkValues().problems.map(({ row, id, name, value }) => ({ row, id, name, value }));
    expect(group).toHaveLength(rows.length);
    const history = workbook.sheet('Stage History').lastRow();
    const used = measure('fixValues', rows.length, services, () => server.fixValues({ rows: group }));
    expect(used).toEqual({ reads: 3, writes: 1, appends: 0 });
    expect(workbook.sheet('Stage History').lastRow()).toBe(history);
    expect(server.checkValues().problems).toEqual([]);
  });

  it('fixStages ("fix all N rows") and tidySpelling read in 3 calls and write each column once per value, plus one history append', () => {
    const { services, server } = setUp();
    const sheet = services.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Leads')!;
    const rows = Array.from({ length: Math.ceil(size / 2) }, (_, i) => 2 + i * 2);
    sheet.getRange(`D2:D${size + 1}`).setDataValidation(null);
    for (const row of rows) sheet.getRange(`D${row}`).setValue('Closed Won');
    const fixes = server
      .checkStages()
      .problems.map((p) => ({ row: p.row, id: p.id, name: p.name, value: p.value, replacement: p.suggestion, status: p.suggestedStatus }));
    expect(fixes).toHaveLength(rows.length);
    const fixed = measure('fixStages (every other row)', rows.length, services, () => server.fixStages({ fixes }));
    expect(fixed).toEqual({ reads: 3, writes: 2, appends: 1 }); // stage and status columns
    for (const row of rows) sheet.getRange(`D${row}`).setValue('  won ');
    const tidied = measure('tidySpelling (every other row)', rows.length, services, () => server.tidySpelling());
    expect(tidied).toEqual({ reads: 3, writes: 1, appends: 1 });
  });

  it('saveSetup and buildDashboard write in a bounded number of calls', () => {
    const { services, server } = setUp();
    const setup = server.getSetup();
    const save = () => server.saveSetup({ stages: setup.stages, renames: [], renameProspects: false });
    const saved = measure('saveSetup', size, services, save);
    expect(saved.reads).toBeLessThanOrEqual(2);
    expect(saved.writes).toBeLessThanOrEqual(4);
    const built = measure('buildDashboard', size, services, () => server.buildDashboard());
    expect(built.reads).toBeLessThanOrEqual(2);
    expect(built.writes).toBeLessThanOrEqual(5);
  });

  it('addFollowUpColumns reads the header row once, writes the headers and the date format, and two settings at most', () => {
    const { services, server } = setUp();
    services.log.length = 0;
    const added = measure('addFollowUpColumns', size, services, () => server.addFollowUpColumns());
    // The header row (the setup comes from its saved copy); the two headers in one write, the date column's format.
    expect(added).toEqual({ reads: 1, writes: 2, appends: 0 });
    expect(services.counters.cellsWritten).toBeLessThanOrEqual(
      2 + services.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Leads')!.getMaxRows(),
    );
    expect(propertyWrites(services.log)).toBeLessThanOrEqual(2); // the layout (and the mapping, only when detection needs it)
    services.log.length = 0;
    const again = measure('addFollowUpColumns (again)', size, services, () => server.addFollowUpColumns());
    expect(again).toEqual({ reads: 1, writes: 0, appends: 0 });
    expect(propertyWrites(services.log)).toBe(0);
  });
});

describe.each(SIZES)('follow-ups with %i prospects', (size) => {
  const setUp = () => {
    // The Next step and Follow-up columns side by side at the end, as Stagecoach appends them.
    const rows = prospectRows(Math.max(size, 20)).map((row, i) => [
      ...row,
      i % 4 ? 'Call back' : '',
      i % 3 ? new Date(Date.now() - (i % 9) * 86400000) : '',
    ]);
    const workbook = makeWorkbook(rows, [...HEADERS, 'Next step', 'Follow-up']);
    const user = userOf(workbook);
    user.server.getSidebarState();
    user.server.saveSetup({ stages: user.server.getSetup().stages, renames: [], renameProspects: false });
    return { workbook, ...user };
  };

  it('saveNextStep on one prospect is 2 reads and 1 write; on every selected one, still 2 reads and 2 writes', () => {
    const { services, server } = setUp();
    const one = refsOf(server, services, 'A3');
    const single = measure('saveNextStep (one prospect)', 1, services, () =>
      server.saveNextStep({ prospects: one, nextStep: 'Call', followUp: '2026-01-05' }),
    );
    // The header row (where the two columns are now) and the ID and name of every row (the identity check).
    expect(single).toEqual({ reads: 2, writes: 1, appends: 0 });
    const rows = Array.from({ length: Math.ceil(size / 2) }, (_, i) => `A${2 + i * 2}`);
    const refs = refsOf(server, services, rows);
    const batch = measure('saveNextStep (every other row)', rows.length, services, () =>
      server.saveNextStep({ prospects: refs, nextStep: 'Call', followUp: '2026-01-05' }),
    );
    expect(batch.reads).toBe(2);
    expect(batch.writes).toBeLessThanOrEqual(2);
    expect(services.counters.cellsRead).toBeLessThanOrEqual(2 * (Math.max(size, 20) + 1) + 12);
  });

  it.each([
    ['getToday', (s: ReturnType<typeof userOf>['server']) => s.getToday({ everyone: true })],
    ['searchProspects', (s: ReturnType<typeof userOf>['server']) => s.searchProspects('090')],
  ])('%s reads the header row and one block of the columns it needs, and writes nothing', (name, run) => {
    const { services, server } = setUp();
    const used = measure(name, size, services, () => run(server));
    expect(used).toEqual({ reads: 2, writes: 0, appends: 0 });
    // Never the whole width: the columns from the ID to the last one it needs (here all 12), once.
    expect(services.counters.cellsRead).toBeLessThanOrEqual(12 * (Math.max(size, 20) + 1));
  });
});
