// npm run bench: the cold start of Code.js, then the built formulas on whole-column data against a bare-loop floor
// and a native-formula baseline.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const code = readFileSync(join(root, 'dist/Code.js'), 'utf8');
// One plain global scope, as in Apps Script (a node:vm context would add an interceptor to every global lookup).
const formulas = new Function(`${code}\nreturn Stagecoach;`)();

const STAGES = ['New lead', 'Contacted', 'Qualified', 'Needs analysis', 'Site visit', 'Proposal', 'Negotiation', 'Contract sent', 'Won', 'Lost'];
const PIPELINE = STAGES.map((name) => [name]);
const SIZES = [10_000, 100_000, 1_000_000];

// Strings as Sheets hands them over: a fresh string per cell, not one shared literal.
/** @param {string} s */
const fresh = (s) => s.split('').join('');

/** @typedef {(string | number)[][]} Column */

/** @param {number} rows */
function makeColumns(rows) {
  let seed = 42;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  /** @type {Column} */
  const stages = new Array(rows);
  /** @type {Column} */
  const values = new Array(rows);
  /** @type {Column} */
  const customers = new Array(rows);
  for (let r = 0; r < rows; r++) {
    const blank = random() < 0.1;
    // Earlier stages are more common, as in a real funnel.
    const stage = STAGES[Math.min(STAGES.length - 1, Math.floor(-Math.log(random() + 1e-12) * 2.5))];
    stages[r] = [blank ? '' : fresh(random() < 0.05 ? ` ${stage.toUpperCase()} ` : stage)];
    values[r] = [blank ? '' : Math.round(random() * 10000)];
    customers[r] = [blank ? '' : fresh(`Customer ${Math.floor((random() * rows) / 4)}`)];
  }
  return { stages, values, customers };
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
  /** @param {unknown} s */
  const key = (s) => String(s).normalize('NFC').replace(/[-_]/g, ' ').trim().replace(/\s+/g, ' ').toLowerCase();
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

/** @type {{ name: string, size: number, ms: number, floorMs: number, baselineMs: number }[]} */
const rows = [];
for (const size of SIZES) {
  const { stages, values, customers } = makeColumns(size);
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
  };
  for (const [name, fn] of Object.entries(cases)) {
    const ms = time(fn, runs);
    rows.push({ name, size, ms, floorMs, baselineMs });
  }
  rows.push({ name: '(floor: Map lookup per row)', size, ms: floorMs, floorMs, baselineMs });
  rows.push({ name: '(baseline: COUNTIF per stage)', size, ms: baselineMs, floorMs, baselineMs });
}

/** @param {number} n */
const fmt = (n, digits = 1) => n.toFixed(digits);
console.log('| function | rows | median ms | rows/s | × floor | baseline ÷ this |');
console.log('|---|---:|---:|---:|---:|---:|');
for (const { name, size, ms, floorMs, baselineMs } of rows) {
  const perSecond = Math.round(size / (ms / 1000)).toLocaleString('en-US');
  console.log(`| ${name} | ${size.toLocaleString('en-US')} | ${fmt(ms)} | ${perSecond} | ${fmt(ms / floorMs, 2)} | ${fmt(baselineMs / ms)} |`);
}
for (const name of ['FUNNEL', 'CONVERSION']) {
  /** @param {number} size */
  const at = (size) => rows.find((r) => r.name === name && r.size === size)?.ms ?? NaN;
  console.log(`${name}: 1M ÷ 100k = ${fmt(at(1_000_000) / at(100_000), 2)} (linear ≈ 10)`);
}
