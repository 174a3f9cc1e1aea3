// The Status column offer: without one, Lost replaces the stage and "moment of truth → sale" rises (issue 9, item 1).
import { Workbook } from '../../preview/sheets';
import { userOf } from './workbook';

const HEADERS = ['ID', 'Company', 'Owner', 'Stage', 'Value', 'Stage since', 'Lost reason'];

/**
 * 10 at Lead, 20 at Meeting (the default moment of truth), 12 at Proposal, 30 Won: 62 reached the moment of truth
 * and 30 of them were won, 48.4%. Row 2 + 30 + 20 = 52 is the first Proposal prospect.
 */
function rows(): unknown[][] {
  const stages = [...Array(10).fill('Lead'), ...Array(30).fill('Won'), ...Array(20).fill('Meeting'), ...Array(12).fill('Proposal')];
  return stages.map((stage, i) => [`P${i + 1}`, `Company ${i + 1}`, i % 2 ? 'Lan' : 'Minh', stage, 1000 + i, '', '']);
}
const FIRST_PROPOSAL = 2 + 10 + 30 + 20;

function workbookWithoutStatus(maxColumns?: number) {
  const workbook = new Workbook({ id: 'status', locale: 'en_US', timeZone: 'Asia/Ho_Chi_Minh' });
  workbook.addSheet('Leads', [HEADERS, ...rows()], { maxRows: 200, maxColumns });
  return workbook;
}

function setUp(workbook: Workbook, locale = 'en') {
  const user = userOf(workbook, 'minh@example.com', locale);
  user.server.saveSetup({ stages: user.server.getSetup().stages, renames: [], renameProspects: false });
  return user;
}

const percent = (rate: number | null) => (rate === null ? '—' : `${(rate * 100).toFixed(1)}%`);

function loseFirstProposal({ server, services }: ReturnType<typeof setUp>) {
  services.select('Leads', `B${FIRST_PROPOSAL}`);
  const refs = server.getSelection().prospects.map(({ row, id, name, stage }) => ({ row, id, name, stage }));
  expect(refs).toEqual([expect.objectContaining({ stage: 'Proposal' })]);
  return server.moveProspects({ prospects: refs, action: { kind: 'lost', reason: 'Chose a competitor' } });
}

describe('a sheet without a Status column', () => {
  it('reproduces the issue: losing a deal at Proposal raises moment of truth → sale from 48.4% to 49.2%', () => {
    const workbook = workbookWithoutStatus();
    const user = setUp(workbook);
    expect(user.server.getSidebarState().statusOffer).toEqual({ state: 'offer', header: 'Status', column: 'H' });
    expect(percent(user.server.getPipelineSummary(null).momentOfTruthToSale)).toBe('48.4%');
    user.server.declineStatusColumn();
    loseFirstProposal(user);
    expect(workbook.sheet('Leads').values(`D${FIRST_PROPOSAL}`)[0][0]).toBe('Lost');
    expect(percent(user.server.getPipelineSummary(null).momentOfTruthToSale)).toBe('49.2%');
    // The answer is the document's: another user's sidebar does not ask again.
    expect(userOf(workbook, 'lan@example.com').server.getSidebarState().statusOffer).toMatchObject({ state: 'declined' });
  });

  it('with the Status column added, Lost keeps the stage and the rate stays at 48.4%', () => {
    const workbook = workbookWithoutStatus();
    const user = setUp(workbook);
    const before = workbook.sheet('Leads').values('A1:G73');
    expect(user.server.addStatusColumn()).toEqual({ header: 'Status', column: 'H', added: true });
    // Appended after the last used column: every cell of the user's columns is where it was.
    expect(workbook.sheet('Leads').values('A1:G73')).toEqual(before);
    expect(workbook.sheet('Leads').values('H1')[0][0]).toBe('Status');
    expect(workbook.sheet('Leads').cellInfo(2, 8).validation!.getCriteriaValues()[0]).toEqual(['Open', 'Won', 'Lost']);
    expect(user.server.getSidebarState()).toMatchObject({ statusOffer: null, mapping: expect.objectContaining({ status: 'Status' }) });

    const result = loseFirstProposal(user);
    expect(result.prospects[0]).toMatchObject({ stage: 'Proposal', status: 'lost' });
    expect(workbook.sheet('Leads').values(`D${FIRST_PROPOSAL}:H${FIRST_PROPOSAL}`)[0]).toEqual([
      'Proposal',
      1000 + FIRST_PROPOSAL - 2,
      expect.anything(),
      'Chose a competitor',
      'Lost',
    ]);
    expect(percent(user.server.getPipelineSummary(null).momentOfTruthToSale)).toBe('48.4%');
    const [, logged] = workbook.sheet('Stage History').values('A1:F2');
    expect(logged.slice(3, 6)).toEqual(['Proposal', 'Proposal', 'Lost']);
  });

  it('adds the column past the sheet edge when the sheet has no spare column, and only once', () => {
    const workbook = workbookWithoutStatus(HEADERS.length);
    const user = setUp(workbook);
    expect(user.server.addStatusColumn()).toMatchObject({ column: 'H', added: true });
    expect(workbook.sheet('Leads').maxColumns).toBe(HEADERS.length + 1);
    // A second sidebar that still offered it: nothing is written again.
    const writes = user.services.counters.writes;
    expect(user.server.addStatusColumn()).toEqual({ header: 'Status', column: 'H', added: false });
    expect(user.services.counters.writes).toBe(writes);
  });

  it('speaks the user language: "Trạng thái" with Đang mở / Thắng / Thua, which moves then write whoever moves', () => {
    const workbook = workbookWithoutStatus();
    const vi = setUp(workbook, 'vi');
    expect(vi.server.getSidebarState().statusOffer).toMatchObject({ header: 'Trạng thái' });
    expect(vi.server.addStatusColumn()).toMatchObject({ header: 'Trạng thái', added: true });
    expect(workbook.sheet('Leads').cellInfo(2, 8).validation!.getCriteriaValues()[0]).toEqual(['Đang mở', 'Thắng', 'Thua']);
    loseFirstProposal(vi);
    expect(workbook.sheet('Leads').values(`H${FIRST_PROPOSAL}`)[0][0]).toBe('Thua');
    // An English-speaking colleague's move is not refused by the Vietnamese dropdown: it writes its words.
    const en = userOf(workbook, 'lan@example.com', 'en');
    en.services.select('Leads', `B${FIRST_PROPOSAL + 1}`);
    const refs = en.server.getSelection().prospects.map(({ row, id, name, stage }) => ({ row, id, name, stage }));
    en.server.moveProspects({ prospects: refs, action: { kind: 'lost', reason: 'Price' } });
    expect(workbook.sheet('Leads').values(`H${FIRST_PROPOSAL + 1}`)[0][0]).toBe('Thua');
  });

  it('finds a free header when one of the user columns already reads "Status" but is mapped to nothing', () => {
    const workbook = new Workbook({ id: 'status', locale: 'en_US', timeZone: 'Asia/Ho_Chi_Minh' });
    workbook.addSheet('Leads', [[...HEADERS, 'Status'], ...rows().map((row) => [...row, 'note'])], { maxRows: 200 });
    const user = setUp(workbook);
    user.server.saveSetup({ stages: user.server.getSetup().stages, renames: [], renameProspects: false, mapping: { status: '' } });
    expect(user.server.getSidebarState().statusOffer).toMatchObject({ header: 'Status 2', column: 'I' });
    expect(user.server.addStatusColumn()).toMatchObject({ header: 'Status 2', column: 'I' });
    expect(workbook.sheet('Leads').values('H2:I2')[0]).toEqual(['note', '']);
  });
});
