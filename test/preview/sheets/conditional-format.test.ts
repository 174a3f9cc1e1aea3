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
});
