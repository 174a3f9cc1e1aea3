// Developer metadata and protection on sheets, as the safety work will use them.

import { createServices, Workbook } from '../../../preview/sheets';

function setup() {
  const wb = new Workbook();
  wb.addSheet('Prospects', [
    ['Name', 'Stage'],
    ['Acme', 'Lead'],
  ]);
  wb.addSheet('Stage History');
  const services = createServices(wb);
  const ss = services.SpreadsheetApp.getActiveSpreadsheet();
  return { wb, services, ss, app: services.SpreadsheetApp, sheet: ss.getSheetByName('Prospects')! };
}

describe('developer metadata on a sheet', () => {
  // https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata (getKey, getValue "or null if
  // this metadata has no value", getVisibility, remove) and Sheet.addDeveloperMetadata(key[, value][, visibility]);
  // the default visibility is DOCUMENT (https://developers.google.com/sheets/api/guides/metadata — "project versus
  // document visible metadata"). Metadata "will remain associated at those locations as they move around and the
  // spreadsheet is edited" (https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets.developerMetadata).
  test('is added with a key, an optional value and visibility, and read back from the sheet', () => {
    const { sheet, app } = setup();
    sheet.addDeveloperMetadata('stagecoach.role', 'prospects');
    sheet.addDeveloperMetadata('stagecoach.tag');
    sheet.addDeveloperMetadata('stagecoach.private', 'x', app.DeveloperMetadataVisibility.PROJECT);
    const items = sheet.getDeveloperMetadata();
    expect(items.map((m) => [m.getKey(), m.getValue(), String(m.getVisibility())])).toEqual([
      ['stagecoach.role', 'prospects', 'DOCUMENT'],
      ['stagecoach.tag', null, 'DOCUMENT'],
      ['stagecoach.private', 'x', 'PROJECT'],
    ]);
    expect(new Set(items.map((m) => m.getId())).size).toBe(3);
  });

  test('stays with the sheet when it is renamed, and is found by key across the spreadsheet', () => {
    const { sheet, ss } = setup();
    sheet.addDeveloperMetadata('stagecoach.role', 'prospects');
    sheet.setName('Leads');
    expect(ss.getSheetByName('Leads')!.getDeveloperMetadata()[0]!.getValue()).toBe('prospects');
    const found = ss.createDeveloperMetadataFinder().withKey('stagecoach.role').find();
    expect(found.map((m) => m.getValue())).toEqual(['prospects']);
    expect(ss.createDeveloperMetadataFinder().withKey('other').find()).toEqual([]);
  });

  test('remove() deletes it and setValue() changes it', () => {
    const { sheet } = setup();
    sheet.addDeveloperMetadata('a', '1').addDeveloperMetadata('b', '2');
    const [a, b] = sheet.getDeveloperMetadata();
    a!.remove();
    b!.setValue('3');
    expect(sheet.getDeveloperMetadata().map((m) => `${m.getKey()}=${m.getValue()}`)).toEqual(['b=3']);
  });
});

describe('sheet protection', () => {
  // https://developers.google.com/apps-script/reference/spreadsheet/protection (setWarningOnly, isWarningOnly,
  // setDescription, remove) and SpreadsheetApp.ProtectionType.SHEET with Sheet.getProtections(type)
  // (https://developers.google.com/apps-script/reference/spreadsheet/protection-type). Sheet.protect(): until the
  // editors are changed "the permissions mirror those of the spreadsheet itself", and an already protected sheet
  // answers its existing protection (https://developers.google.com/apps-script/reference/spreadsheet/sheet#protect()).
  test('protect() makes a protection listed by getProtections(SHEET); protecting again answers the same one', () => {
    const { sheet, app } = setup();
    expect(sheet.getProtections(app.ProtectionType.SHEET)).toEqual([]);
    const protection = sheet.protect().setWarningOnly(true).setDescription('Managed by Stagecoach');
    expect(protection.isWarningOnly()).toBe(true);
    const listed = sheet.getProtections(app.ProtectionType.SHEET);
    expect(listed.map((p) => [p.getDescription(), p.isWarningOnly()])).toEqual([['Managed by Stagecoach', true]]);
    expect(sheet.protect().getDescription()).toBe('Managed by Stagecoach');
    expect(sheet.getProtections(app.ProtectionType.RANGE)).toEqual([]);
    listed[0]!.remove();
    expect(sheet.getProtections(app.ProtectionType.SHEET)).toEqual([]);
  });

  test("a warning-only protection does not block the script's own writes", () => {
    const { sheet, wb } = setup();
    sheet.protect().setWarningOnly(true);
    sheet.getRange('B2').setValue('Won');
    expect(wb.sheet('Prospects').values('B2')).toEqual([['Won']]);
  });
});
