// A 100,000-prospect CSV opens in the preview as Sheets would open it (Sheets holds 10 million cells), and its formulas
// read every row: HyperFormula's own row limit (40,000 by default) no longer stops it with "Sheet size limit exceeded".
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openWorkbookFile } from '../../preview/server/workbook-file';
import { withEngine } from '../preview/server/bundle';

const ROWS = 100_000;

test('a CSV of 100,000 prospects (plus its header) opens, and a formula over its stage column counts them all', async () => {
  const path = join(mkdtempSync(join(tmpdir(), 'stagecoach-big-')), 'leads.csv');
  const lines = ['ID,Name,Stage,Value'];
  for (let i = 1; i <= ROWS; i++) lines.push(`L${i},Prospect ${i},${i % 4 === 0 ? 'Won' : 'Lead'},${i * 1000}`);
  writeFileSync(path, `${lines.join('\n')}\n`);
  const { workbook, firstSheet } = await openWorkbookFile(path);
  const { engine } = withEngine(workbook);
  expect(workbook.sheet(firstSheet).lastRow()).toBe(ROWS + 1);
  workbook.userEdit(firstSheet, 'F1', '=COUNTIF(C2:C, "Won")');
  expect(engine.resultAt(firstSheet, 1, 6).value).toBe(ROWS / 4);
  engine.close();
});
