// A prospects workbook on the in-memory spreadsheet, and a server bound to one user of it.
import { createServices, Workbook } from '../../preview/sheets';
import { createServer } from '../../src/server';

export const HEADERS = ['ID', 'Company', 'Owner', 'Stage', 'Status', 'Value', 'Customer', 'Stage since', 'Lost reason', 'Phone'];
export const STAGES = ['Lead', 'Contacted', 'Qualified', 'Meeting', 'Proposal', 'Won', 'Lost'];

/** Rows of prospects: P0001… at stages cycling through the open stages, with owners and values. */
export function prospectRows(count: number, stage: (i: number) => string = (i) => STAGES[i % 5]): unknown[][] {
  return Array.from({ length: count }, (_, i) => [
    `P${String(i + 1).padStart(5, '0')}`,
    `Company ${i + 1}`,
    i % 2 ? 'Lan' : 'Minh',
    stage(i),
    '',
    1000 + i,
    `Customer ${i % 7}`,
    '',
    '',
    i % 3 ? '090 000' : '',
  ]);
}

export function makeWorkbook(rows: unknown[][] = prospectRows(20), headers = HEADERS) {
  const workbook = new Workbook({ id: 'test', locale: 'en_US', timeZone: 'Asia/Ho_Chi_Minh' });
  workbook.addSheet('Leads', [headers, ...rows], { maxRows: Math.max(1000, rows.length + 10) });
  return workbook;
}

export function userOf(workbook: Workbook, user = 'minh@example.com', locale = 'en') {
  const services = createServices(workbook, { user, locale, htmlFiles: { Sidebar: '<p>sidebar</p>' } });
  return { services, server: createServer(services) };
}

/** The ref the sidebar sends for a row, taken from what the selection poll returned. */
export function refsOf(server: ReturnType<typeof createServer>, services: ReturnType<typeof createServices>, a1: string | string[]) {
  services.select('Leads', a1);
  return server.getSelection().prospects.map(({ row, id, name, stage }) => ({ row, id, name, stage }));
}

const PROPERTY_WRITES = new Set([
  'Properties.setProperty',
  'Properties.setProperties',
  'Properties.deleteProperty',
  'Properties.deleteAllProperties',
]);

/** How many document-property writes the service log holds. */
export function propertyWrites(log: readonly string[]): number {
  return log.filter((call) => PROPERTY_WRITES.has(call)).length;
}

/** Calls every read path of the sidebar once, as a sidebar left open would (with row 3 of Leads as the prospect). */
export function runEveryReadPath(server: ReturnType<typeof createServer>): void {
  server.getSidebarState();
  server.getSelection();
  server.getPipelineSummary(null);
  server.getSetup();
  server.getSetup('Leads');
  server.checkStages();
  server.checkValues();
  server.getProspectHistory(3);
  server.goToRow(3);
  server.getToday(null);
  server.getToday({ everyone: true });
  server.searchProspects('Company');
}
