// node scripts/grid-bench.mjs [file.csv]: how long the preview's grid takes per edit, typed as a person would
// (click a stage cell, type, Enter), from the Enter to the cell showing the text and the page settled again.
// Run `npm run build` first. Prints the median and the worst of MOVES edits, and where the time goes on the server.
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { loadBundle, root } from './node-bundle.mjs';

const require = createRequire(import.meta.url);
const { startPreview } = await loadBundle('preview/server/index.ts', 'bench-server.cjs');
const { chromium } = require('playwright-core');
const { findBrowser, LAUNCH_ARGS } = require('./browser.cjs');

const MOVES = Number(process.env.MOVES ?? 10);
const file = process.argv[2] ? resolve(process.cwd(), process.argv[2]) : undefined;
let started = performance.now();
const preview = await startPreview({ port: 0, root, file, now: new Date('2026-03-10T03:00:00Z') });
console.log(`opened ${file ?? 'the demo'} in ${Math.round(performance.now() - started)} ms`);
const browser = await chromium.launch({ executablePath: findBrowser(), headless: true, args: LAUNCH_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  started = performance.now();
  await page.goto(preview.url);
  await page.locator('body[data-ready="true"]').waitFor({ timeout: 120000 });
  console.log(`page drawn in ${Math.round(performance.now() - started)} ms`);

  // Where the server's time goes for one sheet view (what every redraw used to ask for).
  const sheet = preview.session.workbook.sheets[0].name;
  started = performance.now();
  const view = preview.session.sheetView(sheet);
  console.log(`server: one full view of ${sheet} (${view.rows} rows, ${view.cells.length} cells) in ${Math.round(performance.now() - started)} ms`);

  const column = file ? 'C' : 'L'; // the demo's Next step column; a file's third column
  const times = [];
  for (let i = 0; i < MOVES; i++) {
    const a1 = `${column}${10 + i}`;
    const target = page.locator(`[role="gridcell"][data-cell="${a1}"]`);
    await target.evaluate((element) => element.scrollIntoView({ block: 'center' }));
    await target.click();
    const text = `bench ${i} ${Date.now()}`;
    await page.keyboard.type(text);
    const t0 = performance.now();
    await page.keyboard.press('Enter');
    await target.locator('.text', { hasText: text }).waitFor({ timeout: 60000 });
    // Settled: the server has the value and the page has taken its answer (nothing left in flight).
    await page.locator('body:not([data-busy])').waitFor({ timeout: 60000 });
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  console.log(
    `per edit (Enter → shown and settled), ${MOVES} edits: median ${Math.round(median)} ms, worst ${Math.round(times[times.length - 1])} ms`,
  );
} finally {
  await browser.close();
  await preview.close();
}
