// Builds dist/: Code.js (one bundle + a top-level function per entry point), Sidebar.html, appsscript.json.
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { declareEntryPoints, declaredEntryPoints, readEntryPoints } from './entry-points.cjs';
import { buildSidebar } from './sidebar-build.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const BUNDLE = 'Stagecoach';
// Apps Script parses all of Code.js on every custom-function call: `npm run bench` prints what that costs.
const CODE_BUDGET = 200 * 1024;

async function buildCode() {
  const result = await esbuild.build({
    entryPoints: [join(root, 'src/index.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: BUNDLE,
    target: 'es2020',
    platform: 'neutral',
    charset: 'utf8',
    legalComments: 'none',
    // Apps Script parses Code.js on every custom-function call: smaller is faster. Messages carry the meaning.
    minify: true,
  });
  const bundle = result.outputFiles[0].text;
  const entryPoints = readEntryPoints(join(root, 'src/index.ts'));
  const header = '// Stagecoach: built by `npm run build` from src/. Do not edit; edit src/ and rebuild.\n\n';
  const code = header + declareEntryPoints(entryPoints, BUNDLE) + '\n' + bundle;
  // The tests and the preview find the entry points by reading Code.js back: it must say what was declared.
  const declared = declaredEntryPoints(code).map((entry) => entry.name);
  const expected = entryPoints.map((entry) => entry.name);
  if (declared.join() !== expected.join()) {
    throw new Error(`dist/Code.js declares ${declared.join(', ')} but src/index.ts exports ${expected.join(', ')}.`);
  }
  return code;
}

export async function build() {
  const code = await buildCode();
  const sidebar = await buildSidebar({ minify: true });
  // A fresh dist/: clasp pushes every file in it (e.g. the Code.js and manifest `clasp create` pulls in).
  rmSync(dist, { recursive: true, force: true });
  mkdirSync(dist, { recursive: true });
  writeFileSync(join(dist, 'Code.js'), code);
  writeFileSync(join(dist, 'Sidebar.html'), sidebar);
  copyFileSync(join(root, 'appsscript.json'), join(dist, 'appsscript.json'));
  /** @param {number} n */
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  const codeSize = Buffer.byteLength(code);
  console.log(`dist/Code.js       ${kb(codeSize)} (budget ${kb(CODE_BUDGET)})`);
  console.log(`dist/Sidebar.html  ${kb(Buffer.byteLength(sidebar))}`);
  if (codeSize > CODE_BUDGET) throw new Error(`dist/Code.js is ${kb(codeSize)}, over its ${kb(CODE_BUDGET)} budget.`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  build().catch((error) => {
    console.error(error.message);
    process.exit(1);
  });
}
