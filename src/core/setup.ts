// Pipeline Setup as a table (the sheet) and as StageSetup rows (the sidebar), and the rules a saved setup must keep.
import type { Grid } from './grid';
import { cellAt } from './grid';
import { isBlank, KIND_WORDS, nameKey, PIPELINE_HEADERS } from './names';
import { inferKinds, kindOf, parsePipeline, Pipeline } from './pipeline';
import { readProbability } from './probability';
import { headerKey } from './columns';
import { COLUMN_ROLES, type ColumnMapping, type ColumnRole, type Locale, type StageKind, type StageSetup } from './types';

export const SETUP_COLUMNS = 9;

export const SETUP_HEADERS: Record<Locale, string[]> = {
  en: [
    'Stage',
    'Kind',
    'Win probability',
    'Moment of truth',
    'Buyer step',
    'Stall after (days)',
    'Exit criteria',
    'Playbook',
    'Follow up after (days)',
  ],
  vi: [
    'Giai đoạn',
    'Loại',
    'Xác suất thắng',
    'Khoảnh khắc chân lý',
    'Bước mua của khách',
    'Chững sau (ngày)',
    'Điều kiện chuyển bước',
    'Kịch bản',
    'Hẹn liên hệ sau (ngày)',
  ],
};

/** The sheet rows for a setup, header first; probabilities stay fractions (the column is formatted as %). */
export function setupToRows(stages: readonly StageSetup[], locale: Locale): unknown[][] {
  return [
    SETUP_HEADERS[locale],
    ...stages.map((s) => [
      s.name,
      KIND_WORDS[locale][s.kind],
      s.probability ?? '',
      s.momentOfTruth,
      s.buyerStep,
      s.stallDays ?? '',
      s.exitCriteria.join(', '),
      s.playbook,
      s.followUpDays ?? '',
    ]),
  ];
}

function text(cell: unknown): string {
  return typeof cell === 'string' ? cell.trim() : cell === null || cell === undefined ? '' : String(cell);
}

function truthy(cell: unknown): boolean {
  return cell === true || (typeof cell === 'string' && ['true', 'x', 'yes', 'có', '1'].includes(nameKey(cell)));
}

/**
 * Reads Pipeline Setup back, leniently: a sheet the formulas would refuse (two won stages, a bad probability)
 * still opens in the editor, where setupProblems says what to fix.
 */
export function rowsToSetup(grid: Grid): StageSetup[] {
  const rows: { r: number; name: string; kind: StageKind | null }[] = [];
  for (let r = 0; r < grid.length; r++) {
    const name = cellAt(grid, r, 0);
    if (isBlank(name)) continue;
    if (r === 0 && typeof name === 'string' && PIPELINE_HEADERS.has(nameKey(name))) continue;
    rows.push({ r, name: text(name), kind: kindOf(cellAt(grid, r, 1)) });
  }
  const kinds = inferKinds(rows);
  return rows.map(({ r, name }, i) => {
    const stall = cellAt(grid, r, 5);
    const followUp = cellAt(grid, r, 8);
    return {
      name,
      kind: kinds[i],
      probability: probabilityOrNull(cellAt(grid, r, 2)),
      momentOfTruth: truthy(cellAt(grid, r, 3)),
      buyerStep: text(cellAt(grid, r, 4)),
      stallDays: daysOrNull(stall),
      exitCriteria: text(cellAt(grid, r, 6))
        .split(',')
        .map((c) => c.trim())
        .filter(Boolean),
      playbook: text(cellAt(grid, r, 7)),
      followUpDays: daysOrNull(followUp),
    };
  });
}

function daysOrNull(cell: unknown): number | null {
  return typeof cell === 'number' && Number.isFinite(cell) && cell >= 0 ? cell : null;
}

function probabilityOrNull(cell: unknown): number | null {
  try {
    return readProbability(cell, '');
  } catch {
    return null; // shown blank in the editor; the formulas keep saying what is wrong with the cell
  }
}

/** A stage with nothing set but its name: what the editor adds, and what the setup sheet's blank cells read as. */
export function blankStage(name = '', over: Partial<StageSetup> = {}): StageSetup {
  return {
    name,
    kind: 'stage',
    probability: null,
    momentOfTruth: false,
    buyerStep: '',
    stallDays: null,
    exitCriteria: [],
    playbook: '',
    followUpDays: null,
    ...over,
  };
}

/** The pipeline the formulas would read from this setup. */
export function pipelineFromSetup(stages: readonly StageSetup[]): Pipeline {
  return parsePipeline(stages.map((s) => [s.name, s.kind, s.probability ?? '']));
}

/** A field of one stage in the editor, where a problem is shown. */
export type StageField = 'name' | 'kind' | 'probability' | 'momentOfTruth' | 'stallDays' | 'followUpDays';

/**
 * One reason a setup cannot be saved. `stage` is the 0-based index of the stage it is about (the editor highlights
 * `field` there); mapping problems have `field: 'mapping'`.
 */
export type SetupProblem =
  | { kind: 'noName'; stage: number; field: 'name' }
  | { kind: 'duplicate'; stage: number; field: 'name'; name: string }
  | { kind: 'reservedName'; stage: number; field: 'name'; name: string }
  | { kind: 'probability'; stage: number; field: 'probability'; name: string }
  | { kind: 'stallDays'; stage: number; field: 'stallDays'; name: string }
  | { kind: 'followUpDays'; stage: number; field: 'followUpDays'; name: string }
  | { kind: 'momentOfTruthNotStage'; stage: number; field: 'momentOfTruth'; name: string }
  /** `stage` points at the second won stage when there are several. */
  | { kind: 'wonCount'; count: number; names: string[]; stage?: number; field?: 'kind' }
  | { kind: 'noStage' }
  | { kind: 'momentOfTruthCount'; count: number }
  | { kind: 'roleMissing'; role: ColumnRole; field: 'mapping' }
  | { kind: 'headerTwice'; header: string; role: ColumnRole; other: ColumnRole; field: 'mapping' };

/**
 * Everything wrong with a setup before it is saved: the sidebar shows these before saving, the server refuses a save
 * with them. With a mapping (role → header; absent or "" = no such column), the mapping's rules too.
 */
export function setupProblems(stages: readonly StageSetup[], mapping?: ColumnMapping | null): SetupProblem[] {
  const problems: SetupProblem[] = [];
  const seen = new Set<string>();
  stages.forEach((s, stage) => {
    const name = s.name.trim();
    const key = nameKey(name);
    if (key === '') problems.push({ kind: 'noName', stage, field: 'name' });
    else if (seen.has(key)) problems.push({ kind: 'duplicate', stage, field: 'name', name });
    // The formulas skip a first row named like a header: that stage would vanish from the pipeline.
    else if (stage === 0 && PIPELINE_HEADERS.has(key)) problems.push({ kind: 'reservedName', stage, field: 'name', name });
    seen.add(key);
    if (s.probability !== null && !(s.probability >= 0 && s.probability <= 1))
      problems.push({ kind: 'probability', stage, field: 'probability', name });
    // 0 is valid: stalled as soon as a day has passed in the stage.
    if (s.stallDays !== null && !(Number.isInteger(s.stallDays) && s.stallDays >= 0))
      problems.push({ kind: 'stallDays', stage, field: 'stallDays', name });
    // 0 is valid too: the follow-up falls due the day the prospect enters the stage.
    if (s.followUpDays !== null && s.followUpDays !== undefined && !(Number.isInteger(s.followUpDays) && s.followUpDays >= 0))
      problems.push({ kind: 'followUpDays', stage, field: 'followUpDays', name });
    if (s.momentOfTruth && s.kind !== 'stage') problems.push({ kind: 'momentOfTruthNotStage', stage, field: 'momentOfTruth', name });
  });
  const won = stages.flatMap((s, i) => (s.kind === 'won' ? [i] : []));
  if (won.length !== 1) {
    const problem: SetupProblem = { kind: 'wonCount', count: won.length, names: won.map((i) => stages[i].name.trim()) };
    if (won.length > 1) Object.assign(problem, { stage: won[1], field: 'kind' });
    problems.push(problem);
  }
  if (!stages.some((s) => s.kind === 'stage')) problems.push({ kind: 'noStage' });
  const moments = stages.filter((s) => s.momentOfTruth).length;
  if (moments !== 1) problems.push({ kind: 'momentOfTruthCount', count: moments });
  if (mapping) for (const problem of mappingProblems(mapping)) problems.push(problem);
  return problems;
}

/**
 * What a column mapping must keep: a stage column, a column that identifies the prospect (its name or its ID),
 * and each column for one role only (headers compared as the sheet's headers are read).
 */
export function mappingProblems(mapping: ColumnMapping): SetupProblem[] {
  const problems: SetupProblem[] = [];
  const mapped = (role: ColumnRole) => (mapping[role] ?? '').trim() !== '';
  if (!mapped('stage')) problems.push({ kind: 'roleMissing', role: 'stage', field: 'mapping' });
  if (!mapped('prospect') && !mapped('id')) problems.push({ kind: 'roleMissing', role: 'prospect', field: 'mapping' });
  const used = new Map<string, ColumnRole>();
  for (const role of COLUMN_ROLES) {
    if (!mapped(role)) continue;
    const header = (mapping[role] as string).trim();
    const other = used.get(headerKey(header));
    if (other) problems.push({ kind: 'headerTwice', header, role, other, field: 'mapping' });
    else used.set(headerKey(header), role);
  }
  return problems;
}
