// Large blocks: the add-on's tests move 10,000 rows, so a 10k × 10 block must round-trip intact (speed is `npm run bench`'s job).

import { createServices, Workbook } from '../../../preview/sheets';

describe('large blocks', () => {
  test('a 10,000 × 10 block written with setValues reads back cell for cell', () => {
    const wb = new Workbook();
    wb.addSheet('Big', [], { maxRows: 10000 });
    const sheet = createServices(wb).SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Big')!;
    const rows = Array.from({ length: 10000 }, (_, i) => [
      `P-${i}`,
      `Prospect ${i}`,
      'Qualified',
      'open',
      i * 10,
      'Lan',
      'Acme',
      new Date(Date.UTC(2024, 0, 1 + (i % 28))),
      '',
      'note',
    ]);
    const range = sheet.getRange(1, 1, 10000, 10);
    range.setValues(rows);
    const back = range.getValues();
    expect(back[9999]![1]).toBe('Prospect 9999');
    expect(back[4321]![4]).toBe(43210);
    expect((back[27]![7] as Date).getTime()).toBe(Date.UTC(2024, 0, 28));
    expect(sheet.getRange(1, 1, 500, 12).getDisplayValues()[499]![0]).toBe('P-499');
  });
});
