// onEdit: stages and statuses changed in the sheet itself are logged in Stage History, cheaply, and never throw.
import { handleEdit } from '../../src/server/on-edit';
import { editEvent } from './edit-event';
import { HEADERS, makeWorkbook, prospectRows, refsOf, userOf } from './workbook';

const STAGE = 4; // column D

function setUp(rows = prospectRows(20)) {
  const workbook = makeWorkbook(rows);
  const user = userOf(workbook);
  user.server.saveSetup({ stages: user.server.getSetup().stages, renames: [], renameProspects: false });
  return { workbook, ...user };
}

const history = (workbook: ReturnType<typeof makeWorkbook>) => {
  const sheet = workbook.sheet('Stage History');
  return sheet.values(`A1:I${sheet.lastRow()}`);
};

/** A person pastes "Proposal" over the stage cells of `size` rows (after one sidebar move, so the log exists): onEdit
 * must log them in at most 2 reads, 2 writes and one history append. */
function pasteProposalWithinBudget(user: ReturnType<typeof setUp>, size: number) {
  const { workbook, services, server } = user;
  server.moveProspects({ prospects: refsOf(server, services, 'A2'), action: { kind: 'advance' } });
  const leads = workbook.sheet('Leads');
  for (let row = 2; row <= size + 1; row++) leads.userWrite(row, STAGE, 'Proposal');
  const event = editEvent(services, 'Leads', `D2:D${size + 1}`);
  services.counters.reset();
  handleEdit(services, event);
  const appends = services.counters.io.filter((r) => r.kind === 'write' && r.sheet === 'Stage History').length;
  expect(services.counters.reads).toBeLessThanOrEqual(2);
  expect(services.counters.writes - appends).toBeLessThanOrEqual(2);
  expect(appends).toBe(1);
  return { workbook, leads };
}

describe('a change made in the sheet itself', () => {
  it('logs a typed stage as an edit from the old value to the new one, by the editor, and stamps Stage since', () => {
    const { workbook, services } = setUp();
    workbook.userEdit('Leads', 'D3', 'Meeting');
    handleEdit(services, editEvent(services, 'Leads', 'D3', 'Contacted'));
    const [header, row] = history(workbook);
    expect(header).toEqual(['When', 'ID', 'Prospect', 'From', 'To', 'Status', 'By', 'Note', 'Change']);
    expect(row.slice(1)).toEqual(['P00002', 'Company 2', 'Contacted', 'Meeting', '', 'minh@example.com', '', 'edit']);
    expect(workbook.sheet('Leads').values('H3')[0][0]).toBeInstanceOf(Date);
  });

  it('logs nothing when a cell is typed over with the same stage', () => {
    const { workbook, services } = setUp();
    workbook.userEdit('Leads', 'D3', 'Contacted');
    handleEdit(services, editEvent(services, 'Leads', 'D3', 'Contacted'));
    expect(() => workbook.sheet('Stage History')).toThrow();
  });

  it('logs a pasted block once per prospect whose stage differs from its last history row, with that row as From', () => {
    const { workbook, services, server } = setUp();
    server.moveProspects({ prospects: refsOf(server, services, 'A2:A3'), action: { kind: 'advance' } }); // Lead→Contacted, Contacted→Qualified
    // A paste over D2:D4: row 2 back to Lead, row 3 unchanged (Qualified), row 4 (never logged) from Qualified to Proposal.
    workbook.userEdit('Leads', 'D2', 'Lead');
    workbook.userEdit('Leads', 'D4', 'Proposal');
    workbook.userEdit('Leads', 'H4', '2026-01-05');
    handleEdit(services, editEvent(services, 'Leads', 'D2:D4'));
    const rows = history(workbook).slice(3);
    expect(rows.map((r) => [r[1], r[3], r[4], r[8]])).toEqual([
      ['P00001', 'Contacted', 'Lead', 'edit'],
      ['P00003', '', 'Proposal', 'edit'],
    ]);
    // A first record keeps the Stage since the sheet already had.
    expect(workbook.sheet('Leads').displayValues('H4')[0][0]).toBe('2026-01-05');
  });

  it('logs one pasted cell (Sheets gives no value or oldValue for a paste) from its last history row, not from blank', () => {
    // Sheets leaves e.value and e.oldValue out when a person pastes, even into one cell
    // (gist.github.com/tanaikech/73edaed1268a6d07118aed538aa5608d: "When an user copied and pasted from other cell").
    const { workbook, services, server } = setUp();
    server.moveProspects({ prospects: refsOf(server, services, 'A3'), action: { kind: 'advance' } }); // Contacted→Qualified
    workbook.userEdit('Leads', 'D3', 'Proposal');
    const { value: _value, ...pasted } = editEvent(services, 'Leads', 'D3');
    handleEdit(services, pasted);
    expect(
      history(workbook)
        .slice(2)
        .map((r) => [r[1], r[3], r[4], r[8]]),
    ).toEqual([['P00002', 'Qualified', 'Proposal', 'edit']]);
  });

  it('logs nothing for a pasted prospect whose history rows have no status while its cell says Open', () => {
    const { workbook, services, server } = setUp();
    server.moveProspects({ prospects: refsOf(server, services, 'A3'), action: { kind: 'advance' } }); // Contacted→Qualified, status ''
    workbook.userEdit('Leads', 'E3', 'Open');
    const logged = workbook.sheet('Stage History').lastRow();
    handleEdit(services, editEvent(services, 'Leads', 'D3:E3'));
    expect(workbook.sheet('Stage History').lastRow()).toBe(logged);
  });

  it('logs a status typed in the status column as a status change in the same stage, without restarting Stage since', () => {
    const { workbook, services } = setUp();
    workbook.userEdit('Leads', 'E3', 'Lost');
    handleEdit(services, editEvent(services, 'Leads', 'E3', ''));
    expect(history(workbook)[1].slice(3)).toEqual(['Contacted', 'Contacted', 'Lost', 'minh@example.com', '', 'edit']);
    expect(workbook.sheet('Leads').values('H3')[0][0]).toBe('');
  });

  it('reads nothing and logs nothing for an edit in another column or another sheet', () => {
    const { workbook, services } = setUp();
    workbook.userEdit('Leads', 'F3', '5000');
    const elsewhere = editEvent(services, 'Leads', 'F3', '1001');
    const setupEdit = editEvent(services, 'Pipeline Setup', 'H2', '');
    services.counters.reset();
    handleEdit(services, elsewhere);
    handleEdit(services, setupEdit);
    expect(services.counters.reads).toBe(0);
    expect(services.counters.writes).toBe(0);
  });

  it('keeps a problem for the sidebar instead of throwing at the user', () => {
    const { services, server } = setUp();
    const broken = { ...editEvent(services, 'Leads', 'D3', 'Lead'), range: { getSheet: () => ({ getName: () => 'Leads' }) } };
    expect(() => handleEdit(services, broken as never)).not.toThrow();
    expect(server.getSidebarState().problems).toEqual([expect.stringContaining('could not be recorded in Stage History')]);
  });

  it('extends a log made before the Change column, whose rows still read as moves', () => {
    const { workbook, services, server } = setUp();
    const when = new Date('2026-01-02T03:00:00Z');
    workbook.addSheet('Stage History', [
      ['When', 'ID', 'Prospect', 'From', 'To', 'Status', 'By', 'Note'],
      [when, 'P00002', 'Company 2', 'Lead', 'Contacted', '', 'lan@example.com', ''],
    ]);
    workbook.userEdit('Leads', 'D3', 'Qualified');
    handleEdit(services, editEvent(services, 'Leads', 'D3', 'Contacted'));
    expect(history(workbook)[0][8]).toBe('Change');
    expect(server.getProspectHistory(3).entries.map((e) => [e.from, e.to])).toEqual([
      ['Contacted', 'Qualified'],
      ['Lead', 'Contacted'],
    ]);
  });

  it('stays within 2 reads, 2 writes and one history append for a paste of 10,000 rows', () => {
    const size = 10000;
    const { workbook, leads } = pasteProposalWithinBudget(setUp(prospectRows(size)), size);
    // Every prospect is logged once: the one moved before differs from its row, the others have none yet.
    expect(workbook.sheet('Stage History').lastRow()).toBe(1 + 1 + size);
    expect(leads.values(`H${size + 1}`)[0][0]).toBeInstanceOf(Date);
  });
});

describe('the follow-up date a change in the sheet fills in', () => {
  const FOLLOW_UP = 'K';
  // 20:30 UTC on 1 Dec is 03:30 on 2 Dec in the workbook's zone (UTC+7): the days count from 2 Dec there.
  const NOW = new Date('2026-12-01T20:30:00Z');
  const midnightThere = (day: string) => new Date(`${day}T00:00:00+07:00`).getTime();

  beforeEach(() => {
    jest.useFakeTimers({ now: NOW });
  });
  afterEach(() => {
    jest.useRealTimers();
  });

  /** Leads with a Follow-up column, saved with a default of 2 days for Contacted and 3 for Proposal. */
  function setUpWithFollowUp(rows = prospectRows(20)) {
    const workbook = makeWorkbook(
      rows.map((row) => [...row, '']),
      [...HEADERS, 'Follow-up'],
    );
    const user = userOf(workbook);
    const days: Record<string, number> = { Contacted: 2, Proposal: 3 };
    const stages = user.server.getSetup().stages.map((s) => ({ ...s, followUpDays: days[s.name] ?? null }));
    user.server.saveSetup({ stages, renames: [], renameProspects: false });
    return { workbook, ...user };
  }
  const followUpOf = (workbook: ReturnType<typeof makeWorkbook>, row: number) => workbook.sheet('Leads').values(`${FOLLOW_UP}${row}`)[0][0];

  it("sets an empty follow-up date from the new stage's default, counted from today in the spreadsheet's time zone", () => {
    const { workbook, services } = setUpWithFollowUp();
    workbook.userEdit('Leads', 'D2', 'Contacted'); // row 2 was Lead
    handleEdit(services, editEvent(services, 'Leads', 'D2', 'Lead'));
    const date = followUpOf(workbook, 2);
    expect(date).toBeInstanceOf(Date);
    expect((date as Date).getTime()).toBe(midnightThere('2026-12-04'));
  });

  it('never replaces a follow-up date someone set, and sets none for a stage without a default or a status change', () => {
    const { workbook, services } = setUpWithFollowUp();
    workbook.userEdit('Leads', `${FOLLOW_UP}2`, '2027-01-15');
    workbook.userEdit('Leads', 'D2', 'Contacted');
    handleEdit(services, editEvent(services, 'Leads', 'D2', 'Lead'));
    expect(workbook.sheet('Leads').displayValues(`${FOLLOW_UP}2`)[0][0]).toBe('2027-01-15');
    workbook.userEdit('Leads', 'D3', 'Qualified'); // no default
    handleEdit(services, editEvent(services, 'Leads', 'D3', 'Contacted'));
    expect(followUpOf(workbook, 3)).toBe('');
    workbook.userEdit('Leads', 'E6', 'Lost'); // row 6 is in Proposal: a status change is no move
    handleEdit(services, editEvent(services, 'Leads', 'E6', ''));
    expect(followUpOf(workbook, 6)).toBe('');
  });

  it('fills the follow-up dates of a pasted block, each from its own stage', () => {
    const { workbook, services } = setUpWithFollowUp();
    workbook.userEdit('Leads', 'D2', 'Contacted');
    workbook.userEdit('Leads', 'D3', 'Proposal');
    workbook.userEdit('Leads', 'D4', 'Meeting');
    handleEdit(services, editEvent(services, 'Leads', 'D2:D4'));
    expect([2, 3, 4].map((row) => followUpOf(workbook, row)).map((d) => (d instanceof Date ? d.getTime() : d))).toEqual([
      midnightThere('2026-12-04'),
      midnightThere('2026-12-05'),
      '',
    ]);
  });

  it('stays within 2 reads, 2 writes and one history append for a paste of 10,000 rows that fills their follow-up dates', () => {
    const size = 10000;
    const { leads } = pasteProposalWithinBudget(setUpWithFollowUp(prospectRows(size)), size);
    // Every pasted row is logged as a move into Proposal, the one moved through the sidebar before included.
    expect((leads.values(`${FOLLOW_UP}${size + 1}`)[0][0] as Date).getTime()).toBe(midnightThere('2026-12-05'));
    expect((leads.values(`${FOLLOW_UP}2`)[0][0] as Date).getTime()).toBe(midnightThere('2026-12-05'));
  });
});

describe('changes logged by the sidebar, Check and Setup', () => {
  it('marks a move as move, a Check fix as fix, and a renamed stage as one rename row without a prospect', () => {
    const workbook = makeWorkbook(prospectRows(4, (i) => (i === 0 ? 'Qualifed' : 'Lead')));
    const { services, server } = userOf(workbook);
    server.moveProspects({ prospects: refsOf(server, services, 'A3'), action: { kind: 'advance' } });
    server.fixStage({ row: 2, id: 'P00001', name: 'Company 1', value: 'Qualifed', replacement: 'Qualified' });
    const stages = server.getSetup().stages.map((s) => (s.name === 'Meeting' ? { ...s, name: 'Site visit' } : s));
    server.saveSetup({ stages, renames: [{ from: 'Meeting', to: 'Site visit' }], renameProspects: false });
    expect(
      history(workbook)
        .slice(1)
        .map((r) => [r[1], r[2], r[3], r[4], r[8]]),
    ).toEqual([
      ['P00002', 'Company 2', 'Lead', 'Contacted', 'move'],
      ['P00001', 'Company 1', 'Qualifed', 'Qualified', 'fix'],
      ['', '', 'Meeting', 'Site visit', 'rename'],
    ]);
  });
});
