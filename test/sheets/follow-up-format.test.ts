// The follow-up highlight's formulas, evaluated row by row as Sheets applies a custom formula down its range.
import { HyperFormula } from 'hyperformula';
import { followUpFormulas } from '../../src/sheets/follow-up-format';

// Columns: A stage, B status, C follow-up date. Dates are formulas on TODAY(), so no test depends on the real clock.
const rows: [string, string, string, string][] = [
  // stage, status, follow-up, what a rep should see
  ['Contacted', '', '=TODAY()-1', 'overdue'],
  ['Contacted', '', '=TODAY()-30', 'overdue'],
  ['Contacted', '', '=TODAY()', 'today'],
  ['Contacted', '', '=TODAY()+0.6', 'today'], // a date with a time of day
  ['Contacted', '', '=TODAY()+1', 'none'],
  ['Won', '', '=TODAY()-3', 'none'], // closed by its stage
  ['  lost ', '', '=TODAY()-3', 'none'], // the add-on trims and ignores case when it reads a stage
  ['Contacted', 'Won', '=TODAY()-3', 'none'], // closed by its status
  ['Contacted', 'thất bại', '=TODAY()', 'none'],
  ['Contacted', 'Open', '=TODAY()-3', 'overdue'],
  ['Contacted', '', 'next week', 'none'], // text is not a date
  ['Contacted', '', '', 'none'],
];

/** Row 2's formula moved down to `row`, as Sheets does for a rule set on C2:C (references relative to the range's first row). */
const atRow = (formula: string, row: number) => formula.replace(/\$([A-C])2\b/g, `$$$1${row}`);

function evaluate(columns: { followUp: number; stage: number; status: number }, closed: string[]) {
  const { overdue, today } = followUpFormulas(columns, closed);
  const data = [
    ['Stage', 'Status', 'Follow-up', '', ''],
    ...rows.map(([stage, status, date], i) => [stage, status, date, atRow(overdue, i + 2), atRow(today, i + 2)]),
  ];
  const hf = HyperFormula.buildFromArray(data, { licenseKey: 'gpl-v3' });
  return rows.map((_, i) => {
    const [isOverdue, isToday] = [3, 4].map((col) => hf.getCellValue({ sheet: 0, row: i + 1, col }));
    return isOverdue === true ? 'overdue' : isToday === true ? 'today' : 'none';
  });
}

describe('the follow-up highlight formulas', () => {
  it('mark overdue and due-today dates of open prospects only', () => {
    expect(evaluate({ followUp: 3, stage: 1, status: 2 }, ['Won', 'Lost'])).toEqual(rows.map((r) => r[3]));
  });

  it('write a closed stage named with quotes as Sheets reads a text literal, quotes doubled', () => {
    // HyperFormula, which evaluates the rows above, does not read doubled quotes; Sheets does (="Say ""yes""").
    expect(followUpFormulas({ followUp: 3, stage: 1, status: 0 }, ['Say "yes"']).overdue).toContain('TRIM($A2)="Say ""yes"""');
  });

  it('are relative to row 2 and absolute in column, as a rule on the follow-up column needs', () => {
    const { overdue, today } = followUpFormulas({ followUp: 11, stage: 4, status: 5 }, ['Won']);
    expect(overdue.startsWith('=AND(ISNUMBER($K2), $K2<TODAY(), NOT(OR(')).toBe(true);
    expect(today.startsWith('=AND(ISNUMBER($K2), INT($K2)=TODAY(), NOT(OR(')).toBe(true);
    expect(overdue).toContain('TRIM($E2)="won"');
  });

  it('without a status column, read the stage alone', () => {
    const { overdue } = followUpFormulas({ followUp: 3, stage: 1, status: 0 }, ['Won']);
    expect(overdue).toBe('=AND(ISNUMBER($C2), $C2<TODAY(), NOT(OR(TRIM($A2)="Won")))');
  });
});
