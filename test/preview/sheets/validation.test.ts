// Data validation: dropdown rules, what a person may type, and whether a script's write is refused.

import { createServices, Workbook } from '../../../preview/sheets';

function setup() {
  const wb = new Workbook();
  const data = wb.addSheet('Prospects', [
    ['Name', 'Stage'],
    ['Acme', 'Lead'],
    ['Beta', 'Lead'],
  ]);
  const services = createServices(wb);
  const app = services.SpreadsheetApp;
  const sheet = app.getActiveSpreadsheet().getSheetByName('Prospects')!;
  return { wb, data, services, app, sheet };
}

describe('data validation', () => {
  test('a list rule keeps its values, dropdown flag, strictness and help text', () => {
    const { app, sheet } = setup();
    const rule = app
      .newDataValidation()
      .requireValueInList(['Lead', 'Qualified', 'Won'], true)
      .setAllowInvalid(false)
      .setHelpText('Pick a stage')
      .build();
    sheet.getRange('B2:B3').setDataValidation(rule);
    const read = sheet.getRange('B2:B9').getDataValidation()!;
    // For a list rule Apps Script's getCriteriaValues() is [values, showDropdown] (gas-fakes checks "Expected 2 args for VALUE_IN_LIST").
    expect(read.getCriteriaValues()).toEqual([['Lead', 'Qualified', 'Won'], true]);
    expect(read.getAllowInvalid()).toBe(false);
    expect(read.getHelpText()).toBe('Pick a stage');
  });

  test("a range rule offers the range's values as they are now, and answers [range, showDropdown]", () => {
    // Apps Script: requireValueInRange(range, showDropdown); getCriteriaValues() is [range, showDropdown] for VALUE_IN_RANGE.
    const { app, sheet, wb } = setup();
    const source = sheet.getRange('F1:F3');
    source.setValues([['Lead'], ['Won'], ['']]);
    sheet.getRange('B2:B3').setDataValidation(app.newDataValidation().requireValueInRange(source, true).setAllowInvalid(false).build());
    const read = sheet.getRange('B2').getDataValidation()!;
    expect(read.getCriteriaValues()).toEqual([source, true]);
    expect(() => sheet.getRange('B2').setValue('Proposal')).toThrow(/violates the data validation rules/);
    sheet.getRange('F3').setValue('Proposal');
    sheet.getRange('B2').setValue('Proposal');
    expect(wb.sheet('Prospects').values('B2')[0][0]).toBe('Proposal');
  });

  test('a range rule reads its list once for a whole write, and a hand edit of the list counts from the next write', () => {
    const { app, sheet, wb, data, services } = setup();
    const source = sheet.getRange('F1:F3');
    source.setValues([['Lead'], ['Won'], ['']]);
    sheet.getRange('B2:B201').setDataValidation(app.newDataValidation().requireValueInRange(source, true).setAllowInvalid(false).build());
    const listReads = jest.spyOn(data, 'readDisplay');
    services.counters.reset();
    sheet.getRange('B2:B201').setValues(Array.from({ length: 200 }, (_, i) => [i % 2 ? 'Won' : 'Lead']));
    expect(listReads).toHaveBeenCalledTimes(1);
    // The add-on made one write; the rule's own look at its list is not the add-on's I/O.
    expect([services.counters.reads, services.counters.writes]).toEqual([0, 1]);
    expect(() => sheet.getRange('B2:B3').setValues([['Proposal'], ['Lead']])).toThrow(/violates the data validation rules/);
    wb.userEdit('Prospects', 'F3', 'Proposal');
    sheet.getRange('B2:B3').setValues([['Proposal'], ['Lead']]);
    expect(wb.sheet('Prospects').values('B2:B3')).toEqual([['Proposal'], ['Lead']]);
  });

  test('a new rule allows invalid data (shows a warning) unless told otherwise, and has no help text', () => {
    // gas-fakes' builder, modelled on live Apps Script, starts with allowInvalid = true and helpText = null
    // (tanaikech/gas-fakes src/services/spreadsheetapp/fakedatavalidationbuilder.js).
    const { app } = setup();
    const rule = app.newDataValidation().requireValueInList(['A']).build();
    expect(rule.getAllowInvalid()).toBe(true);
    expect(rule.getHelpText()).toBeNull();
  });

  test('getDataValidation reads the top-left cell and is null where there is no rule', () => {
    const { app, sheet } = setup();
    sheet.getRange('B3').setDataValidation(app.newDataValidation().requireValueInList(['Lead']).build());
    expect(sheet.getRange('B2:B3').getDataValidation()).toBeNull();
    expect(sheet.getRange('B3:B4').getDataValidation()).not.toBeNull();
  });

  test('setDataValidation(null) removes the rule', () => {
    const { app, sheet } = setup();
    sheet.getRange('B2:B3').setDataValidation(app.newDataValidation().requireValueInList(['Lead']).build());
    sheet.getRange('B2:B3').setDataValidation(null);
    expect(sheet.getRange('B2').getDataValidation()).toBeNull();
  });

  test('a person typing a value not in a strict list is refused, and the cell keeps its value', () => {
    const { wb, data, app, sheet } = setup();
    sheet.getRange('B2:B3').setDataValidation(app.newDataValidation().requireValueInList(['Lead', 'Won']).setAllowInvalid(false).build());
    expect(() => wb.userEdit('Prospects', 'B2', 'Maybe')).toThrow(
      'The data you entered in cell B2 violates the data validation rules set on this cell. Please enter one of the following values: Lead, Won.',
    );
    expect(data.values('B2')).toEqual([['Lead']]);
    wb.userEdit('Prospects', 'B2', 'Won');
    wb.userEdit('Prospects', 'B3', '');
    expect(data.values('B2:B3')).toEqual([['Won'], ['']]);
  });

  test('with allowInvalid a person may type anything; the cell is marked invalid', () => {
    const { wb, data, app, sheet } = setup();
    sheet.getRange('B2').setDataValidation(app.newDataValidation().requireValueInList(['Lead', 'Won']).build());
    wb.userEdit('Prospects', 'B2', 'Maybe');
    expect(data.values('B2')).toEqual([['Maybe']]);
    expect(data.cellInfo(2, 2).invalid).toBe(true);
  });

  test("a script writing a value a strict rule refuses throws Sheets' message and writes nothing", () => {
    // Apps Script refuses such writes: an execution log reported in the code search reads "The data you entered in
    // cell M2 violates the data validation rules set on this cell. Please enter one of the following values: Publish,
    // Add to T0xx, Reject." (a publisher writing free text into a column with a leftover dropdown).
    const { app, sheet } = setup();
    sheet.getRange('B2:B3').setDataValidation(app.newDataValidation().requireValueInList(['Lead', 'Won']).setAllowInvalid(false).build());
    expect(() => sheet.getRange('A3:B3').setValues([['Beta Corp', 'Lost']])).toThrow(
      'The data you entered in cell B3 violates the data validation rules set on this cell. Please enter one of the following values: Lead, Won.',
    );
    expect(sheet.getRange('A3:B3').getValues()).toEqual([['Beta', 'Lead']]);
    expect(() => sheet.getRangeList(['B2', 'B3']).setValue('Lost')).toThrow('cell B2 violates');
    sheet.getRange('B2:B3').setValue('Won');
    expect(sheet.getRange('B2:B3').getValues()).toEqual([['Won'], ['Won']]);
  });

  test('a script may write anything under a warning-only rule (Sheets then flags the cell)', () => {
    // Scripts writing system values into warning-only dropdowns get Sheets' "Invalid: Input must be an item on the
    // specified list" marker, not an error (code search: several Apps Script projects describe exactly this).
    const { data, app, sheet } = setup();
    sheet.getRange('B2').setDataValidation(app.newDataValidation().requireValueInList(['Lead']).setAllowInvalid(true).build());
    sheet.getRange('B2').setValue('Synced');
    expect(data.values('B2')).toEqual([['Synced']]);
    expect(data.cellInfo(2, 2).invalid).toBe(true);
  });

  test('a checkbox rule holds TRUE/FALSE: ticking works, text is refused when strict', () => {
    const { wb, data, app, sheet } = setup();
    sheet.getRange('D2:D3').setDataValidation(app.newDataValidation().requireCheckbox().setAllowInvalid(false).build());
    const rule = sheet.getRange('D2').getDataValidation()!;
    expect(rule.getCriteriaValues()).toEqual([]);
    wb.userEdit('Prospects', 'D2', 'TRUE');
    sheet.getRange('D3').setValue(false);
    expect(data.values('D2:D3')).toEqual([[true], [false]]);
    expect(data.displayValues('D2:D3')).toEqual([['TRUE'], ['FALSE']]);
    expect(() => wb.userEdit('Prospects', 'D2', 'yes')).toThrow(
      'The data you entered in cell D2 violates the data validation rules set on this cell.',
    );
  });

  test('a number matches a list item by its text', () => {
    const { wb, app, sheet } = setup();
    sheet.getRange('C2').setDataValidation(app.newDataValidation().requireValueInList(['10', '20']).setAllowInvalid(false).build());
    wb.userEdit('Prospects', 'C2', '20');
    expect(sheet.getRange('C2').getValues()).toEqual([[20]]);
  });
});
