// An eight-hour day of an open sidebar, on the in-memory spreadsheet's clock and quotas: the poll at its real
// cadence (with back-off), a new selection every minute, and the history the sidebar loads for each.
import { Workbook, createServices } from '../../preview/sheets';
import { createServer } from '../../src/server';
import { pollDelay } from '../../sidebar/poll-schedule';
import { HEADERS, prospectRows } from './workbook';

const HOUR = 60 * 60 * 1000;
const MINUTE = 60 * 1000;
const DAY_START = Date.parse('2025-03-12T01:00:00Z');

function openDay() {
  let now = DAY_START;
  const workbook = new Workbook({ id: 'day', locale: 'en_US', timeZone: 'Asia/Ho_Chi_Minh', now: () => now });
  workbook.addSheet('Leads', [HEADERS, ...prospectRows(1000)], { maxRows: 1100 });
  const services = createServices(workbook, { user: 'minh@example.com', locale: 'en', htmlFiles: { Sidebar: '<p>sidebar</p>' } });
  const server = createServer(services);
  return { services, server, clock: { get: () => now, set: (t: number) => (now = t) } };
}

it('a sidebar open eight hours with a click a minute spends under a tenth of the daily property quota', () => {
  const { services, server, clock } = openDay();
  server.getSidebarState();
  server.saveSetup({ stages: server.getSetup().stages, renames: [], renameProspects: false });
  const atStart = services.quotas.properties.used;

  // The client's schedule (sidebar/poller.ts): poll, wait pollDelay(unchanged), poll again; a click selects a new row.
  const end = DAY_START + 8 * HOUR;
  let nextClick = clock.get() + MINUTE;
  let row = 2;
  let unchanged = 0;
  let last = '';
  let polls = 0;
  let selections = 0;
  services.select('Leads', `A${row}`);
  while (clock.get() < end) {
    const answer = server.getSelection();
    polls++;
    const key = JSON.stringify(answer);
    if (key === last) unchanged++;
    else {
      unchanged = 0;
      last = key;
      selections++;
      // A new single prospect: the sidebar loads its history once.
      server.getProspectHistory(answer.prospects[0].row);
    }
    clock.set(clock.get() + pollDelay(unchanged));
    if (clock.get() >= nextClick) {
      row = 2 + ((row - 1) % 999);
      services.select('Leads', `A${row}`);
      nextClick += MINUTE;
    }
  }

  const spent = services.quotas.properties.used - atStart;
  expect(selections).toBeGreaterThanOrEqual(470);
  // The back-off: far fewer polls than a fixed 1.5 s poll's 19,200.
  expect(polls).toBeLessThan(6000);
  expect(spent).toBeLessThan(5000);
});

it('the selection poll reads no document property while its cached copy lives', () => {
  const { services, server } = openDay();
  server.getSidebarState();
  server.saveSetup({ stages: server.getSetup().stages, renames: [], renameProspects: false });
  services.select('Leads', 'A5:A9');
  server.getSelection();
  const before = services.quotas.properties.used;
  for (let i = 0; i < 10; i++) server.getSelection();
  expect(services.quotas.properties.used).toBe(before);
});

it('the poll follows a new setup as soon as it is saved, whatever it had cached', () => {
  const { services, server } = openDay();
  server.saveSetup({ stages: server.getSetup().stages, renames: [], renameProspects: false });
  services.select('Leads', 'A2');
  expect(server.getSelection().prospects[0].nextStage).toBe('Contacted');
  const stages = server.getSetup().stages.filter((stage) => stage.name !== 'Contacted');
  server.saveSetup({ stages, renames: [], renameProspects: false });
  expect(server.getSelection().prospects[0].nextStage).toBe('Qualified');
});
