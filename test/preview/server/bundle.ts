// The built bundle and a workbook wired to the formula engine, for the preview server's tests.
import { join } from 'node:path';
import { createServices, Workbook } from '../../../preview/sheets';
import { loadAddon, readBundle } from '../../../preview/server/addon';
import { attachFormulaEngine } from '../../../preview/server/formulas';

export const ROOT = join(__dirname, '../../..');
export const code = readBundle(join(ROOT, 'dist/Code.js'));

/** A workbook with the engine attached, and the add-on loaded for a user (to call the functions directly). */
export function withEngine(workbook: Workbook) {
  const engine = attachFormulaEngine(workbook, code);
  const addon = loadAddon(code, createServices(workbook, { user: 'test@example.com' }));
  return { workbook, engine, addon };
}

export function leadsWorkbook(rows: unknown[][]) {
  const workbook = new Workbook({ id: 'test', timeZone: 'Asia/Ho_Chi_Minh' });
  workbook.addSheet('Leads', [['Name', 'Owner', 'Value', 'Stage', 'Status', 'Customer'], ...rows]);
  workbook.addSheet('Pipeline Setup', [
    ['Stage', 'Kind', 'Win probability'],
    ['Lead', 'stage', 0.1],
    ['Visit', 'stage', 0.4],
    ['Offer', 'stage', 0.7],
    ['Won', 'won', 1],
    ['Lost', 'lost', 0],
  ]);
  return withEngine(workbook);
}
