// Pipeline Setup as a table (the sheet) and as StageSetup rows (the sidebar), and the rules a saved setup must keep.
import type { Grid } from './grid';
import { cellAt } from './grid';
import { isBlank, nameKey, PIPELINE_HEADERS } from './names';
import { inferKinds, kindOf, parsePipeline, Pipeline } from './pipeline';
import { readProbability } from './probability';
import type { Locale, StageKind, StageSetup } from './types';

export const SETUP_COLUMNS = 8;

export const SETUP_HEADERS: Record<Locale, string[]> = {
  en: ['Stage', 'Kind', 'Win probability', 'Moment of truth', 'Buyer step', 'Stall after (days)', 'Exit criteria', 'Playbook'],
  vi: ['Giai đoạn', 'Loại', 'Xác suất thắng', 'Khoảnh khắc chân lý', 'Bước mua của khách', 'Chững sau (ngày)', 'Điều kiện chuyển bước', 'Kịch bản'],
};

const KIND_WORDS: Record<Locale, Record<StageKind, string>> = {
  en: { stage: 'stage', won: 'won', lost: 'lost' },
  vi: { stage: 'giai đoạn', won: 'thắng', lost: 'thua' },
};

/** The sheet rows for a setup, header first; probabilities stay fractions (the column is formatted as %). */
export function setupToRows(stages: readonly StageSetup[], locale: Locale): unknown[][] {
  return [
    SETUP_HEADERS[locale],
    ...stages.map((s) => [
      s.name, KIND_WORDS[locale][s.kind], s.probability ?? '', s.momentOfTruth, s.buyerStep,
      s.stallDays ?? '', s.exitCriteria.join(', '), s.playbook,
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
    return {
      name,
      kind: kinds[i],
      probability: probabilityOrNull(cellAt(grid, r, 2)),
      momentOfTruth: truthy(cellAt(grid, r, 3)),
      buyerStep: text(cellAt(grid, r, 4)),
      stallDays: typeof stall === 'number' && Number.isFinite(stall) && stall >= 0 ? stall : null,
      exitCriteria: text(cellAt(grid, r, 6)).split(',').map((c) => c.trim()).filter(Boolean),
      playbook: text(cellAt(grid, r, 7)),
    };
  });
}

function probabilityOrNull(cell: unknown): number | null {
  try {
    return readProbability(cell, '');
  } catch {
    return null; // shown blank in the editor; the formulas keep saying what is wrong with the cell
  }
}

/** The pipeline the formulas would read from this setup. */
export function pipelineFromSetup(stages: readonly StageSetup[]): Pipeline {
  return parsePipeline(stages.map((s) => [s.name, s.kind, s.probability ?? '']));
}

export type SetupProblem =
  | { kind: 'noName'; row: number }
  | { kind: 'duplicate'; name: string }
  | { kind: 'wonCount'; count: number }
  | { kind: 'noStage' }
  | { kind: 'momentOfTruthCount'; count: number }
  | { kind: 'momentOfTruthNotStage'; name: string }
  | { kind: 'probability'; name: string }
  | { kind: 'stallDays'; name: string }
  | { kind: 'reservedName'; name: string };

/** Everything wrong with a setup before it is saved (the sidebar shows these in the user's language). */
export function setupProblems(stages: readonly StageSetup[]): SetupProblem[] {
  const problems: SetupProblem[] = [];
  const seen = new Set<string>();
  stages.forEach((s, i) => {
    const key = nameKey(s.name);
    if (key === '') problems.push({ kind: 'noName', row: i + 1 });
    else if (seen.has(key)) problems.push({ kind: 'duplicate', name: s.name });
    else if (i === 0 && PIPELINE_HEADERS.has(key)) problems.push({ kind: 'reservedName', name: s.name });
    seen.add(key);
    if (s.probability !== null && !(s.probability >= 0 && s.probability <= 1)) problems.push({ kind: 'probability', name: s.name });
    if (s.stallDays !== null && !(Number.isInteger(s.stallDays) && s.stallDays >= 0)) problems.push({ kind: 'stallDays', name: s.name });
    if (s.momentOfTruth && s.kind !== 'stage') problems.push({ kind: 'momentOfTruthNotStage', name: s.name });
  });
  const won = stages.filter((s) => s.kind === 'won').length;
  if (won !== 1) problems.push({ kind: 'wonCount', count: won });
  if (!stages.some((s) => s.kind === 'stage')) problems.push({ kind: 'noStage' });
  const moments = stages.filter((s) => s.momentOfTruth).length;
  if (moments !== 1) problems.push({ kind: 'momentOfTruthCount', count: moments });
  return problems;
}
