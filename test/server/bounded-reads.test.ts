// Holds the selection poll and moves to reads bounded by the selection, at 100,000 prospects.
import { HEADERS, makeWorkbook, prospectRows, userOf } from './workbook';

const PROSPECTS = 100000;
const WIDTH = HEADERS.length;

function bigWorkbook(count = PROSPECTS) {
  const workbook = makeWorkbook(prospectRows(count));
  const user = userOf(workbook);
  user.server.saveSetup({ stages: user.server.getSetup().stages, renames: [], renameProspects: false });
  return { workbook, ...user };
}

/** The ref the sidebar would send for a sheet row, from the sheet as it is (no poll needed). */
function refOf(workbook: ReturnType<typeof makeWorkbook>, row: number) {
  const [id, name, , stage] = workbook.sheet('Leads').values(`A${row}:D${row}`)[0];
  return { row, id: String(id), name: String(name), stage: String(stage) };
}

describe('at 100,000 prospects', () => {
  let big: ReturnType<typeof bigWorkbook>;
  beforeAll(() => {
    big = bigWorkbook();
  });

  it('the poll on a whole-column selection reads only the rows it returns, asking the last row once', () => {
    const { services, server } = big;
    services.select('Leads', 'A:A');
    services.counters.reset();
    services.log.length = 0;
    const selection = server.getSelection();
    expect(selection.prospects).toHaveLength(10000);
    expect(selection.more).toBe(PROSPECTS - 10000);
    expect(services.counters.reads).toBe(1);
    expect(services.counters.cellsRead).toBe(10000 * WIDTH);
    expect(services.log.filter((call) => call.endsWith('.getLastRow')).length).toBeLessThanOrEqual(2);
  });

  it('the poll on two far-apart rows reads those two rows, not the rows between them', () => {
    const { services, server } = big;
    services.select('Leads', ['A2', `A${PROSPECTS + 1}`]);
    services.counters.reset();
    const selection = server.getSelection();
    expect(selection.prospects.map((p) => p.row)).toEqual([2, PROSPECTS + 1]);
    expect(services.counters.cellsRead).toBe(2 * WIDTH);
  });

  it('a move of 50 scattered rows reads those rows, not the span between them', () => {
    const { services, server, workbook } = big;
    const rows = Array.from({ length: 50 }, (_, i) => 2 + i * 2000);
    services.counters.reset();
    const result = server.moveProspects({ prospects: rows.map((row) => refOf(workbook, row)), action: { kind: 'advance' } });
    expect(result.moved).toBe(50);
    const prospectReads = services.counters.io.filter((io) => io.kind === 'read' && io.sheet === 'Leads');
    // The header row, the 50 selected rows, and the ID and name columns of every row (the uniqueness check).
    expect(prospectReads.reduce((cells, io) => cells + io.cells, 0)).toBe(WIDTH + 50 * WIDTH + 2 * PROSPECTS);
  });
});

it('a move of 125,000 prospects at once does not overflow the call stack', () => {
  const { server, workbook } = bigWorkbook(125000);
  const refs = Array.from({ length: 125000 }, (_, i) => refOf(workbook, i + 2));
  const result = server.moveProspects({ prospects: refs, action: { kind: 'won' } });
  expect(result.moved).toBe(125000);
  expect(workbook.sheet('Leads').values('E125001')[0][0]).toBe('Won');
});
