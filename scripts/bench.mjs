// npm run bench: times the built formulas on whole-column data, against a bare-loop floor and a native-formula baseline.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// One plain global scope, as in Apps Script (a node:vm context would add an interceptor to every global lookup).
const formulas = new Function(`${readFileSync(join(root, 'dist/Code.js'), 'utf8')}\nreturn Stagecoach;`)();

const STAGES = ['New lead', 'Contacted', 'Qualified', 'Needs analysis', 'Site visit', 'Proposal', 'Negotiation', 'Contract sent', 'Won', 'Lost'];
const PIPELINE = STAGES.map((name) => [name]);
const SIZES = [10_000, 100_000, 1_000_000];

// Strings as Sheets hands them over: a fresh string per cell, not one shared literal.
const fresh = (s) => s.split('').join('');

function makeColumns(rows) {
  let seed = 42;
  const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
  const stages = new Array(rows);
  const values = new Array(rows);
  const customers = new Array(rows);
  for (let r = 0; r < rows; r++) {
    const blank = random() < 0.1;
    // Earlier stages are more common, as in a real funnel.
    const stage = STAGES[Math.min(STAGES.length - 1, Math.floor(-Math.log(random() + 1e-12) * 2.5))];
    stages[r] = [blank ? '' : fresh(random() < 0.05 ? ` ${stage.toUpperCase()} ` : stage)];
    values[r] = [blank ? '' : Math.round(random() * 10000)];
    customers[r] = [blank ? '' : fresh(`Customer ${Math.floor(random() * rows / 4)}`)];
  }
  return { stages, values, customers };
}

function median(times) {
  const sorted = times.slice().sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

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
function floor(stages) {
  const codes = new Map(STAGES.map((s, i) => [s, i]));
  let hits = 0;
  for (let r = 0; r < stages.length; r++) if (codes.get(stages[r][0]) !== undefined) hits++;
  return hits;
}

// What a user does with native formulas: one COUNTIF-style pass per stage, normalising every cell each time.
function baseline(stages) {
  const key = (s) => String(s).normalize('NFC').replace(/[-_]/g, ' ').trim().replace(/\s+/g, ' ').toLowerCase();
  return STAGES.map((stage) => {
    const wanted = key(stage);
    let count = 0;
    for (let r = 0; r < stages.length; r++) if (key(stages[r][0]) === wanted) count++;
    return count;
  });
}

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

const fmt = (n, digits = 1) => n.toFixed(digits);
console.log('| function | rows | median ms | rows/s | × floor | baseline ÷ this |');
console.log('|---|---:|---:|---:|---:|---:|');
for (const { name, size, ms, floorMs, baselineMs } of rows) {
  const perSecond = Math.round(size / (ms / 1000)).toLocaleString('en-US');
  console.log(`| ${name} | ${size.toLocaleString('en-US')} | ${fmt(ms)} | ${perSecond} | ${fmt(ms / floorMs, 2)} | ${fmt(baselineMs / ms)} |`);
}
for (const name of ['FUNNEL', 'CONVERSION']) {
  const at = (size) => rows.find((r) => r.name === name && r.size === size).ms;
  console.log(`${name}: 1M ÷ 100k = ${fmt(at(1_000_000) / at(100_000), 2)} (linear ≈ 10)`);
}
