// Formulas in cells run the bundle's custom functions through HyperFormula, as Sheets would run them.
import { boundOpenRanges } from '../../../preview/server/column-ranges';
import { stackArrayLiterals } from '../../../preview/server/array-literals';
import { join } from 'node:path';
import { readEntryPoints } from '../../../scripts/entry-points.cjs';
import { CUSTOM_FUNCTIONS } from '../../../preview/server/formula-plugin';
import { leadsWorkbook } from './bundle';

const ROWS = [
  ['Acme', 'Lan', 100, 'Lead', 'Open', 'Acme'],
  ['Bolt', 'Minh', 200, 'Visit', 'Open', 'Bolt'],
  ['Cord', 'Lan', 300, 'Offer', 'Lost', 'Acme'],
  ['Dyno', 'Minh', 400, 'Won', 'Won', 'Dyno'],
  ['Echo', 'Lan', 500, 'Visit', 'Open', 'Echo'],
];

/** The values a formula's result covers, anchor first, read back from the engine (spilled cells included). */
function block(engine: ReturnType<typeof leadsWorkbook>['engine'], sheet: string, rows: number, cols: number): unknown[][] {
  return Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => engine.resultAt(sheet, r + 1, c + 1).value));
}

describe('the formula bridge', () => {
  test('registers every custom function of the entry file, with its number of arguments', () => {
    const declared = readEntryPoints(join(__dirname, '../../../src/index.ts'))
      .filter((entry) => entry.jsdoc.includes('@customfunction'))
      .map((entry) => [entry.name, entry.params.length]);
    expect(Object.entries(CUSTOM_FUNCTIONS).sort()).toEqual(declared.sort());
  });

  test("=CONVERSION('Leads'!D2:D) gives the same number as calling CONVERSION directly", () => {
    const { workbook, engine, addon } = leadsWorkbook(ROWS);
    workbook.addSheet('Calc', [["=CONVERSION('Leads'!D2:D)"], ["=CONVERSION('Leads'!D2:E, \"Visit\", , 'Pipeline Setup'!A:C)"]]);
    const stages = workbook.sheet('Leads').values('D2:D1000');
    const stagesAndStatus = workbook.sheet('Leads').values('D2:E1000');
    const setup = workbook.sheet('Pipeline Setup').values('A1:C1000');
    expect(workbook.sheet('Calc').values('A1:A2')).toEqual([
      [addon.run('CONVERSION', [stages])],
      [addon.run('CONVERSION', [stagesAndStatus, 'Visit', undefined, setup])],
    ]);
    expect(engine.resultAt('Calc', 1, 1).value).toBeCloseTo(1 / 5);
  });

  test('FUNNEL spills its table below and beside the formula cell', () => {
    const { workbook, engine, addon } = leadsWorkbook(ROWS);
    workbook.addSheet('Calc', [["=FUNNEL('Leads'!D2:E, 'Pipeline Setup'!A:C, 'Leads'!C2:C)"]]);
    const direct = addon.run('FUNNEL', [
      workbook.sheet('Leads').values('D2:E1000'),
      workbook.sheet('Pipeline Setup').values('A1:C1000'),
      workbook.sheet('Leads').values('C2:C1000'),
    ]) as unknown[][];
    expect(direct.length).toBeGreaterThan(3);
    expect(block(engine, 'Calc', direct.length, direct[0].length)).toEqual(direct);
    expect(engine.isSpilled('Calc', 2, 2)).toBe(true);
  });

  test('a thrown error shows #ERROR! with its message, and the cell recovers once the data is fixed', () => {
    const { workbook, engine, addon } = leadsWorkbook([...ROWS, ['Fizz', 'Lan', 50, 'Ofer', 'Open', 'Fizz']]);
    workbook.addSheet('Calc', [["=WINRATE('Leads'!D2:E, 'Pipeline Setup'!A:C)"]]);
    let thrown = '';
    try {
      addon.run('WINRATE', [workbook.sheet('Leads').values('D2:E1000'), workbook.sheet('Pipeline Setup').values('A1:C1000')]);
    } catch (error) {
      thrown = (error as Error).message;
    }
    expect(thrown).toMatch(/"Ofer" is not a stage/);
    expect(engine.resultAt('Calc', 1, 1)).toEqual({ value: '#ERROR!', error: thrown });
    expect(workbook.sheet('Calc').values('A1')).toEqual([['#ERROR!']]);

    workbook.userEdit('Leads', 'D7', 'Offer');
    expect(engine.resultAt('Calc', 1, 1)).toEqual({ value: 0.5, error: null });
  });

  test('an array result grows and shrinks with its data (STAGECHECK lists each new problem)', () => {
    const { workbook, engine } = leadsWorkbook(ROWS);
    workbook.addSheet('Calc', [["=STAGECHECK('Leads'!D2:E, 'Pipeline Setup'!A:C)"]]);
    expect(engine.resultAt('Calc', 1, 1).value).toBe('OK');
    workbook.userEdit('Leads', 'D3', 'Vist');
    workbook.userEdit('Leads', 'D5', '7');
    expect(block(engine, 'Calc', 3, 4)).toEqual([
      ['Row', 'Value', 'Problem', 'Suggestion'],
      [2, 'Vist', '"Vist" is not a stage of the pipeline.', 'Visit'],
      [4, 7, '7 is a number, not a stage name.', ''],
    ]);
    workbook.userEdit('Leads', 'D3', 'Visit');
    workbook.userEdit('Leads', 'D5', 'Won');
    expect(block(engine, 'Calc', 2, 2)).toEqual([
      ['OK', ''],
      ['', ''],
    ]);
  });

  test('skipped and left-out arguments reach the function as undefined; too many is #N/A', () => {
    const { workbook, engine, addon } = leadsWorkbook(ROWS);
    workbook.addSheet('Calc', [
      ["=PIPELINEVALUE('Leads'!D2:E, 'Leads'!C2:C, 'Pipeline Setup'!A:C)"],
      ["=CONVERSION('Leads'!D2:E, , , 'Pipeline Setup'!A:C)"],
      ["=TOPSHARE('Leads'!F2:F, 'Leads'!C2:C)"],
      ["=WINRATE('Leads'!D2:E, 'Pipeline Setup'!A:C, 1)"],
    ]);
    expect(engine.resultAt('Calc', 1, 1).value).toBeCloseTo(0.1 * 100 + 0.4 * 200 + 0.4 * 500);
    expect(engine.resultAt('Calc', 2, 1).value).toBeCloseTo(1 / 5);
    const leads = workbook.sheet('Leads');
    expect(engine.resultAt('Calc', 3, 1).value).toBe(addon.run('TOPSHARE', [leads.values('F2:F1000'), leads.values('C2:C1000'), undefined]));
    expect(engine.resultAt('Calc', 4, 1)).toEqual({ value: '#N/A', error: expect.stringMatching(/Wrong number of arguments to WINRATE/) });
  });

  test('{stage, status} array literals and TEXT with Sheets formats recalculate like other formulas', () => {
    const { workbook, engine } = leadsWorkbook(ROWS);
    workbook.addSheet('Calc', [["=WINRATE({'Leads'!D2:D, 'Leads'!E2:E}, 'Pipeline Setup'!A:C)"], ['=TEXT(A1, "0%")'], ['=TEXT(1234.5, "#,##0.00")']]);
    expect(engine.resultAt('Calc', 2, 1).value).toBe('50%');
    workbook.userEdit('Leads', 'E2', 'Won');
    workbook.userEdit('Leads', 'D2', 'Won');
    expect(engine.resultAt('Calc', 1, 1).value).toBeCloseTo(2 / 3);
    expect(engine.resultAt('Calc', 2, 1).value).toBe('67%');
    expect(engine.resultAt('Calc', 3, 1).value).toBe('1,234.50');
  });

  test('formulas follow rows the add-on inserts (open-ended ranges reach the new last row)', () => {
    const { workbook, engine } = leadsWorkbook(ROWS);
    workbook.addSheet('Calc', [["=CONVERSION('Leads'!D2:D, , , 'Pipeline Setup'!A:C)"]]);
    const leads = workbook.sheet('Leads');
    leads.insertRowsAfter(leads.maxRows, 5);
    leads.scriptWrite({ row: leads.maxRows, col: 4, numRows: 1, numCols: 1 }, [['Won']]);
    expect(engine.resultAt('Calc', 1, 1).value).toBeCloseTo(2 / 6);
  });
});

describe('formula text handed to HyperFormula', () => {
  const rows = (sheet: string) => ({ Leads: 1000, 'Pipeline Setup': 40, "O'Brien": 7 })[sheet];

  test('bounds open-ended ranges to the sheet’s rows, with or without a sheet name', () => {
    expect(boundOpenRanges("=FUNNEL('Leads'!D2:E, 'Pipeline Setup'!A:C)", 'Calc', rows)).toBe("=FUNNEL('Leads'!D2:E1000, 'Pipeline Setup'!A:C)");
    expect(boundOpenRanges('=CONVERSION(D2:D, $F$3:$F)', 'Leads', rows)).toBe('=CONVERSION(D2:D1000, $F$3:$F1000)');
    expect(boundOpenRanges("=SUM('O''Brien'!B2:B)", 'Leads', rows)).toBe("=SUM('O''Brien'!B2:B7)");
  });

  test('leaves closed ranges, whole columns and string literals alone', () => {
    const formula = '=A13&IF(D13="",""," · "&TEXT(D13,"0%"))&COUNTIF(INDIRECT("\'Pipeline Setup\'!A2:A"), B2:B9)&SUM(C:C)';
    expect(boundOpenRanges(formula, 'Leads', rows)).toBe(formula);
  });

  test('rewrites array literals as HSTACK / VSTACK so their ranges are dependencies', () => {
    expect(stackArrayLiterals("=WINRATE({'Leads'!C2:C, 'Leads'!E2:E})")).toBe("=WINRATE(HSTACK('Leads'!C2:C, 'Leads'!E2:E))");
    expect(stackArrayLiterals('={1, 2; 3, 4}')).toBe('=VSTACK(HSTACK(1, 2), HSTACK(3, 4))');
    expect(stackArrayLiterals('=CONCAT("{a, b}", A1)')).toBe('=CONCAT("{a, b}", A1)');
  });
});
