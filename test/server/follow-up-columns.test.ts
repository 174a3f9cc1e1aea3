// The follow-up columns in the prospects sheet: overdue dates highlighted on every Setup save, and the offer to add them.
import { DUE_TODAY_BACKGROUND, OVERDUE_BACKGROUND } from '../../src/sheets/follow-up-format';
import { handleEdit } from '../../src/server/on-edit';
import { editEvent } from './edit-event';
import { HEADERS, makeWorkbook, propertyWrites, prospectRows, userOf } from './workbook';

type Workbook = ReturnType<typeof makeWorkbook>;

const ownRules = (workbook: Workbook) => workbook.sheet('Leads').conditionalFormats.filter((r) => /TODAY\(\)/.test(r.formula ?? ''));

/** Leads with a Follow-up column (K), set up once. */
function withFollowUpColumn() {
  const workbook = makeWorkbook(
    prospectRows(20).map((row) => [...row, '']),
    [...HEADERS, 'Follow-up'],
  );
  const user = userOf(workbook);
  const stages = user.server.getSetup().stages;
  user.server.saveSetup({ stages, renames: [], renameProspects: false });
  return { workbook, stages, ...user };
}

describe('the follow-up highlight', () => {
  it('marks the follow-up column when Setup is saved: overdue in red, today in a softer colour, open prospects only', () => {
    const { workbook } = withFollowUpColumn();
    const [overdue, today] = ownRules(workbook);
    expect(overdue.formula).toMatch(/^=AND\(ISNUMBER\(\$K2\), \$K2<TODAY\(\), NOT\(OR\(TRIM\(\$D2\)="Won", TRIM\(\$D2\)="Lost", TRIM\(\$E2\)="won"/);
    expect(today.formula).toMatch(/^=AND\(ISNUMBER\(\$K2\), INT\(\$K2\)=TODAY\(\), /);
    expect([overdue.background, today.background]).toEqual([OVERDUE_BACKGROUND, DUE_TODAY_BACKGROUND]);
    for (const rule of [overdue, today]) expect(rule.ranges).toEqual([expect.objectContaining({ row: 2, col: 11, numRows: 999, numCols: 1 })]);
  });

  it("is kept once when Setup is saved again, follows a renamed won stage, and leaves the user's own rules alone", () => {
    const { workbook, services, server, stages } = withFollowUpColumn();
    const sheet = services.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Leads')!;
    const app = services.SpreadsheetApp;
    // The user's own rules, one of them on the follow-up column with a date test of its own.
    const theirs = [
      app
        .newConditionalFormatRule()
        .whenFormulaSatisfied('=AND(ISNUMBER($K2), $K2<TODAY()-30)')
        .setBackground('#999999')
        .setRanges([sheet.getRange('K2:K')])
        .build(),
      app
        .newConditionalFormatRule()
        .whenFormulaSatisfied('=$F2>5000')
        .setBackground('#b7e1cd')
        .setRanges([sheet.getRange('F2:F')])
        .build(),
    ];
    sheet.setConditionalFormatRules([...theirs, ...sheet.getConditionalFormatRules()]);
    const renamed = stages.map((s) => (s.name === 'Won' ? { ...s, name: 'Signed' } : s));
    server.saveSetup({ stages: renamed, renames: [{ from: 'Won', to: 'Signed' }], renameProspects: true });
    server.saveSetup({ stages: renamed, renames: [], renameProspects: false });
    const formulas = workbook.sheet('Leads').conditionalFormats.map((r) => r.formula);
    expect(formulas.slice(0, 2)).toEqual(['=AND(ISNUMBER($K2), $K2<TODAY()-30)', '=$F2>5000']);
    expect(formulas).toHaveLength(5); // theirs, the unknown-stage highlight, overdue, today
    const own = ownRules(workbook).slice(1);
    expect(own).toHaveLength(2);
    for (const rule of own) {
      expect(rule.formula).toContain('TRIM($D2)="Signed"');
      expect(rule.formula).not.toContain('TRIM($D2)="Won"');
    }
  });

  it("goes when the follow-up column is unmapped, and the user's rules stay", () => {
    const { workbook, services, server, stages } = withFollowUpColumn();
    const sheet = services.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Leads')!;
    const mine = services.SpreadsheetApp.newConditionalFormatRule()
      .whenFormulaSatisfied('=$F2>5000')
      .setRanges([sheet.getRange('F2:F')])
      .build();
    sheet.setConditionalFormatRules([mine, ...sheet.getConditionalFormatRules()]);
    const mapping = { ...server.getSetup().mapping, followUp: '' };
    server.saveSetup({ stages, renames: [], renameProspects: false, mapping });
    expect(workbook.sheet('Leads').conditionalFormats.map((r) => r.formula)).toEqual(['=$F2>5000', expect.stringContaining('INDIRECT')]);
  });
});

describe("a stage's follow-up default", () => {
  it('is saved to Pipeline Setup and read back; one that is not a whole number of days is refused before anything is written', () => {
    const { workbook, services, server, stages } = withFollowUpColumn();
    const withDays = stages.map((s, i) => ({ ...s, followUpDays: i === 1 ? 2 : null }));
    server.saveSetup({ stages: withDays, renames: [], renameProspects: false });
    expect(workbook.sheet('Pipeline Setup').values('I1:I3')).toEqual([['Follow up after (days)'], [''], [2]]);
    expect(server.getSetup().stages.map((s) => s.followUpDays)).toEqual(withDays.map((s) => s.followUpDays));
    services.counters.reset();
    const odd = withDays.map((s, i) => (i === 2 ? { ...s, followUpDays: 1.5 } : s));
    expect(() => server.saveSetup({ stages: odd, renames: [], renameProspects: false })).toThrow(
      `the follow-up days of "${stages[2].name}" must be a whole number of days (0 or more)`,
    );
    expect(services.counters.writes).toBe(0);
  });
});

describe('adding the Next step and Follow-up date columns', () => {
  /** Leads without the columns, with a value typed in column L (no header): the last used column is L, not J. */
  function withoutColumns(locale = 'en') {
    const workbook = makeWorkbook();
    workbook.userEdit('Leads', 'L5', 'a note');
    const user = userOf(workbook, 'minh@example.com', locale);
    const stages = user.server.getSetup().stages.map((s) => ({ ...s, followUpDays: s.name === 'Contacted' ? 2 : null }));
    user.server.saveSetup({ stages, renames: [], renameProspects: false });
    return { workbook, ...user };
  }

  it('appends them after the last used column, moves none of the user’s cells, formats the date and highlights it', () => {
    const { workbook, server } = withoutColumns();
    workbook.sheet('Leads').setOnCells({ row: 1, col: 1, numRows: 1, numCols: HEADERS.length }, 'fontWeight', () => 'bold');
    workbook.sheet('Leads').setOnCells({ row: 1, col: 1, numRows: 1, numCols: HEADERS.length }, 'background', () => '#d9ead3');
    const before = workbook.sheet('Leads').values('A1:L21');
    expect(server.getSetup().mapping.followUp).toBeUndefined();
    const result = server.addFollowUpColumns();
    expect(result).toMatchObject({
      sheet: 'Leads',
      added: ['Next step', 'Follow-up date'],
      mapping: { nextStep: 'Next step', followUp: 'Follow-up date' },
    });
    const leads = workbook.sheet('Leads');
    expect(leads.values('A1:L21')).toEqual(before);
    expect(leads.values('M1:N1')).toEqual([['Next step', 'Follow-up date']]);
    // Styled like the user's headers (bold, their fill); the cell with data but no header (L1) is left alone.
    for (const col of [13, 14]) expect(leads.peek(1, col)).toMatchObject({ fontWeight: 'bold', background: '#d9ead3' });
    expect(leads.peek(1, 12)).toBeUndefined();
    expect(leads.cellInfo(2, 14).format).toBe('yyyy-mm-dd');
    expect(leads.cellInfo(2, 13).format).toBeNull();
    expect(ownRules(workbook).map((r) => r.ranges[0].col)).toEqual([14, 14]);
    expect(server.getSetup().mapping).toMatchObject({ nextStep: 'Next step', followUp: 'Follow-up date' });
  });

  it('adds nothing and writes nothing the second time', () => {
    const { workbook, services, server } = withoutColumns();
    server.addFollowUpColumns();
    services.counters.reset();
    services.log.length = 0;
    expect(server.addFollowUpColumns()).toMatchObject({ added: [] });
    expect(services.counters.writes).toBe(0);
    expect(propertyWrites(services.log)).toBe(0);
    expect(workbook.sheet('Leads').values('M1:P1')).toEqual([['Next step', 'Follow-up date', '', '']]);
  });

  it('heads them in the user’s language, and then a typed stage fills the new follow-up date', () => {
    const { workbook, services, server } = withoutColumns('vi');
    expect(server.addFollowUpColumns().added).toEqual(['Việc tiếp theo', 'Ngày hẹn']);
    workbook.userEdit('Leads', 'D2', 'Contacted');
    handleEdit(services, editEvent(services, 'Leads', 'D2', 'Lead'));
    expect(workbook.sheet('Leads').values('N2')[0][0]).toBeInstanceOf(Date);
  });

  it('adds only the column that is missing, and grows a sheet that has no column to spare', () => {
    const headers = [...HEADERS, 'Next action'];
    const workbook = makeWorkbook(
      prospectRows(5).map((row) => [...row, 'Call']),
      headers,
    );
    workbook.sheet('Leads').maxColumns = headers.length; // a sheet sized to its data, as an import makes it
    const { server } = userOf(workbook);
    expect(server.addFollowUpColumns()).toMatchObject({ added: ['Follow-up date'], mapping: { followUp: 'Follow-up date' } });
    expect(workbook.sheet('Leads').maxColumns).toBe(headers.length + 1);
    expect(workbook.sheet('Leads').values('K1:L1')).toEqual([['Next action', 'Follow-up date']]);
  });

  it('maps a column the mapping had said was none instead of adding a second one, and saves that mapping', () => {
    const workbook = makeWorkbook(
      prospectRows(5).map((row) => [...row, '']),
      [...HEADERS, 'Next step'],
    );
    const { server } = userOf(workbook);
    const { stages, mapping } = server.getSetup();
    server.saveSetup({ stages, renames: [], renameProspects: false, mapping: { ...mapping, nextStep: '' } });
    const result = server.addFollowUpColumns();
    expect(result.added).toEqual(['Follow-up date']);
    expect(result.mapping).toEqual({ nextStep: 'Next step', followUp: 'Follow-up date' });
    expect(server.getSetup().mapping.nextStep).toBe('Next step');
    expect(workbook.sheet('Leads').values('K1:M1')).toEqual([['Next step', 'Follow-up date', '']]);
  });

  it('refuses clearly when there is no prospects sheet, writing nothing', () => {
    const workbook = makeWorkbook();
    workbook.addSheet('Notes', [['Anything']]);
    workbook.removeSheet('Leads');
    const { services, server } = userOf(workbook);
    services.counters.reset();
    expect(() => server.addFollowUpColumns()).toThrow(/prospects sheet|stage column/i);
    expect(services.counters.writes).toBe(0);
  });
});
