// A prospect typed to Lost without a reason is asked for one; saving it writes that one cell (issue 10, item 4).
import type { Workbook } from '../../preview/sheets';
import { makeWorkbook, prospectRows, refsOf, userOf } from './workbook';

/** A cell written as the sheet's other users would (no add-on involved). */
function put(workbook: Workbook, a1: string, value: unknown) {
  const sheet = workbook.sheet('Leads');
  sheet.scriptWrite(sheet.rect(a1), [[value]]);
}

function typedToLost() {
  const workbook = makeWorkbook(prospectRows(20));
  const user = userOf(workbook);
  user.server.saveSetup({ stages: user.server.getSetup().stages, renames: [], renameProspects: false });
  // Typed in the sheet: the stage cell of row 3 (Company 2) now reads Lost, the reason cell (I) stays empty.
  put(workbook, 'D3', 'Lost');
  return { workbook, ...user };
}

describe('saveLostReason', () => {
  it('flags the prospect in the poll and writes only its lost reason cell, without a history row', () => {
    const { workbook, services, server } = typedToLost();
    const [ref] = refsOf(server, services, 'B3');
    expect(server.getSelection().prospects[0]).toMatchObject({ status: 'lost', lostWithoutReason: true });
    expect(refsOf(server, services, 'B4').length).toBe(1);
    expect(server.getSelection().prospects[0].lostWithoutReason).toBe(false);
    const before = workbook.sheet('Leads').values('A1:J21');
    const historyRows = workbook.findSheet('Stage History')?.lastRow() ?? 0;
    services.counters.reset();
    const view = server.saveLostReason({ prospect: ref, reason: '=Chose a competitor' });
    expect(view).toMatchObject({ row: 3, status: 'lost', lostWithoutReason: false });
    expect(services.counters.writes).toBe(1);
    expect(services.counters.reads).toBeLessThanOrEqual(4);
    const after = workbook.sheet('Leads').values('A1:J21');
    // Typed text is text: the leading "=" did not become a formula.
    expect(after[2][8]).toBe('=Chose a competitor');
    expect(workbook.sheet('Leads').formulas('I3')[0][0]).toBe('');
    after[2][8] = '';
    expect(after).toEqual(before);
    expect(workbook.findSheet('Stage History')?.lastRow() ?? 0).toBe(historyRows);
  });

  it('refuses when the row now holds someone else, when it is no longer lost, or when a reason was given meanwhile', () => {
    const { workbook, services, server } = typedToLost();
    const [ref] = refsOf(server, services, 'B3');
    // Someone sorted the sheet: row 3 holds another prospect.
    expect(() => server.saveLostReason({ prospect: { ...ref, name: 'Company 9' }, reason: 'Price' })).toThrow(/Row 3/);
    put(workbook, 'I3', 'Timing');
    expect(() => server.saveLostReason({ prospect: ref, reason: 'Price' })).toThrow('Company 2 already has a lost reason: "Timing".');
    put(workbook, 'I3', '');
    put(workbook, 'D3', 'Contacted');
    expect(() => server.saveLostReason({ prospect: { ...ref, stage: 'Contacted' }, reason: 'Price' })).toThrow('Company 2 is no longer lost');
    expect(() => server.saveLostReason({ prospect: ref, reason: '   ' })).toThrow('Say why the prospect was lost');
    expect(workbook.sheet('Leads').values('I3')[0][0]).toBe('');
  });

  it('asks nothing on a sheet without a lost reason column', () => {
    const workbook = makeWorkbook(prospectRows(5), ['ID', 'Company', 'Owner', 'Stage']);
    put(workbook, 'D3', 'Lost');
    const { services, server } = userOf(workbook);
    refsOf(server, services, 'B3');
    expect(server.getSelection().prospects[0]).toMatchObject({ status: 'lost', lostWithoutReason: false });
  });
});
