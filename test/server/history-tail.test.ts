// Opening a prospect reads the end of Stage History in bounded blocks, not the whole log (it grows without bound).
import { HISTORY_COLUMNS, HISTORY_HEADERS } from '../../src/core/history';
import { HISTORY_BLOCK_ROWS, HISTORY_SCAN_ROWS } from '../../src/sheets/history-tail';
import { makeWorkbook, prospectRows, userOf } from './workbook';

const LOG_ROWS = 100000;
const DAY = 24 * 60 * 60 * 1000;
/** A log made before tabs were marked is recognised by its header row until the next write marks it. */
const HEADER_CHECK = HISTORY_COLUMNS;

/** A Stage History of `count` rows of other prospects, with `extra` rows placed at given positions from the top. */
function withHistory(count: number, placed: Record<number, unknown[]>) {
  const workbook = makeWorkbook(prospectRows(20));
  const start = Date.now() - 400 * DAY;
  const rows: unknown[][] = Array.from({ length: count }, (_, i) => [
    new Date(start + i * 60000),
    `X${i}`,
    `Other ${i}`,
    'Lead',
    'Contacted',
    'Open',
    'lan@example.com',
    '',
  ]);
  for (const [at, row] of Object.entries(placed)) rows[Number(at)] = row;
  workbook.addSheet('Stage History', [HISTORY_HEADERS.en, ...rows], { maxRows: count + 10 });
  const user = userOf(workbook);
  user.server.saveSetup({ stages: user.server.getSetup().stages, renames: [], renameProspects: false });
  return user;
}

function historyCells(services: ReturnType<typeof userOf>['services']) {
  return services.counters.io.filter((io) => io.kind === 'read' && io.sheet === 'Stage History').reduce((cells, io) => cells + io.cells, 0);
}

describe(`at a ${LOG_ROWS.toLocaleString('en-US')}-row Stage History`, () => {
  const recent = new Date(Date.now() - 12 * DAY);
  const old = new Date(Date.now() - 390 * DAY);
  let user: ReturnType<typeof withHistory>;
  beforeAll(() => {
    user = withHistory(LOG_ROWS, {
      5: [old, 'P00001', 'Company 1', '', 'Lead', 'Open', 'minh@example.com', ''],
      6: [old, 'P00002', 'Company 2', '', 'Lead', 'Open', 'minh@example.com', 'Only long ago'],
      [LOG_ROWS - 40]: [recent, 'P00001', 'Company 1', 'Contacted', 'Lead', 'Open', 'minh@example.com', 'Called back'],
    });
  });

  it('opening a prospect moved lately reads a few thousand cells and finds its entry into the current stage', () => {
    const { services, server } = user;
    services.counters.reset();
    const history = server.getProspectHistory(2);
    expect(historyCells(services)).toBeLessThanOrEqual(2 * HISTORY_BLOCK_ROWS * HISTORY_COLUMNS + HEADER_CHECK);
    expect(history.entries[0]).toMatchObject({ to: 'Lead', note: 'Called back', when: recent.toISOString() });
    // Days in stage come from that entry (the sheet has no Stage since value).
    expect(history.daysInStage).toBeGreaterThanOrEqual(11);
    expect(history.daysInStage).toBeLessThanOrEqual(13);
    expect(history.olderNotShown).toBe(true);
  });

  it('opening a prospect last moved long ago reads at most 1,000 rows and says older entries are not shown', () => {
    const { services, server } = user;
    services.counters.reset();
    const history = server.getProspectHistory(3);
    expect(historyCells(services)).toBeLessThanOrEqual(HISTORY_SCAN_ROWS * HISTORY_COLUMNS + HEADER_CHECK);
    expect(history.entries).toEqual([]);
    expect(history.olderNotShown).toBe(true);
  });
});

it('a short log is read whole, and nothing is said about older entries', () => {
  const old = new Date(Date.now() - 30 * DAY);
  const { server } = withHistory(50, { 0: [old, 'P00002', 'Company 2', '', 'Lead', 'Open', 'minh@example.com', 'First'] });
  const history = server.getProspectHistory(3);
  expect(history.entries.map((entry) => entry.note)).toEqual(['First']);
  expect(history.olderNotShown).toBe(false);
});

it('the Pipeline view lists the 20 most overdue stalled prospects and counts the rest', () => {
  const workbook = makeWorkbook(prospectRows(100).map((row, i) => ((row[7] = new Date(Date.now() - (40 + i) * DAY)), row)));
  const { server } = userOf(workbook);
  const stages = server.getSetup().stages.map((stage) => (stage.kind === 'stage' ? { ...stage, stallDays: 30 } : stage));
  server.saveSetup({ stages, renames: [], renameProspects: false });
  const summary = server.getPipelineSummary(null);
  expect(summary.stalledCount).toBe(100);
  expect(summary.stalled).toHaveLength(20);
  // Most overdue first: the oldest "Stage since" is the last row.
  expect(summary.stalled[0].row).toBe(101);
});
