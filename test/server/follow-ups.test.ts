// Follow-ups on the server: saving a next step and its date, the Today list, "which owner am I", and search.
import { HEADERS, makeWorkbook, prospectRows, refsOf, userOf } from './workbook';

// 10:00 on June 2 in Ho Chi Minh City (the workbook's zone), still June 2 there whatever the machine's zone.
const NOW = new Date('2025-06-02T03:00:00Z');
const midnight = (day: string) => new Date(`${day}T00:00:00+07:00`);
const FOLLOW_HEADERS = [...HEADERS, 'Email', 'Next step', 'Follow-up'];

/** 12 prospects (rows 2–13); Minh owns the odd indexes' neighbours as in prospectRows (i even → Minh). */
function followUpRows(): unknown[][] {
  const extra: Record<number, [string, string, unknown]> = {
    0: ['an@example.com', 'Call back about the quote', midnight('2025-05-30')], // overdue 3 days, Minh
    1: ['', 'Send the brochure', midnight('2025-06-02')], // due today, Lan
    2: ['', 'Book a meeting', midnight('2025-06-01')], // overdue 1 day, Minh
    3: ['', '', ''], // no next step, Lan
    4: ['', 'Present the proposal', midnight('2025-06-09')], // later, Minh
    5: ['', 'Chase', 'next week'], // not a date
    6: ['', '', ''], // no next step, Minh
  };
  return prospectRows(12).map((row, i) => {
    const [email, step, date] = extra[i] ?? ['', 'Something planned', midnight('2025-06-20')];
    const phone = i === 3 ? '+84 90 555 1234' : `09${i} 000 00${i}`;
    return [...row.slice(0, 9), phone, email, step, date];
  });
}

const setUp = (user = 'minh@example.com', stallDays: number | null = null) => {
  const workbook = makeWorkbook(followUpRows(), FOLLOW_HEADERS);
  const { services, server } = userOf(workbook, user);
  const stages = server.getSetup().stages.map((stage) => ({ ...stage, stallDays: stage.kind === 'stage' ? stallDays : null }));
  server.saveSetup({ stages, renames: [], renameProspects: false });
  const leads = services.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Leads')!;
  const write = (a1: string, value: unknown) => leads.getRange(a1).setValue(value);
  return { workbook, services, server, sheet: workbook.sheet('Leads'), write };
};

beforeEach(() => jest.useFakeTimers({ now: NOW }));
afterEach(() => jest.useRealTimers());

describe('saveNextStep', () => {
  it('writes the two cells only: the step as text, the date as a real date at midnight in the sheet’s zone, in one write', () => {
    const { services, server, sheet } = setUp();
    const refs = refsOf(server, services, 'A5');
    const before = sheet.values();
    services.counters.reset();
    const result = server.saveNextStep({ prospects: refs, nextStep: '=IMPORTXML("x") then call', followUp: '2025-06-05' });
    expect(result).toEqual({ saved: 1, nextStep: '=IMPORTXML("x") then call', followUp: '2025-06-05' });
    // The header row and the ID and name of every row (to know the columns, and that no other row is this prospect).
    expect(services.counters.reads).toBe(2);
    expect(services.counters.writes).toBe(1);
    expect(sheet.values('L5')[0][0]).toBe('=IMPORTXML("x") then call');
    expect(sheet.formulas('L5')[0][0]).toBe('');
    const date = sheet.values('M5')[0][0] as Date;
    expect(date).toBeInstanceOf(Date);
    expect(date.toISOString()).toBe('2025-06-04T17:00:00.000Z');
    const after = sheet.values();
    after[4].splice(11, 2);
    before[4].splice(11, 2);
    expect(after).toEqual(before);
    // The selection poll reads it back as that day.
    expect(server.getSelection().prospects[0]).toMatchObject({ nextStep: '=IMPORTXML("x") then call', followUp: '2025-06-05' });
  });

  it('clears the date when none is given, and writes a batch in one write per column', () => {
    const { services, server, sheet } = setUp();
    const refs = refsOf(server, services, ['A2', 'A6', 'A9']);
    services.counters.reset();
    server.saveNextStep({ prospects: refs, nextStep: 'Ask for a referral', followUp: '' });
    expect(services.counters.writes).toBe(2);
    expect(sheet.values('L2:M9').map((row) => row[0])).toEqual([
      'Ask for a referral',
      'Send the brochure',
      'Book a meeting',
      '',
      'Ask for a referral',
      'Chase',
      '',
      'Ask for a referral',
    ]);
    expect([sheet.values('M2')[0][0], sheet.values('M6')[0][0], sheet.values('M9')[0][0]]).toEqual(['', '', '']);
  });

  it('refuses, writing nothing, when the row now holds someone else', () => {
    const { services, server, workbook, sheet } = setUp();
    const refs = refsOf(server, services, 'A3');
    const other = userOf(workbook, 'lan@example.com');
    const range = other.services.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Leads')!.getRange('A3:M4');
    const [three, four] = sheet.values('A3:M4');
    range.setValues([four, three]);
    const before = sheet.values();
    expect(() => server.saveNextStep({ prospects: refs, nextStep: 'Call', followUp: '2025-06-03' })).toThrow(
      'Row 3 now holds "Company 3" (ID P00003), not "Company 2" (ID P00002): select the prospect again.',
    );
    expect(sheet.values()).toEqual(before);
  });

  it('refuses a day that does not exist, a step too long for a cell, and a sheet without the columns, before any write', () => {
    const { services, server, sheet } = setUp();
    const refs = refsOf(server, services, 'A2');
    const before = sheet.values();
    expect(() => server.saveNextStep({ prospects: refs, nextStep: 'Call', followUp: '2025-02-30' })).toThrow(
      'The follow-up date "2025-02-30" is not a day. Pick a date, or leave it blank.'.replace('"2025-02-30"', '2025-02-30'),
    );
    expect(() => server.saveNextStep({ prospects: refs, nextStep: 'x'.repeat(50001), followUp: '' })).toThrow(/The next step.*50,?000/);
    expect(sheet.values()).toEqual(before);

    const plain = makeWorkbook();
    const user = userOf(plain);
    expect(() => user.server.saveNextStep({ prospects: refsOf(user.server, user.services, 'A2'), nextStep: 'Call', followUp: '' })).toThrow(
      'The sheet "Leads" has no Next step or Follow-up column.',
    );
  });
});

describe('getToday', () => {
  it('lists overdue, due today, stalled and no next step, in that order, mine first by my email', () => {
    const { services, server } = setUp();
    services.counters.reset();
    const today = server.getToday(null);
    // The header row and one read of the columns it needs; no property written.
    expect(services.counters.reads).toBe(2);
    expect(services.counters.writes).toBe(0);
    expect(today.today).toBe('2025-06-02');
    expect(today.me).toBe('minh@example.com');
    expect(today.everyone).toBe(false);
    // Minh's: rows 2 (3 days late), 4 (1 day late); row 8 has no next step.
    expect(today.items.map((item) => [item.kind, item.row, item.days])).toEqual([
      ['overdue', 2, 3],
      ['overdue', 4, 1],
      ['noNextStep', 8, 0],
    ]);
    expect(today.counts).toEqual({ overdue: 2, due: 0, stalled: 0, noNextStep: 1 });
    expect(today.items[0]).toMatchObject({
      name: 'Company 1',
      nextStep: 'Call back about the quote',
      followUp: '2025-05-30',
      phone: '090 000 000',
      mine: true,
    });
    expect(today.unreadableDates).toBe(1);

    const everyone = server.getToday({ everyone: true });
    expect(everyone.items.map((item) => [item.kind, item.row, item.mine])).toEqual([
      ['overdue', 2, true],
      ['overdue', 4, true],
      ['due', 3, false],
      ['noNextStep', 8, true],
      ['noNextStep', 5, false],
    ]);
    expect(everyone.mineCounts).toEqual({ overdue: 2, due: 0, stalled: 0, noNextStep: 1 });
  });

  it('uses the owner name the user picked, kept in their own properties (never the document’s)', () => {
    const { server, workbook } = setUp('you@example.com');
    expect(server.getToday(null)).toMatchObject({ me: null, everyone: true });
    const documentBefore = workbook.properties.entries();
    server.setMyName('Lan');
    expect(workbook.properties.entries()).toEqual(documentBefore);
    expect(Object.values(workbook.userPropertiesOf('you@example.com').entries())).toEqual(['Lan']);
    const lan = server.getToday(null);
    expect(lan).toMatchObject({ me: 'Lan', mePicked: true, everyone: false });
    expect(lan.items.map((item) => [item.kind, item.row])).toEqual([
      ['due', 3],
      ['noNextStep', 5],
    ]);
    // Another user of the same document is not Lan.
    expect(userOf(setUp('you@example.com').workbook, 'you@example.com').server.getToday(null).me).toBeNull();
  });

  it('counts a day in the spreadsheet’s zone: due at 01:00 there though it is still the day before in UTC', () => {
    jest.setSystemTime(new Date('2025-06-01T18:00:00Z'));
    const { server } = setUp();
    const today = server.getToday({ everyone: true });
    expect(today.today).toBe('2025-06-02');
    expect(today.items.find((item) => item.row === 3)?.kind).toBe('due');
  });

  it('lists a stalled prospect (its stage’s stall limit passed) after the follow-ups', () => {
    const { server, write } = setUp('minh@example.com', 7);
    // Row 10 (Company 9, Meeting, Minh, a follow-up later this month) entered its stage 30 days ago: over the 7 days.
    write('H10', new Date(NOW.getTime() - 30 * 86400000));
    const today = server.getToday(null);
    expect(today.items.map((item) => item.kind)).toEqual(['overdue', 'overdue', 'stalled', 'noNextStep']);
    expect(today.items[2]).toMatchObject({ row: 10, days: 30, stallDays: 7 });
  });
});

describe('searchProspects', () => {
  it('finds by phone digits (the country code as 0), by name without accents or spaces, by ID and by email', () => {
    const { services, server, write } = setUp();
    write('B6', 'Nguyễn Văn Ánh');
    services.counters.reset();
    expect(server.searchProspects('090 5551234').hits.map((hit) => [hit.row, hit.by])).toEqual([[5, 'phone']]);
    expect(services.counters.reads).toBe(2);
    expect(server.searchProspects('nguyenvan anh').hits.map((hit) => [hit.row, hit.name])).toEqual([[6, 'Nguyễn Văn Ánh']]);
    expect(server.searchProspects('p00012').hits.map((hit) => [hit.row, hit.by])).toEqual([[13, 'id']]);
    expect(server.searchProspects('AN@EXAMPLE').hits.map((hit) => [hit.row, hit.by])).toEqual([[2, 'email']]);
    expect(server.searchProspects('   ')).toEqual({ query: '   ', hits: [], more: 0 });
  });
});

// Each Apps Script call costs tens of ms: a call asks the spreadsheet its time zone once, whatever needs it.
it('asks Sheets for the time zone once per call, for the days in stage, the follow-up day and the stamp alike', () => {
  const { services, server } = setUp();
  const zoneCalls = () => services.log.filter((call) => call === 'Spreadsheet.getSpreadsheetTimeZone').length;
  const prospects = refsOf(server, services, 'A3');
  services.log.length = 0;
  server.moveProspects({ prospects, action: { kind: 'advance' } });
  expect(zoneCalls()).toBe(1);
  services.log.length = 0;
  server.getSelection();
  expect(zoneCalls()).toBeLessThanOrEqual(1);
});
