// The pipeline: stages in order, the won stage, lost stages; read from a range, a list of names or the default.
import type { StageKind } from './types';
import { cellAt, Grid, rowAsColumn, widthOf } from './grid';
import { fail, shown } from './localized-error';
import { isBlank, isErrorValue, KIND_WORDS, LOST_WORDS, nameKey, PIPELINE_HEADERS, showValue, WON_WORDS } from './names';
import { readProbability } from './probability';

export interface Stage {
  name: string;
  key: string;
  kind: StageKind;
  /** Ordinary stages 0…k−1 in order, the won stage k, lost stages −1. */
  index: number;
  probability: number | null;
}

export interface Pipeline {
  /** Ordinary stages in order, then the won stage: the steps a prospect climbs. */
  steps: readonly Stage[];
  won: Stage;
  lost: readonly Stage[];
  /** Every stage (lost ones too) by its name key. */
  byKey: ReadonlyMap<string, Stage>;
  /** Every stage name in definition order, for "did you mean". */
  names: readonly string[];
}

export const DEFAULT_STAGE_NAMES = ['Lead', 'Contacted', 'Qualified', 'Meeting', 'Proposal', 'Won', 'Lost'];
/** The default pipeline's moment of truth: the meeting is where a B2B prospect decides. */
export const DEFAULT_MOMENT_OF_TRUTH = 'Meeting';

const KIND_BY_WORD = new Map<string, StageKind>(
  Object.values(KIND_WORDS).flatMap((words) => Object.entries(words).map(([kind, word]) => [nameKey(word), kind as StageKind])),
);

interface Row {
  name: string;
  kind: StageKind | null;
  probability: number | null;
  row: number;
}

function readName(cell: unknown, row: number): string {
  if (typeof cell !== 'string' || isErrorValue(cell)) {
    throw fail('errPipelineNameNotText', { row, value: shown(cell) });
  }
  return cell.trim();
}

/** The kind a cell names (stage, won, lost; giai đoạn, thắng, thua), or null when blank or unknown. */
export function kindOf(cell: unknown): StageKind | null {
  return typeof cell === 'string' ? (KIND_BY_WORD.get(nameKey(cell)) ?? null) : null;
}

function readKind(cell: unknown, row: number, name: string): StageKind | null {
  if (isBlank(cell)) return null;
  const kind = kindOf(cell);
  if (!kind) throw fail('errPipelineKind', { row, name: showValue(name), value: shown(cell) });
  return kind;
}

/** Reads a pipeline argument: one column (or row) of names, or the setup table (name, kind, win probability, …). */
export function parsePipeline(argument: Grid): Pipeline {
  const grid = rowAsColumn(argument);
  const width = widthOf(grid);
  const rows: Row[] = [];
  for (let r = 0; r < grid.length; r++) {
    const nameCell = cellAt(grid, r, 0);
    if (isBlank(nameCell)) continue;
    if (r === 0 && typeof nameCell === 'string' && PIPELINE_HEADERS.has(nameKey(nameCell))) continue;
    const name = readName(nameCell, r + 1);
    rows.push({
      name,
      kind: width > 1 ? readKind(cellAt(grid, r, 1), r + 1, name) : null,
      probability: width > 2 ? readProbability(cellAt(grid, r, 2), { key: 'whereProbability', params: { row: r + 1, name: showValue(name) } }) : null,
      row: r + 1,
    });
  }
  return buildPipeline(rows);
}

/** Kinds for rows whose kind may be blank: lost and won words, else the last name that is not lost is won. */
export function inferKinds(rows: readonly { name: string; kind: StageKind | null }[]): StageKind[] {
  const kinds = rows.map((row) => {
    if (row.kind) return row.kind;
    const key = nameKey(row.name);
    return LOST_WORDS.has(key) ? 'lost' : WON_WORDS.has(key) ? 'won' : null;
  });
  if (!kinds.includes('won')) {
    // The last name that is not lost is the sale; if that row says "stage" outright, nothing is won.
    for (let i = rows.length - 1; i >= 0; i--) {
      if (kinds[i] === 'lost') continue;
      if (kinds[i] === null) kinds[i] = 'won';
      break;
    }
  }
  return kinds.map((kind) => kind ?? 'stage');
}

function buildPipeline(rows: Row[]): Pipeline {
  if (rows.length === 0) throw fail('errPipelineEmpty');
  const kinds = inferKinds(rows);
  const byKey = new Map<string, Stage>();
  const steps: Stage[] = [];
  const won: Stage[] = [];
  const lost: Stage[] = [];
  const seenAt = new Map<string, number>();
  rows.forEach((row, i) => {
    const key = nameKey(row.name);
    const earlier = seenAt.get(key);
    if (earlier !== undefined) throw fail('errPipelineTwice', { name: showValue(row.name), first: earlier, second: row.row });
    seenAt.set(key, row.row);
    const stage: Stage = { name: row.name, key, kind: kinds[i], index: -1, probability: row.probability };
    if (stage.kind === 'stage') steps.push(stage);
    else if (stage.kind === 'won') won.push(stage);
    else lost.push(stage);
    byKey.set(key, stage);
  });
  if (won.length === 0) throw fail('errPipelineNoWon');
  if (won.length > 1) throw fail('errPipelineWonCount', { count: won.length, names: won.map((s) => showValue(s.name)).join(', ') });
  if (steps.length === 0) throw fail('errPipelineNoStage');
  steps.forEach((stage, i) => {
    stage.index = i;
  });
  won[0].index = steps.length;
  steps.push(won[0]);
  return { steps, won: won[0], lost, byKey, names: rows.map((row) => row.name) };
}

/** The built-in pipeline used when no argument is given and the spreadsheet has no Pipeline Setup sheet. */
export function defaultPipeline(): Pipeline {
  return parsePipeline(DEFAULT_STAGE_NAMES.map((name) => [name]));
}
