// Views that use a few columns of the prospects sheet read only the span of those columns, not its whole width.
import { HEADERS, makeWorkbook, prospectRows, userOf } from './workbook';

const PROSPECTS = 1000;

function leadsCells(services: ReturnType<typeof userOf>['services']): number {
  return services.counters.io.filter((io) => io.kind === 'read' && io.sheet === 'Leads').reduce((cells, io) => cells + io.cells, 0);
}

describe(`at ${PROSPECTS} prospects`, () => {
  const workbook = makeWorkbook(prospectRows(PROSPECTS));
  const { services, server } = userOf(workbook);
  server.saveSetup({ stages: server.getSetup().stages, renames: [], renameProspects: false });
  const column = (header: string) => HEADERS.indexOf(header);

  it('Setup counts prospects per stage from the stage column alone', () => {
    services.counters.reset();
    const setup = server.getSetup();
    expect(Object.values(setup.stageCounts).reduce((a, b) => a + b, 0)).toBe(PROSPECTS);
    // The header row, then the stage cells.
    expect(leadsCells(services)).toBe(HEADERS.length + PROSPECTS);
  });

  it('Check reads the columns its lists use (stages, who, phone, customer, lost reason), not the ones after them', () => {
    const wide = makeWorkbook(
      prospectRows(PROSPECTS).map((row) => [...row, 'note', 'web']),
      [...HEADERS, 'Notes', 'Source'],
    );
    const other = userOf(wide);
    other.server.saveSetup({ stages: other.server.getSetup().stages, renames: [], renameProspects: false });
    other.services.counters.reset();
    expect(other.server.checkStages().problems).toEqual([]);
    const used = ['Stage', 'Status', 'ID', 'Company', 'Phone', 'Customer', 'Lost reason'];
    const span = Math.max(...used.map(column)) + 1;
    expect(leadsCells(other.services)).toBe(HEADERS.length + 2 + span * PROSPECTS);
    expect(span).toBeLessThan(HEADERS.length + 2);
  });

  it('saving Setup reads the stage and status columns for its renames and dropdowns, not the whole width', () => {
    services.counters.reset();
    server.saveSetup({ stages: server.getSetup().stages, renames: [], renameProspects: false });
    const reads = services.counters.io.filter((io) => io.kind === 'read' && io.sheet === 'Leads');
    // getSetup: the header and the stage column; saveSetup: the header and the stage-to-status span (adjacent here).
    expect(reads.map((io) => io.cells)).toEqual([HEADERS.length, PROSPECTS, HEADERS.length, 2 * PROSPECTS]);
    expect(column('Status')).toBe(column('Stage') + 1);
  });

  it('the Pipeline view leaves out the columns after the last one its figures use', () => {
    services.counters.reset();
    expect(server.getPipelineSummary(null).prospects).toBe(PROSPECTS);
    expect(leadsCells(services)).toBe(HEADERS.length + (column('Stage since') + 1) * PROSPECTS);
  });
});
