// npm run bench: the cold start of Code.js, then the built formulas on whole-column data against a bare-loop floor and a native-formula baseline.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// One plain global scope, as in Apps Script (a node:vm context would add an interceptor to every global lookup).
// SpreadsheetApp stands in for the spreadsheet's settings (English, Hanoi), read once per call as in Apps Script.
const spreadsheet = { getSpreadsheetLocale: () => 'en_US', getSpreadsheetTimeZone: () => 'Asia/Ho_Chi_Minh', getSheetByName: () => null };
const code = readFileSync(join(root, 'dist/Code.js'), 'utf8');
const formulas = new Function('SpreadsheetApp', `${code}\nreturn Stagecoach;`)({ getActiveSpreadsheet: () => spreadsheet });

const STAGES = ['New lead', 'Contacted', 'Qualified', 'Needs analysis', 'Site visit', 'Proposal', 'Negotiation', 'Contract sent', 'Won', 'Lost'];
const PIPELINE = STAGES.map((name) => [name]);
const SIZES = process.env.BENCH_SIZES ? process.env.BENCH_SIZES.split(',').map(Number) : [100_000, 1_000_000];

// Strings as Sheets hands them over: a fresh string per cell, not one shared literal.
/** @param {string} s */
const fresh = (s) => s.split('').join('');

const OWNERS = ['Mai', 'Nam', 'An', 'Bình', 'Chi', 'Dũng', 'Hà', 'Lan'];
const REASONS = ['Price', 'Timing', 'Budget', 'Went with a competitor', 'No answer', ''];
const DAY = 86_400_000;
const START = Date.UTC(2024, 0, 1);

/** @typedef {unknown[][]} Column */

/** @param {number} rows */
function makeColumns(rows) {
  let seed = 42;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const stages = new Array(rows);
  const values = new Array(rows);
  const customers = new Array(rows);
  const owners = new Array(rows);
  const reasons = new Array(rows);
  const created = new Array(rows);
  const closes = new Array(rows);
  for (let r = 0; r < rows; r++) {
    const blank = random() < 0.1;
    // Earlier stages are more common, as in a real funnel.
    const stage = STAGES[Math.min(STAGES.length - 1, Math.floor(-Math.log(random() + 1e-12) * 2.5))];
    stages[r] = [blank ? '' : fresh(random() < 0.05 ? ` ${stage.toUpperCase()} ` : stage)];
    values[r] = [blank ? '' : Math.round(random() * 10000)];
    customers[r] = [blank ? '' : fresh(`Customer ${Math.floor((random() * rows) / 4)}`)];
    owners[r] = [blank ? '' : fresh(OWNERS[Math.floor(random() * OWNERS.length)])];
    reasons[r] = [blank ? '' : fresh(REASONS[Math.floor(random() * REASONS.length)])];
    // Dates as Sheets hands them over: a fresh Date per cell, over two years.
    created[r] = [blank ? '' : new Date(START + Math.floor(random() * 730 * DAY))];
    closes[r] = [blank || random() < 0.2 ? '' : new Date(START + Math.floor(random() * 900 * DAY))];
  }
  return { stages, values, customers, owners, reasons, created, closes };
}

/** Stage History of `events` rows, appended in time order: each prospect climbs a few stages, some are lost. */
/** @param {number} events */
function makeHistory(events) {
  let seed = 7;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  /** @type {Column} */
  const rows = [['When', 'ID', 'Prospect', 'From', 'To', 'Status', 'By', 'Note', 'Change']];
  const open = [];
  let next = 0;
  let when = START;
  const climb = STAGES.slice(0, STAGES.length - 1);
  while (rows.length <= events) {
    when += Math.floor(random() * 120_000);
    if (open.length < 2000 || random() < 0.25) {
      const id = `P${next++}`;
      open.push({ id, name: `Prospect ${id}`, at: 0 });
      rows.push([new Date(when), fresh(id), fresh(`Prospect ${id}`), '', fresh(climb[0]), '', 'a@x.vn', '', fresh('move')]);
      continue;
    }
    const i = Math.floor(random() * open.length);
    const p = open[i];
    const lost = random() < 0.15;
    const step = Math.min(climb.length - 1, p.at + 1 + Math.floor(random() * 2));
    const to = lost ? 'Lost' : climb[step];
    // Change as the add-on writes it: a move from the sidebar, or an edit typed in the sheet.
    rows.push([
      new Date(when),
      fresh(p.id),
      fresh(p.name),
      climb[p.at],
      fresh(to),
      lost ? 'Lost' : '',
      'a@x.vn',
      '',
      fresh(random() < 0.7 ? 'move' : 'edit'),
    ]);
    p.at = step;
    if (lost || to === 'Won') open.splice(i, 1);
  }
  return rows;
}

/**
 * The same log grown older: halfway, Setup renamed Proposal to Quotation (earlier rows still say Proposal), and Check
 * fixed a stage now and then. Such a log takes the reader's two passes (who and the changes, then the entries).
 * @param {Column} history
 */
function matureHistory(history) {
  const rows = history.map((row) => row.slice());
  const half = Math.floor(rows.length / 2);
  const at = rows[half][0];
  rows.splice(half, 0, [at, '', '', 'Proposal', 'Quotation', '', 'a@x.vn', '', 'rename']);
  for (let r = half + 1; r < rows.length; r++)
    if (rows[r][4] === 'Proposal') rows[r] = [...rows[r].slice(0, 4), fresh('Quotation'), ...rows[r].slice(5)];
  for (let r = 1000; r < rows.length; r += 50_000) {
    const fixed = rows[r];
    if (fixed[1] !== '') rows.splice(r + 1, 0, [fixed[0], fixed[1], fixed[2], '', fresh('Contacted'), '', 'a@x.vn', '', 'fix']);
  }
  return rows;
}

// A floor that reads every cell of the inputs once and does nothing else: a text's length, a number, a date's time.
// Not `cell !== ''`: V8 keeps one empty string, so that compares pointers and never reads the cell, only its row.
/** @param {...Column} grids */
function touch(...grids) {
  let seen = 0;
  for (const grid of grids) {
    for (let r = 0; r < grid.length; r++) {
      const row = grid[r];
      for (let c = 0; c < row.length; c++) {
        const cell = row[c];
        seen += typeof cell === 'string' ? cell.length : typeof cell === 'number' ? cell : cell instanceof Date ? cell.getTime() : 0;
      }
    }
  }
  return seen;
}

// PARETO's floor: one Map get-and-set per row, keyed by the cell as typed.
/**
 * @param {Column} customers
 * @param {Column} values
 */
function sumByCell(customers, values) {
  const sums = new Map();
  for (let r = 0; r < customers.length; r++) {
    const c = customers[r][0];
    sums.set(c, (sums.get(c) ?? 0) + (values[r][0] || 0));
  }
  return sums.size;
}

/** @param {number[]} times */
function median(times) {
  const sorted = times.slice().sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/**
 * @param {() => unknown} fn
 * @param {number} runs
 */
function time(fn, runs) {
  fn(); // warm up
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(times);
}

/**
 * A function and its floor, timed in turns: this machine's speed drifts by a third from one second to the next, so
 * a floor timed apart from its function would move the ratio by as much.
 * @param {() => unknown} fn
 * @param {() => unknown} floorFn
 * @param {number} runs
 */
function timeWithFloor(fn, floorFn, runs) {
  fn(); // warm up
  floorFn();
  const times = [];
  const floorTimes = [];
  for (let i = 0; i < runs; i++) {
    let start = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    start = process.hrtime.bigint();
    floorFn();
    floorTimes.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return { ms: median(times), floorMs: median(floorTimes) };
}

// The floor: one Map lookup per row and nothing else.
/** @param {Column} stages */
function floor(stages) {
  /** @type {Map<unknown, number>} */
  const codes = new Map(STAGES.map((s, i) => [s, i]));
  let hits = 0;
  for (let r = 0; r < stages.length; r++) if (codes.get(stages[r][0]) !== undefined) hits++;
  return hits;
}

// What a user does with native formulas: one COUNTIF-style pass per stage, normalising every cell each time.
/** @param {Column} stages */
function baseline(stages) {
  const key = (/** @type {unknown} */ s) => String(s).normalize('NFC').replace(/[-_]/g, ' ').trim().replace(/\s+/g, ' ').toLowerCase();
  return STAGES.map((stage) => {
    const wanted = key(stage);
    let count = 0;
    for (let r = 0; r < stages.length; r++) if (key(stages[r][0]) === wanted) count++;
    return count;
  });
}

/**
 * What Apps Script pays before a custom function runs: compile all of Code.js and run its top level, in a fresh V8
 * context each time. A unique trailing comment per run keeps V8's compilation cache from serving the script warm.
 * @param {number} runs
 */
function coldStart(runs) {
  /** @type {{ compile: number[], run: number[], firstCall: number[] }} */
  const times = { compile: [], run: [], firstCall: [] };
  const ms = (/** @type {bigint} */ start) => Number(process.hrtime.bigint() - start) / 1e6;
  for (let i = 0; i < runs; i++) {
    const context = vm.createContext({});
    let start = process.hrtime.bigint();
    const script = new vm.Script(`${code}\n// cold run ${i} ${Date.now()}`, { filename: 'Code.js' });
    times.compile.push(ms(start));
    start = process.hrtime.bigint();
    script.runInContext(context);
    times.run.push(ms(start));
    context.args = [[['Lead'], ['Won']], undefined, undefined, [['Lead'], ['Won']]];
    start = process.hrtime.bigint();
    vm.runInContext('CONVERSION(...args)', context);
    times.firstCall.push(ms(start));
  }
  return { compile: median(times.compile), run: median(times.run), firstCall: median(times.firstCall) };
}

const COLD_RUNS = 9;
const cold = coldStart(COLD_RUNS);
console.log(`Code.js ${(Buffer.byteLength(code) / 1024).toFixed(1)} KB, cold in a fresh V8 context (median of ${COLD_RUNS}):`);
console.log(
  `  compile ${cold.compile.toFixed(2)} ms + run top level ${cold.run.toFixed(2)} ms + first CONVERSION call ${cold.firstCall.toFixed(2)} ms`,
);
console.log(`  = ${(cold.compile + cold.run + cold.firstCall).toFixed(2)} ms before a formula's own work\n`);

const only = process.argv[2] ? new Set(process.argv[2].split(',')) : null;
/** @type {{ name: string, size: number, ms: number, floorMs: number, baselineMs: number }[]} */
const rows = [];
for (const size of SIZES) {
  const { stages, values, customers, owners, reasons, created, closes } = makeColumns(size);
  const history = makeHistory(size);
  const mature = matureHistory(history);
  const MATURE_PIPELINE = PIPELINE.map(([name]) => [name === 'Proposal' ? 'Quotation' : name]);
  const won = stages.map(([s]) => [s.trim().toLowerCase() === 'won' ? 'Won' : s]);
  const runs = size >= 1_000_000 ? 7 : size >= 100_000 ? 11 : 31;
  const floorMs = time(() => floor(stages), runs);
  const baselineMs = time(() => baseline(stages), size >= 1_000_000 ? 3 : 5);
  const cases = {
    CONVERSION: () => formulas.CONVERSION(stages, 'Site visit', undefined, PIPELINE),
    FUNNEL: () => formulas.FUNNEL(stages, PIPELINE),
    WINRATE: () => formulas.WINRATE(stages, PIPELINE),
    PIPELINEVALUE: () => formulas.PIPELINEVALUE(stages, values, PIPELINE),
    STAGECHECK: () => formulas.STAGECHECK(stages, PIPELINE),
    PARETO: () => formulas.PARETO(customers, values),
    TOPSHARE: () => formulas.TOPSHARE(customers, values),
    'PARETO (won rows)': () => formulas.PARETO(customers, values, 0.8, won, PIPELINE),
    CYCLETIME: () => formulas.CYCLETIME(history, undefined, undefined, undefined, PIPELINE),
    STAGETIME: () => formulas.STAGETIME(history, PIPELINE),
    'CYCLETIME (renamed and fixed)': () => formulas.CYCLETIME(mature, undefined, undefined, undefined, MATURE_PIPELINE),
    'STAGETIME (renamed and fixed)': () => formulas.STAGETIME(mature, MATURE_PIPELINE),
    VELOCITY: () => formulas.VELOCITY(stages, values, history, PIPELINE),
    COHORTS: () => formulas.COHORTS(stages, created, undefined, PIPELINE),
    FORECAST: () => formulas.FORECAST(stages, values, closes, PIPELINE),
    LOSTREASONS: () => formulas.LOSTREASONS(stages, reasons, values, PIPELINE),
    BYOWNER: () => formulas.BYOWNER(stages, owners, values, PIPELINE),
    CALIBRATION: () => formulas.CALIBRATION(stages, PIPELINE),
  };
  // Each function against a floor that touches its inputs once (PARETO: one Map get-and-set per row), timed in turns.
  /** @type {Record<string, Column[]>} */
  const inputs = {
    CONVERSION: [stages],
    FUNNEL: [stages],
    WINRATE: [stages],
    PIPELINEVALUE: [stages, values],
    STAGECHECK: [stages],
    CYCLETIME: [history],
    STAGETIME: [history],
    'CYCLETIME (renamed and fixed)': [mature],
    'STAGETIME (renamed and fixed)': [mature],
    VELOCITY: [stages, values, history],
    COHORTS: [stages, created],
    FORECAST: [stages, values, closes],
    LOSTREASONS: [stages, reasons, values],
    BYOWNER: [stages, owners, values],
    CALIBRATION: [stages],
  };
  const floorOf = (/** @type {string} */ name) =>
    name.startsWith('PARETO') || name === 'TOPSHARE' ? () => sumByCell(customers, values) : () => touch(...inputs[name]);
  for (const [name, fn] of Object.entries(cases)) {
    if (only && !only.has(name)) continue;
    const { ms, floorMs } = timeWithFloor(fn, floorOf(name), runs);
    rows.push({ name, size, ms, floorMs, baselineMs });
  }
  rows.push({ name: '(floor: Map lookup per row)', size, ms: floorMs, floorMs, baselineMs });
  rows.push({ name: '(baseline: COUNTIF per stage)', size, ms: baselineMs, floorMs, baselineMs });
}

const fmt = (/** @type {number} */ n, digits = 1) => n.toFixed(digits);
console.log('| function | rows | median ms | rows/s | × floor | baseline ÷ this |');
console.log('|---|---:|---:|---:|---:|---:|');
for (const { name, size, ms, floorMs, baselineMs } of rows) {
  const perSecond = Math.round(size / (ms / 1000)).toLocaleString('en-US');
  console.log(`| ${name} | ${size.toLocaleString('en-US')} | ${fmt(ms)} | ${perSecond} | ${fmt(ms / floorMs, 2)} | ${fmt(baselineMs / ms)} |`);
}
for (const name of ['FUNNEL', 'CONVERSION']) {
  const at = (/** @type {number} */ size) => rows.find((r) => r.name === name && r.size === size)?.ms ?? NaN;
  console.log(`${name}: 1M ÷ 100k = ${fmt(at(1_000_000) / at(100_000), 2)} (linear ≈ 10)`);
}
