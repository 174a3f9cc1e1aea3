// Check for values that are not numbers, its fixes, and the Pipeline view's count of values it could not read.
import { makeWorkbook, prospectRows, userOf } from './workbook';

const VALUE = 5; // 0-based column of Value in HEADERS
const textValues: Record<number, unknown> = { 0: '850tr', 3: '850 triệu', 5: '1.130', 7: '$60,000', 9: '850tr', 12: 'TBD', 14: true };

function messyRows(count = 20): unknown[][] {
  const rows = withWins(prospectRows(count));
  for (const [i, value] of Object.entries(textValues)) rows[Number(i)][VALUE] = value;
  return rows;
}

function setUp(rows = messyRows()) {
  const workbook = makeWorkbook(rows);
  const user = userOf(workbook);
  user.server.saveSetup({ stages: user.server.getSetup().stages, renames: [], renameProspects: false });
  return { workbook, sheet: user.services.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Leads')!, ...user };
}

/** Two won prospects (rows 20 and 21), so the weighted value has probabilities to weigh with. */
function withWins(rows: unknown[][]): unknown[][] {
  rows[18][3] = 'Won';
  rows[19][3] = 'Won';
  return rows;
}

const refOf = (p: { row: number; id: string; name: string; value: string }) => ({ row: p.row, id: p.id, name: p.name, value: p.value });

describe('checkValues', () => {
  // addon.md, Safety and data: dates are shown in the spreadsheet's time zone (the workbook is at UTC+7).
  it('quotes a date in the value column as the day the sheet shows, not the UTC day before', () => {
    const { server, sheet } = setUp();
    sheet.getRange('F3').setValue('2026-01-05');
    const [listed] = server.checkValues().problems.filter((p) => p.row === 3);
    expect(listed.value).toBe('2026-01-05');
  });

  it('lists every value on a prospect row that is not a number, with the number it reads as where that is unambiguous', () => {
    const { server } = setUp();
    const result = server.checkValues();
    expect(result.column).toBe('Value');
    expect(result.problems.map((p) => [p.row, p.value, p.reading])).toEqual([
      [2, '850tr', 850_000_000],
      [5, '850 triệu', 850_000_000],
      [7, '1.130', null],
      [9, '$60,000', 60_000],
      [11, '850tr', 850_000_000],
      [14, 'TBD', null],
      [16, 'TRUE', null],
    ]);
    expect(result.problems[0]).toMatchObject({ id: 'P00001', name: 'Company 1' });
  });

  it('leaves out rows the formulas do not read (no stage, no status) and numbers or blanks', () => {
    const rows = messyRows();
    rows[0][3] = '';
    rows[1][VALUE] = '';
    const { server } = setUp(rows);
    expect(server.checkValues().problems.map((p) => p.row)).not.toContain(2);
    expect(server.checkValues().problems.map((p) => p.row)).not.toContain(3);
  });

  it('has nothing to check on a sheet without a Value column', () => {
    const headers = ['ID', 'Company', 'Owner', 'Stage', 'Status'];
    const workbook = makeWorkbook(
      prospectRows(5).map((r) => r.slice(0, 5)),
      headers,
    );
    expect(userOf(workbook).server.checkValues()).toEqual({ sheet: 'Leads', column: null, problems: [] });
  });
});

describe('fixValues', () => {
  it('writes the number on every row of a group in one write, logs nothing in Stage History, and returns the check that remains', () => {
    const { server, services, sheet, workbook } = setUp();
    const history = workbook.findSheet('Stage History')?.lastRow() ?? 0;
    const group = server.checkValues().problems.filter((p) => p.reading === 850_000_000);
    expect(group).toHaveLength(3);
    services.counters.reset();
    const result = server.fixValues({ rows: group.map(refOf) });
    const io = { reads: services.counters.reads, writes: services.counters.writes };
    expect(result.fixed).toBe(3);
    expect(result.skipped).toEqual([]);
    expect([2, 5, 11].map((row) => sheet.getRange(`F${row}`).getValues()[0][0])).toEqual([850_000_000, 850_000_000, 850_000_000]);
    expect(sheet.getRange('F3').getValues()[0][0]).toBe(1001);
    expect(result.check.problems.map((p) => p.row)).toEqual([7, 9, 14, 16]);
    // The header row, the rows' columns, the formulas of the rows fixed; one range-list write.
    expect(io).toEqual({ reads: 3, writes: 1 });
    expect(workbook.findSheet('Stage History')?.lastRow() ?? 0).toBe(history);
  });

  it('skips a row whose value changed since the check, and a row now holding another prospect, and fixes the rest', () => {
    const { server, sheet } = setUp();
    const group = server.checkValues().problems.filter((p) => p.reading === 850_000_000);
    sheet.getRange('F5').setValue('900tr');
    // Someone sorted: row 11 now holds another prospect (with the same value text).
    sheet.getRange('A11:B11').setValues([['P09999', 'Someone else']]);
    const result = server.fixValues({ rows: group.map(refOf) });
    expect(result.fixed).toBe(1);
    expect(result.skipped).toEqual(['Row 5 no longer holds "850 triệu".', expect.stringContaining('Row 11')]);
    expect(sheet.getRange('F2').getValues()[0][0]).toBe(850_000_000);
    expect(sheet.getRange('F5').getValues()[0][0]).toBe('900tr');
    expect(sheet.getRange('F11').getValues()[0][0]).toBe('850tr');
  });

  it('skips a value that reads as no number, whatever the request says', () => {
    const { server, sheet } = setUp();
    const ambiguous = server.checkValues().problems.find((p) => p.value === '1.130')!;
    const result = server.fixValues({ rows: [refOf(ambiguous)] });
    expect(result.fixed).toBe(0);
    expect(result.skipped[0]).toContain('cannot be read as one number');
    expect(sheet.getRange('F7').getValues()[0][0]).toBe('1.130');
  });

  it('refuses values that read as different numbers before writing anything', () => {
    const { server, sheet } = setUp();
    const [first, , , dollars] = server.checkValues().problems;
    expect(() => server.fixValues({ rows: [refOf(first), refOf(dollars)] })).toThrow(/different numbers/);
    expect(sheet.getRange('F2').getValues()[0][0]).toBe('850tr');
  });

  it('never writes over a formula that gives text', () => {
    const { server, sheet, workbook } = setUp();
    // A stand-in engine: the formula gives the text "850tr".
    workbook.setFormulaEvaluator(() => '850tr');
    sheet.getRange('F19').setFormula('="850"&"tr"');
    const listed = server.checkValues().problems.find((p) => p.row === 19)!;
    expect(listed.reading).toBe(850_000_000);
    const result = server.fixValues({ rows: [refOf(listed)] });
    expect(result.fixed).toBe(0);
    expect(result.skipped).toEqual(['Row 19: the value is a formula. Correct the formula so that it gives a number.']);
    expect(sheet.getRange('F19').getFormulas()[0][0]).toBe('="850"&"tr"');
  });

  it('refuses a request that is not a list of rows, in the user’s words', () => {
    const { server } = setUp();
    expect(() => server.fixValues({ rows: [] })).toThrow();
    expect(() => server.fixValues({ rows: [{ row: 'two' as unknown as number, id: '', name: '', value: '' }] })).toThrow(/row/);
  });
});

describe('the Pipeline view and values that are not numbers', () => {
  it('counts the open prospects whose value it could not read, and the weighted value leaves them out', () => {
    const { server } = setUp();
    const summary = server.getPipelineSummary(null);
    // Every test row is open; row 16 (TRUE) too.
    expect(summary.unreadableValues).toBe(7);
    const fixedAll = setUp(withWins(prospectRows(20)));
    expect(fixedAll.server.getPipelineSummary(null).unreadableValues).toBe(0);
    expect(summary.weightedOpenValue).toBeLessThan(fixedAll.server.getPipelineSummary(null).weightedOpenValue!);
  });

  it('counts none once Check fixed them', () => {
    const { server } = setUp();
    for (const reading of [850_000_000, 60_000]) {
      server.fixValues({
        rows: server
          .checkValues()
          .problems.filter((p) => p.reading === reading)
          .map(refOf),
      });
    }
    expect(server.getPipelineSummary(null).unreadableValues).toBe(3);
  });
});

describe('owners in the Pipeline view', () => {
  it('groups spellings of one owner (case, spaces, NFC and NFD) under its most common spelling, and filters by all of them', () => {
    const rows = prospectRows(12);
    const owners = ['Lan', 'LAN', 'Lan', ' lan ', 'minh', 'Minh', 'Minh', 'Thảo', 'Thảo'.normalize('NFD'), 'Thảo', 'Nguyễn  Văn An', 'Nguyễn Văn An'];
    owners.forEach((owner, i) => (rows[i][2] = owner));
    const { server } = setUp(rows);
    const all = server.getPipelineSummary(null);
    expect(all.owners).toEqual(['Lan', 'Minh', 'Nguyễn Văn An', 'Thảo']);
    expect(all.owners.every((name) => name === name.normalize('NFC'))).toBe(true);
    expect(server.getPipelineSummary('Lan').prospects).toBe(4);
    expect(server.getPipelineSummary('LAN').owner).toBe('Lan');
    expect(server.getPipelineSummary('Thảo').prospects).toBe(3);
    expect(server.getPipelineSummary('Minh').prospects).toBe(3);
  });
});
