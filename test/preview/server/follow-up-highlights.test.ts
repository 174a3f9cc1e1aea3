// The preview's grid colours follow-up dates as Sheets would under the add-on's rules: overdue red, today softer.
import { addFollowUpFills } from '../../../preview/server/follow-up-highlights';
import { DUE_TODAY_BACKGROUND, OVERDUE_BACKGROUND } from '../../../src/sheets/follow-up-format';
import { HEADERS, makeWorkbook, prospectRows, userOf } from '../../server/workbook';

// 03:30 on 2 Dec in the workbook's zone (UTC+7), still 1 Dec in UTC.
const NOW = new Date('2026-12-01T20:30:00Z');
const day = (iso: string) => new Date(`${iso}T00:00:00+07:00`);

it('colours overdue and due-today follow-ups of open prospects, by the day in the spreadsheet’s zone', () => {
  const workbook = makeWorkbook(
    prospectRows(6).map((row) => [...row, '']),
    [...HEADERS, 'Follow-up'],
  );
  const { server } = userOf(workbook);
  server.saveSetup({ stages: server.getSetup().stages, renames: [], renameProspects: false });
  const leads = workbook.sheet('Leads');
  const set = (a1: string, value: unknown) => leads.scriptWrite(leads.rect(a1), [[value]]);
  set('K2', day('2026-12-01')); // yesterday there
  set('K3', day('2026-12-02')); // today there (in UTC it is still the 1st)
  set('K4', day('2026-12-03'));
  set('K5', day('2026-11-20'));
  set('D5', 'Won'); // closed: no colour
  set('K6', day('2026-11-20'));
  set('E6', 'Lost'); // closed by its status
  set('K7', 'call back'); // not a date
  const fills = new Map<string, string>();
  addFollowUpFills(leads, workbook, 100, fills, NOW);
  expect(Object.fromEntries(fills)).toEqual({ '2:11': OVERDUE_BACKGROUND, '3:11': DUE_TODAY_BACKGROUND });
});
