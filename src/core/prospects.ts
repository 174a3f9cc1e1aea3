// Reads the prospects argument: one row per prospect, stage (and status); how far each got, and what is wrong with a row.
import { cellAt, Grid, widthOf } from './grid';
import { closestName } from './closest';
import { isBlank, isErrorValue, LOST_WORDS, nameKey, OPEN_WORDS, showValue, STAGE_HEADERS, WON_WORDS } from './names';
import type { Pipeline } from './pipeline';
import type { MessageKey } from '../i18n/messages';
import { fail, PhraseParam, say, shown } from './localized-error';
import { CellCodes } from './string-map';

/** A row the functions cannot read, as STAGECHECK lists it. */
export interface StageProblem {
  /** 1-based row within the range. */
  row: number;
  kind: ProblemKind;
  /** The stage and status values as the message shows them. */
  shown: Record<'value' | 'status', PhraseParam>;
  value: unknown;
  problem: string;
  /** The closest stage name, or "". */
  suggestion: string;
}

/** Counts over the prospects; reached(i) is the sum of reachedExactly[j] for j ≥ i. */
export interface Tally {
  pipeline: Pipeline;
  prospects: number;
  /** Index = how far a prospect got: ordinary stages 0…k−1, won k. */
  reachedExactly: number[];
  /** Open prospects per ordinary stage. */
  openAt: number[];
  won: number;
  lost: number;
  /** With values: their sum over the open prospects of each ordinary stage, and over the won prospects. */
  openValueAt: number[];
  wonValue: number;
}

// Stage codes: 0…k are steps; these mark the rest.
export const LOST_STAGE = -1;
export const BLANK = -2;
const NOT_A_STAGE = -3;
// Status codes.
const OPEN = 0;
export const WON = 1;
export const LOST = 2;
export const NO_STATUS = 3;
const UNKNOWN_STATUS = -1;

export function statusCode(cell: unknown): number {
  if (isBlank(cell)) return NO_STATUS;
  if (typeof cell !== 'string') return UNKNOWN_STATUS;
  const key = nameKey(cell);
  if (OPEN_WORDS.has(key)) return OPEN;
  if (WON_WORDS.has(key)) return WON;
  if (LOST_WORDS.has(key)) return LOST;
  return UNKNOWN_STATUS;
}

export function stageCode(cell: unknown, pipeline: Pipeline): number {
  if (isBlank(cell)) return BLANK;
  if (typeof cell !== 'string') return NOT_A_STAGE;
  const stage = pipeline.byKey.get(nameKey(cell));
  if (!stage) return NOT_A_STAGE;
  return stage.kind === 'lost' ? LOST_STAGE : stage.index;
}

export type ProblemKind =
  'number' | 'date' | 'checkbox' | 'errorValue' | 'notText' | 'notAStage' | 'unknownStatus' | 'statusWithoutStage' | 'wonStageLost' | 'lostStageWon';

/** The catalogue message of each problem (the sidebar and the formulas say them alike). */
export const PROBLEM_MESSAGE: Record<ProblemKind, MessageKey> = {
  number: 'problemNumber',
  date: 'problemDate',
  checkbox: 'problemCheckbox',
  errorValue: 'problemErrorValue',
  notText: 'problemNotText',
  notAStage: 'problemNotAStage',
  unknownStatus: 'problemUnknownStatus',
  statusWithoutStage: 'problemStatusWithoutStage',
  wonStageLost: 'problemWonStageLost',
  lostStageWon: 'problemLostStageWon',
};

function stageProblemKind(cell: unknown): ProblemKind {
  if (typeof cell === 'number') return 'number';
  if (cell instanceof Date) return 'date';
  if (typeof cell === 'boolean') return 'checkbox';
  if (isErrorValue(cell)) return 'errorValue';
  return typeof cell === 'string' ? 'notAStage' : 'notText';
}

/** Says what is wrong with a stage/status pair, or returns undefined when the row is fine. */
export function problemOf(row: number, stageCell: unknown, statusCell: unknown, pipeline: Pipeline): StageProblem | undefined {
  const stage = stageCode(stageCell, pipeline);
  const status = statusCode(statusCell);
  const problem = (kind: ProblemKind, onStatus = false): StageProblem => {
    const cells = { value: shown(stageCell), status: shown(statusCell) };
    return {
      row,
      kind,
      shown: cells,
      value: onStatus ? statusCell : stageCell,
      problem: say({ key: PROBLEM_MESSAGE[kind], params: cells }, 'en'),
      // Only a name that is not a stage has a closer one; a won/lost conflict is about the status.
      suggestion: kind === 'notAStage' ? (closestName(stageCell as string, pipeline.names) ?? '') : '',
    };
  };
  if (stage === NOT_A_STAGE) return problem(stageProblemKind(stageCell));
  if (status === UNKNOWN_STATUS) return problem('unknownStatus', true);
  if (stage === BLANK && status !== NO_STATUS) return problem('statusWithoutStage', true);
  if (stage === pipeline.won.index && status === LOST) return problem('wonStageLost');
  if (stage === LOST_STAGE && status === WON) return problem('lostStageWon');
  return undefined;
}

/** The message a function throws for a problem row. */
export function problemMessage(problem: StageProblem): string {
  return problemError(problem).message;
}

/** The error a function throws for a problem row (`key` says where: a prospects row by default, or a Stage History row). */
export function problemError(problem: StageProblem, key: MessageKey = 'errRowProblem') {
  return fail(key, {
    row: problem.row,
    problem: { key: PROBLEM_MESSAGE[problem.kind], params: problem.shown },
    hint: problem.suggestion ? { key: 'errDidYouMean', params: { name: showValue(problem.suggestion) } } : '',
  });
}

/** The codes of a row that problemOf would describe. */
export function isBad(stage: number, status: number, wonIndex: number): boolean {
  return stage < LOST_STAGE || status === UNKNOWN_STATUS || (stage === wonIndex && status === LOST) || (stage === LOST_STAGE && status === WON);
}

/** True when the first row is a stage-column header ("Stage", "Giai đoạn", …) rather than a prospect. */
function isHeaderRow(stageCell: unknown, pipeline: Pipeline): boolean {
  if (typeof stageCell !== 'string') return false;
  const key = nameKey(stageCell);
  return STAGE_HEADERS.has(key) && !pipeline.byKey.has(key);
}

/** Checks the prospects argument's shape: one column (stage) or two (stage, status). */
export function prospectColumns(prospects: Grid): 1 | 2 {
  const width = widthOf(prospects);
  if (width > 2) {
    throw fail('errProspectsColumns', { width });
  }
  return width === 2 ? 2 : 1;
}

/** Checks that a companion column (values) lines up with the prospects. */
export function checkSameRows(prospects: Grid, other: Grid, name: string): void {
  if (other.length !== prospects.length) throw fail('errSameRows', { column: name, rows: other.length, prospects: prospects.length });
}

/** A prospect's outcome as forEachProspect reports it. */
export const OUTCOME_OPEN = 0;
export const OUTCOME_WON = 1;
export const OUTCOME_LOST = 2;

/**
 * Calls `visit` for every prospect row (header and blank rows skipped) with its 0-based row, how far it got
 * (ordinary stages 0…k−1, won k; a lost stage reached 0) and its outcome. Throws on the first row that does
 * not make sense (never a silent skip). The same few spellings repeat down a column: each is resolved once.
 */
export function forEachProspect(prospects: Grid, pipeline: Pipeline, visit: (r: number, reached: number, outcome: number) => void): void {
  const columns = prospectColumns(prospects);
  const k = pipeline.won.index;
  const stageCodes = new CellCodes((cell) => stageCode(cell, pipeline));
  const statusCodes = new CellCodes(statusCode);
  const start = prospects.length > 0 && isHeaderRow(cellAt(prospects, 0, 0), pipeline) ? 1 : 0;
  for (let r = start; r < prospects.length; r++) {
    const row: unknown = prospects[r];
    const stage = stageCodes.get(Array.isArray(row) ? row[0] : row);
    const status = columns === 2 ? statusCodes.get(Array.isArray(row) ? row[1] : undefined) : NO_STATUS;
    if (stage === BLANK && status === NO_STATUS) continue;
    if (isBad(stage, status, k)) {
      const problem = problemOf(r + 1, cellAt(prospects, r, 0), columns === 2 ? cellAt(prospects, r, 1) : '', pipeline);
      throw problem ? problemError(problem) : fail('errRowUnreadable', { row: r + 1 });
    }
    if (stage === LOST_STAGE) visit(r, 0, OUTCOME_LOST);
    else if (stage === k || status === WON) visit(r, k, OUTCOME_WON);
    else visit(r, stage, status === LOST ? OUTCOME_LOST : OUTCOME_OPEN);
  }
}

/** Reads one row of a values column: a number, or blank (0); anything else is an error naming the row. */
export function readValue(values: Grid, r: number): number {
  const cell = cellAt(values, r, 0);
  if (typeof cell === 'number' && Number.isFinite(cell)) return cell;
  if (isBlank(cell)) return 0;
  throw fail('errValueNotNumber', { row: r + 1, column: 'values', value: shown(cell) });
}

/** Counts how far every prospect got (see forEachProspect); values, when given, are summed per stage. */
export function tallyProspects(prospects: Grid, pipeline: Pipeline, values?: Grid): Tally {
  prospectColumns(prospects);
  if (values) checkSameRows(prospects, values, 'values');
  const k = pipeline.won.index;
  const reachedExactly = new Array<number>(k + 1).fill(0);
  const openAt = new Array<number>(k).fill(0);
  const openValueAt = new Array<number>(k).fill(0);
  let wonValue = 0;
  let won = 0;
  let lost = 0;
  forEachProspect(prospects, pipeline, (r, reached, outcome) => {
    const value = values ? readValue(values, r) : 0;
    reachedExactly[reached]++;
    if (outcome === OUTCOME_WON) {
      won++;
      wonValue += value;
    } else if (outcome === OUTCOME_LOST) {
      lost++;
    } else {
      openAt[reached]++;
      openValueAt[reached] += value;
    }
  });
  const count = reachedExactly.reduce((sum, n) => sum + n, 0);
  return { pipeline, prospects: count, reachedExactly, openAt, won, lost, openValueAt, wonValue };
}

/** reached(s) for every step: the number of prospects that got at least that far. */
export function reachedCounts(tally: Tally): number[] {
  const reached = tally.reachedExactly.slice();
  for (let i = reached.length - 2; i >= 0; i--) reached[i] += reached[i + 1];
  return reached;
}

/** Every problem row, for STAGECHECK (the header row, when skipped, is row 1). */
export function findProblems(prospects: Grid, pipeline: Pipeline): StageProblem[] {
  const columns = prospectColumns(prospects);
  const k = pipeline.won.index;
  const problems: StageProblem[] = [];
  const stageCodes = new Map<unknown, number>();
  const start = prospects.length > 0 && isHeaderRow(cellAt(prospects, 0, 0), pipeline) ? 1 : 0;
  for (let r = start; r < prospects.length; r++) {
    const stageCell = cellAt(prospects, r, 0);
    const statusCell = columns === 2 ? cellAt(prospects, r, 1) : '';
    let stage = stageCodes.get(stageCell);
    if (stage === undefined) {
      stage = stageCode(stageCell, pipeline);
      if (typeof stageCell !== 'object') stageCodes.set(stageCell, stage);
    }
    const status = columns === 2 ? statusCode(statusCell) : NO_STATUS;
    if (stage === BLANK && status === NO_STATUS) continue;
    if (!isBad(stage, status, k)) continue;
    const problem = problemOf(r + 1, stageCell, statusCell, pipeline);
    if (problem) problems.push(problem);
  }
  return problems;
}
