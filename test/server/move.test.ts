import { makeWorkbook, prospectRows, refsOf, userOf } from './workbook';

describe('moveProspects', () => {
  it('advances a prospect to the next stage, stamps Stage since and logs the change', () => {
    const workbook = makeWorkbook();
    const { services, server } = userOf(workbook);
    const refs = refsOf(server, services, 'A2'); // P00001, Lead
    const result = server.moveProspects({ prospects: refs, action: { kind: 'advance' } });
    expect(result.moved).toBe(1);
    expect(result.prospects[0]).toMatchObject({ row: 2, stage: 'Contacted', status: 'open', daysInStage: 0 });
    expect(workbook.sheet('Leads').values('D2')[0][0]).toBe('Contacted');
    expect(workbook.sheet('Leads').values('H2')[0][0]).toBeInstanceOf(Date);
    const history = workbook.sheet('Stage History').values('A1:H2');
    expect(history[0]).toEqual(['When', 'ID', 'Prospect', 'From', 'To', 'Status', 'By', 'Note']);
    expect(history[1].slice(1, 7)).toEqual(['P00001', 'Company 1', 'Lead', 'Contacted', '', 'minh@example.com']);
  });

  it('marks won and lost through the status column, keeping a lost prospect at its stage with the reason', () => {
    const workbook = makeWorkbook();
    const { services, server } = userOf(workbook);
    server.moveProspects({ prospects: refsOf(server, services, 'A4'), action: { kind: 'won' } });
    server.moveProspects({ prospects: refsOf(server, services, 'A5'), action: { kind: 'lost', reason: 'Price too high' } });
    const sheet = workbook.sheet('Leads');
    expect(sheet.values('D4:E4')[0]).toEqual(['Won', 'Won']);
    expect(sheet.values('D5:E5')[0]).toEqual(['Meeting', 'Lost']);
    expect(sheet.values('I5')[0][0]).toBe('Price too high');
  });

  it('refuses a loss without a reason', () => {
    const { services, server } = userOf(makeWorkbook());
    expect(() => server.moveProspects({ prospects: refsOf(server, services, 'A2'), action: { kind: 'lost', reason: '  ' } })).toThrow(
      'Say why the prospect was lost',
    );
  });

  it('stores a lost reason that looks like a formula as text', () => {
    const workbook = makeWorkbook();
    const { services, server } = userOf(workbook);
    const reason = '=HYPERLINK("http://x","y")';
    server.moveProspects({ prospects: refsOf(server, services, 'A3'), action: { kind: 'lost', reason } });
    expect(workbook.sheet('Leads').values('I3')[0][0]).toBe(reason);
    expect(workbook.sheet('Leads').formulas('I3')[0][0]).toBe('');
    const log = workbook.sheet('Stage History');
    expect(log.values('H2')[0][0]).toBe(reason);
    expect(log.formulas('H2')[0][0]).toBe('');
  });

  it('refuses when the rows were sorted between selection and move, and writes nothing', () => {
    const workbook = makeWorkbook();
    const { services, server } = userOf(workbook);
    const refs = refsOf(server, services, 'A2:A3');
    // Someone sorts the sheet: row 2 now holds another prospect.
    const sheet = workbook.sheet('Leads');
    const [two, three] = sheet.values('A2:J3');
    const other = userOf(workbook, 'lan@example.com');
    other.services.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Leads')!.getRange('A2:J3').setValues([three, two]);
    const before = sheet.values();
    services.counters.reset();
    expect(() => server.moveProspects({ prospects: refs, action: { kind: 'advance' } })).toThrow(
      'Row 2 now holds "Company 2" (ID P00002), not "Company 1" (ID P00001): select the prospect again.',
    );
    expect(services.counters.writes).toBe(0);
    expect(sheet.values()).toEqual(before);
    expect(workbook.findSheet('Stage History')).toBeFalsy();
  });

  it('tells rows without an ID apart by name', () => {
    const workbook = makeWorkbook(prospectRows(3).map((row) => ['', ...row.slice(1)]));
    const { services, server } = userOf(workbook);
    const refs = refsOf(server, services, 'A2');
    const other = userOf(workbook, 'lan@example.com');
    other.services.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Leads')!.getRange('B2').setValue('Someone else');
    expect(() => server.moveProspects({ prospects: refs, action: { kind: 'advance' } })).toThrow('Row 2 now holds "Someone else", not "Company 1"');
  });

  it('blocks leaving a stage whose exit criteria are empty, and moves when the user confirms', () => {
    const workbook = makeWorkbook(prospectRows(3, () => 'Lead').map((row, i) => [...row.slice(0, 9), i === 0 ? 'tel 0901' : ''])); // rows 3 and 4 have no Phone
    const { services, server } = userOf(workbook);
    const setup = server.getSetup();
    setup.stages[0].exitCriteria = ['Phone', 'Owner'];
    server.saveSetup({ stages: setup.stages, renames: [], renameProspects: false });
    const one = refsOf(server, services, 'A3');
    expect(server.moveProspects({ prospects: one, action: { kind: 'advance' } })).toEqual({
      moved: 0,
      prospects: [],
      blocked: { message: 'Before leaving "Lead", fill in: Phone (Company 2).' },
    });
    expect(workbook.sheet('Leads').values('D2:D4').flat()).toEqual(['Lead', 'Lead', 'Lead']);
    expect(server.moveProspects({ prospects: one, action: { kind: 'advance' }, force: true }).moved).toBe(1);
    expect(workbook.sheet('Leads').values('D2:D4').flat()).toEqual(['Lead', 'Contacted', 'Lead']);
  });

  it("reads a template's exit criteria through the mapping: Value is the user's value column, and a criterion naming no column never blocks", () => {
    const headers = [
      'ID',
      'Tên khách',
      'Phụ trách',
      'Giai đoạn',
      'Trạng thái',
      'Giá trị (VNĐ)',
      'Khách hàng',
      'Ngày vào giai đoạn',
      'Lý do thất bại',
      'SĐT',
    ];
    const workbook = makeWorkbook(
      prospectRows(2, () => 'Lead').map((row, i) => [...row.slice(0, 5), i === 0 ? 5 : '', ...row.slice(6)]),
      headers,
    );
    const { services, server } = userOf(workbook);
    const setup = server.getSetup();
    setup.stages[0].exitCriteria = ['Value', 'Owner', 'Bước tiếp theo'];
    expect(server.saveSetup({ stages: setup.stages, renames: [], renameProspects: false }).warnings).toHaveLength(1);
    expect(server.moveProspects({ prospects: refsOf(server, services, 'A2'), action: { kind: 'advance' } }).moved).toBe(1);
    expect(server.moveProspects({ prospects: refsOf(server, services, 'A3'), action: { kind: 'advance' } }).blocked?.message).toBe(
      'Before leaving "Lead", fill in: Giá trị (VNĐ) (Company 2).',
    );
  });

  it('moves the prospects of a batch that can move and lists the ones held back with why, in one batch', () => {
    const rows = prospectRows(4, () => 'Lead').map((row, i) => [...row.slice(0, 9), i === 1 || i === 2 ? '' : '0901 234 567']);
    rows[3][3] = 'Won';
    const workbook = makeWorkbook(rows); // rows 3 and 4 have no Phone; row 5 is won already
    const { services, server } = userOf(workbook);
    const setup = server.getSetup();
    setup.stages[0].exitCriteria = ['Phone'];
    server.saveSetup({ stages: setup.stages, renames: [], renameProspects: false });
    const refs = refsOf(server, services, 'A2:A5');
    const result = server.moveProspects({ prospects: refs, action: { kind: 'advance' } });
    expect(result.moved).toBe(1);
    expect(result.heldBack).toEqual([
      { row: 3, name: 'Company 2', reason: 'exit criteria empty: Phone', criteria: true },
      { row: 4, name: 'Company 3', reason: 'exit criteria empty: Phone', criteria: true },
      { row: 5, name: 'Company 4', reason: expect.stringContaining('Company 4'), criteria: false },
    ]);
    expect(result.blocked?.message).toBe('Before leaving "Lead", fill in: Phone (2 prospects: Company 2, Company 3).');
    expect(workbook.sheet('Leads').values('D2:D5').flat()).toEqual(['Contacted', 'Lead', 'Lead', 'Won']);
    expect(workbook.sheet('Stage History').lastRow()).toBe(2);
    // "Move anyway" resends the ones its criteria held back, and only those.
    const again = refs.filter((ref) => result.heldBack!.some((h) => h.criteria && h.row === ref.row));
    expect(server.moveProspects({ prospects: again, action: { kind: 'advance' }, force: true }).moved).toBe(2);
    expect(workbook.sheet('Leads').values('D2:D5').flat()).toEqual(['Contacted', 'Contacted', 'Contacted', 'Won']);
  });

  it('lets two users move different rows, interleaved, without losing either move', () => {
    const workbook = makeWorkbook();
    const minh = userOf(workbook, 'minh@example.com');
    const lan = userOf(workbook, 'lan@example.com');
    const minhRefs = refsOf(minh.server, minh.services, 'A2:A3');
    const lanRefs = refsOf(lan.server, lan.services, 'A7:A8');
    lan.server.moveProspects({ prospects: lanRefs, action: { kind: 'won' } });
    minh.server.moveProspects({ prospects: minhRefs, action: { kind: 'advance' } });
    const sheet = workbook.sheet('Leads');
    expect(sheet.values('D2:D3').flat()).toEqual(['Contacted', 'Qualified']);
    expect(sheet.values('D7:D8').flat()).toEqual(['Won', 'Won']);
    const log = workbook.sheet('Stage History').values('A2:H5');
    expect(log.map((r) => r[6])).toEqual(['lan@example.com', 'lan@example.com', 'minh@example.com', 'minh@example.com']);
  });

  it('refuses plainly while another user holds the document lock', () => {
    const workbook = makeWorkbook();
    const minh = userOf(workbook);
    const lan = userOf(workbook, 'lan@example.com');
    const lock = lan.services.LockService.getDocumentLock()!;
    lock.waitLock(1000);
    expect(() => minh.server.moveProspects({ prospects: refsOf(minh.server, minh.services, 'A2'), action: { kind: 'advance' } })).toThrow(
      'Someone else is changing the pipeline right now',
    );
    lock.releaseLock();
    expect(minh.server.moveProspects({ prospects: refsOf(minh.server, minh.services, 'A2'), action: { kind: 'advance' } }).moved).toBe(1);
  });

  it('refuses to advance a won prospect and to move to a stage that does not exist', () => {
    const { services, server } = userOf(makeWorkbook(prospectRows(2, () => 'Won')));
    expect(() => server.moveProspects({ prospects: refsOf(server, services, 'A2'), action: { kind: 'advance' } })).toThrow(
      'Company 1 is already won.',
    );
    expect(() => server.moveProspects({ prospects: refsOf(server, services, 'A3'), action: { kind: 'move', stage: 'Nowhere' } })).toThrow(
      '"Nowhere" is not a stage',
    );
  });

  it('refuses when another row holds the same ID and name, and names both rows', () => {
    const rows = prospectRows(4);
    rows[3] = [...rows[1]]; // row 5 is a copy of row 3
    const workbook = makeWorkbook(rows);
    const { services, server } = userOf(workbook);
    const before = workbook.sheet('Leads').values();
    expect(() => server.moveProspects({ prospects: refsOf(server, services, 'A3'), action: { kind: 'advance' } })).toThrow(
      'Rows 3 and 5 hold "Company 2" (ID P00002): give each prospect its own ID, then try again.',
    );
    expect(workbook.sheet('Leads').values()).toEqual(before);
  });

  it('refuses a repeated name when the IDs only number the rows, since an inserted row would shift them', () => {
    const rows = prospectRows(4).map((row, i) => [i + 1, i === 2 ? 'Company 1' : row[1], ...row.slice(2)]);
    const { services, server } = userOf(makeWorkbook(rows));
    expect(() => server.moveProspects({ prospects: refsOf(server, services, 'A2'), action: { kind: 'advance' } })).toThrow(
      'Rows 2 and 4 hold "Company 1", and the IDs are row numbers (=ROW()-1): give each prospect its own ID',
    );
  });
});
