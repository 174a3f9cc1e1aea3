// What Apps Script can call: every menu item and server function is declared in Code.js, and the build refuses exports it would drop.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { declareEntryPoints, declaredEntryPoints, readEntryPoints } from '../../scripts/entry-points.cjs';
import { MENU_FUNCTIONS } from '../../src/entry-contract';
import { buildMenu } from '../../src/server/menu';
import { makeWorkbook, userOf } from '../server/workbook';
import { readBundle } from './bundle';

function entryFile(source: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'entry-')), 'index.ts');
  writeFileSync(file, source);
  return file;
}

describe('the entry points', () => {
  const declared = declaredEntryPoints(readBundle()).map((entry) => entry.name);

  it('the menu calls exactly the functions of MENU_FUNCTIONS, each declared in Code.js', () => {
    const { services } = userOf(makeWorkbook());
    buildMenu(services, true);
    const named = (services.ui.addonMenu ?? []).flatMap((entry) => ('separator' in entry ? [] : [entry.functionName]));
    expect(named).toEqual([...MENU_FUNCTIONS]);
    for (const name of named) expect(declared).toContain(name);
  });

  it('Code.js declares every function the sidebar calls through google.script.run', () => {
    const { server } = userOf(makeWorkbook());
    const serverFunctions = Object.keys(server); // createServer returns exactly a ServerApi
    expect(serverFunctions.length).toBeGreaterThan(10);
    for (const name of serverFunctions) expect(declared).toContain(name);
  });

  it('the build refuses an export Apps Script could not call, naming its line', () => {
    const file = entryFile('export function ok(a: number) {\n  return a;\n}\n\nexport const arrow = () => 1;\n');
    expect(() => readEntryPoints(file)).toThrow(`${file}:5: \`export const arrow = () => 1;\``);
    expect(() => readEntryPoints(entryFile("export { ok } from './ok';\n"))).toThrow('must be `export function NAME(…) {…}`');
    expect(() => readEntryPoints(entryFile('export default function () {}\n'))).toThrow('export default function');
  });

  it('the build reads back what it declares: names, parameters and the JSDoc Sheets shows', () => {
    const file = entryFile(
      "import type { X } from './x';\nexport type Y = X;\nfunction helper() {}\n/** Adds. @customfunction */\nexport function ADD(a: number, b?: number) {\n  return a + (b ?? 0);\n}\nexport function onOpen() {}\n",
    );
    const entryPoints = readEntryPoints(file);
    expect(entryPoints).toEqual([
      { name: 'ADD', params: ['a', 'b'], jsdoc: '/** Adds. @customfunction */' },
      { name: 'onOpen', params: [], jsdoc: '' },
    ]);
    expect(declaredEntryPoints(declareEntryPoints(entryPoints, 'Bundle') + '\nvar Bundle=(()=>{function inner(){}})();')).toEqual(entryPoints);
  });
});
