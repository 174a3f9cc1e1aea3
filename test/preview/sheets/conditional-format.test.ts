// Conditional format rules: built with a custom formula and colours, stored on the sheet, replaced as a whole.

import { createServices, Workbook } from '../../../preview/sheets';

describe('conditional format rules', () => {
  function setup() {
    const wb = new Workbook();
    const data = wb.addSheet('Prospects', [['Name', 'Stage']]);
    const services = createServices(wb);
    const app = services.SpreadsheetApp;
    return { wb, data, app, sheet: app.getActiveSpreadsheet().getSheetByName('Prospects')! };
  }

  test('a rule keeps its formula, colours and ranges', () => {
    const { data, app, sheet } = setup();
    const rule = app
      .newConditionalFormatRule()
      .whenFormulaSatisfied('=AND($B2<>"",COUNTIF(\'Pipeline Setup\'!$A:$A,$B2)=0)')
      .setBackground('#fce8e6')
      .setFontColor('#c5221f')
      .setRanges([sheet.getRange('B2:B1000')])
      .build();
    sheet.setConditionalFormatRules([rule]);
    const [read] = sheet.getConditionalFormatRules();
    expect(read!.getRanges().map((r) => r.getA1Notation())).toEqual(['B2:B1000']);
    // A "custom formula" condition answers its formula as the one criteria value, so a rule can be recognised.
    expect(read!.getBooleanCondition()!.getCriteriaValues()).toEqual(['=AND($B2<>"",COUNTIF(\'Pipeline Setup\'!$A:$A,$B2)=0)']);
    expect(data.conditionalFormats).toEqual([
      {
        formula: '=AND($B2<>"",COUNTIF(\'Pipeline Setup\'!$A:$A,$B2)=0)',
        background: '#fce8e6',
        fontColor: '#c5221f',
        ranges: [{ sheetId: data.id, row: 2, col: 2, numRows: 999, numCols: 1 }],
      },
    ]);
  });

  test('setConditionalFormatRules replaces every rule, so re-saving does not pile rules up', () => {
    const { app, sheet } = setup();
    const make = (color: string) =>
      app
        .newConditionalFormatRule()
        .whenFormulaSatisfied('=TRUE')
        .setBackground(color)
        .setRanges([sheet.getRange('A2:A')])
        .build();
    sheet.setConditionalFormatRules([make('#111111'), make('#222222')]);
    sheet.setConditionalFormatRules([...sheet.getConditionalFormatRules().slice(1), make('#333333')]);
    expect(sheet.getConditionalFormatRules()).toHaveLength(2);
    sheet.setConditionalFormatRules([]);
    expect(sheet.getConditionalFormatRules()).toEqual([]);
  });

  test("inserting rows above a rule's range moves the range down", () => {
    const { data, app, sheet } = setup();
    sheet.setConditionalFormatRules([
      app
        .newConditionalFormatRule()
        .whenFormulaSatisfied('=TRUE')
        .setRanges([sheet.getRange('B5:B9')])
        .build(),
    ]);
    sheet.insertRowsAfter(2, 3);
    expect(data.conditionalFormats[0]!.ranges[0]).toMatchObject({ row: 8, numRows: 5 });
  });

  test("an add-on tells its own custom-formula rules from the user's by their formula, and replacing the list keeps the others in order", () => {
    // developers.google.com/apps-script/reference/spreadsheet/conditional-format-rule-builder: its example reads the
    // sheet's rules with getConditionalFormatRules(), pushes the new rule and sets the whole list back with
    // setConditionalFormatRules(rules), which is what the sheet then holds. boolean-condition: getCriteriaValues()
    // "Gets an array of arguments for the rule's criteria", for a custom formula (whenFormulaSatisfied) its formula.
    const { app, sheet } = setup();
    const rule = (formula: string, color: string) =>
      app
        .newConditionalFormatRule()
        .whenFormulaSatisfied(formula)
        .setBackground(color)
        .setRanges([sheet.getRange('B2:B')])
        .build();
    sheet.setConditionalFormatRules([rule('=$B2="x"', '#111111'), rule('=AND(ISNUMBER($B2), $B2<TODAY())', '#f4c7c3'), rule('=TRUE', '#222222')]);
    const ours = (r: ReturnType<typeof sheet.getConditionalFormatRules>[number]) =>
      r.getBooleanCondition()!.getCriteriaValues()[0] === '=AND(ISNUMBER($B2), $B2<TODAY())';
    const kept = sheet.getConditionalFormatRules().filter((r) => !ours(r));
    sheet.setConditionalFormatRules([...kept, rule('=AND(ISNUMBER($B2), $B2<TODAY())', '#f4c7c3')]);
    expect(sheet.getConditionalFormatRules().map((r) => r.getBooleanCondition()!.getCriteriaValues()[0])).toEqual([
      '=$B2="x"',
      '=TRUE',
      '=AND(ISNUMBER($B2), $B2<TODAY())',
    ]);
    expect(
      sheet
        .getConditionalFormatRules()[2]!
        .getRanges()
        .map((r) => r.getA1Notation()),
    ).toEqual(['B2:B1000']);
  });
});
