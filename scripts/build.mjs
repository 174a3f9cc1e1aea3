// Builds dist/: Code.js (one bundle + a top-level function per entry point), Sidebar.html, appsscript.json.
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { declareEntryPoints, readEntryPoints } from './entry-points.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const BUNDLE = 'Stagecoach';
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
  return header + declareEntryPoints(entryPoints, BUNDLE) + '\n' + bundle;
}

async function buildSidebarHtml() {
  const builder = join(root, 'scripts/sidebar-build.mjs');
  if (!existsSync(builder)) return '<!DOCTYPE html><html><body><p>Stagecoach</p></body></html>\n';
  const { buildSidebar } = await import(builder);
  return buildSidebar({ minify: true });
}

export async function build() {
  mkdirSync(dist, { recursive: true });
  const code = await buildCode();
  writeFileSync(join(dist, 'Code.js'), code);
  const sidebar = await buildSidebarHtml();
  writeFileSync(join(dist, 'Sidebar.html'), sidebar);
  copyFileSync(join(root, 'appsscript.json'), join(dist, 'appsscript.json'));
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
