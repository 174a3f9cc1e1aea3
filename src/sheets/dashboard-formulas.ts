// The dashboard's formula text: references to the prospects sheet, Pipeline Setup and Stage History, narrowed to the
// owner chosen in the selector cell. Every form here is one Google Sheets evaluates and so does the preview's
// HyperFormula (checked by test/preview/server/dashboard-engine.test.ts): ARRAYFORMULA(IF(…)) over same-sized columns,
// never FILTER over several columns (HyperFormula's FILTER takes one column only) nor INDEX(…, 0, n).
import { columnLetter, quoteSheet } from './prospects-sheet';

/** 1-based columns of the prospects sheet; 0 = the sheet has no such column. */
export interface DashboardColumns {
  id: number;
  prospect: number;
  stage: number;
  status: number;
  value: number;
  customer: number;
  owner: number;
  lostReason: number;
  created: number;
  expectedClose: number;
}

export interface FormulaSources {
  prospectsSheet: string;
  setupSheet: string;
  historySheet: string;
  columns: DashboardColumns;
  /** The owner selector's cell, absolute ($B$2); null when the sheet has no owner column. */
  selector: string | null;
  /** What the selector reads for every owner, and for the prospects without one (BYOWNER's label). */
  everyone: string;
  noOwner: string;
}

/** A formula-safe string literal. */
export function literal(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** The prospects sheet's column from row 2 down (row 1 holds the headers). */
export function columnRef(sources: FormulaSources, column: number): string {
  const letter = columnLetter(column);
  return `${quoteSheet(sources.prospectsSheet)}!${letter}2:${letter}`;
}

/** Pipeline Setup as the functions' pipeline argument. */
export function setupRef(sources: FormulaSources): string {
  return `${quoteSheet(sources.setupSheet)}!A:C`;
}

function setupColumn(sources: FormulaSources, letter: string): string {
  return `${quoteSheet(sources.setupSheet)}!${letter}:${letter}`;
}

/** The moment of truth, read from Pipeline Setup's checkbox column: a rename in Setup reaches every formula using it. */
export function momentOfTruthFormula(sources: FormulaSources): string {
  return `=IFERROR(INDEX(${setupColumn(sources, 'A')}, MATCH(TRUE(), ${setupColumn(sources, 'D')}, 0)), "")`;
}

/**
 * True (non-zero) on the rows of the chosen owner: every row when the selector reads "everyone", rows without an
 * owner for BYOWNER's "(no owner)". Sheets' "=" ignores case, TRIM folds spaces: the spellings BYOWNER groups as one
 * owner are chosen together (but for NFC/NFD forms, which no Sheets function normalises).
 */
function ownerCondition(sources: FormulaSources, selector: string): string {
  return `(${selector}=${literal(sources.everyone)})+${ownersRows(sources, selector)}`;
}

/** True on the rows of the owner chosen (none when everyone is). */
function ownersRows(sources: FormulaSources, selector: string): string {
  const owner = `TRIM(${columnRef(sources, sources.columns.owner)})`;
  return `(${owner}=${selector})+(${selector}=${literal(sources.noOwner)})*(${owner}="")`;
}

/**
 * The prospects argument: the stage column, or stage and status, with the other owners' rows blanked. Blank rows are
 * not prospects, so the rows keep their places: an error still names the row of the range, and the other columns
 * (values, customers, dates) need no filtering, since the functions read them only on prospect rows.
 */
export function prospectsArg(sources: FormulaSources): string {
  const { stage, status } = sources.columns;
  const columns = status ? [stage, status] : [stage];
  const { selector } = sources;
  if (!selector || !sources.columns.owner) {
    if (!status) return columnRef(sources, stage);
    if (status === stage + 1) return `${quoteSheet(sources.prospectsSheet)}!${columnLetter(stage)}2:${columnLetter(status)}`;
    return `{${columns.map((c) => columnRef(sources, c)).join(', ')}}`;
  }
  const condition = ownerCondition(sources, selector);
  const kept = columns.map((c) => `IF(${condition}, ${columnRef(sources, c)}, "")`);
  return `ARRAYFORMULA(${kept.length === 1 ? kept[0] : `{${kept.join(', ')}}`})`;
}

function historyColumn(sources: FormulaSources, letter: string): string {
  return `${quoteSheet(sources.historySheet)}!${letter}:${letter}`;
}

/** A prospect's key as Stage History keys it: its ID where it has one, else its name (TRIM reads a number ID as text). */
function prospectKey(sources: FormulaSources): string {
  const { id, prospect } = sources.columns;
  const trimmed = (column: number) => `TRIM(${columnRef(sources, column)})`;
  if (id && prospect) return `IF(${trimmed(id)}="", ${trimmed(prospect)}, ${trimmed(id)})`;
  return trimmed(id || prospect);
}

/**
 * Stage History as the history argument. With an owner chosen, the rows of other owners' prospects are blanked in
 * the five columns that make a row count (When, ID, Prospect, To, Status), so the reader skips them; renames, which
 * belong to no prospect, are kept for everyone.
 */
export function historyArg(sources: FormulaSources): string {
  const whole = `${quoteSheet(sources.historySheet)}!A:I`;
  const { selector } = sources;
  if (!selector || !sources.columns.owner || !(sources.columns.id || sources.columns.prospect)) return whole;
  const h = (letter: string) => historyColumn(sources, letter);
  const rowKey = `IF(TRIM(${h('B')})="", TRIM(${h('C')}), TRIM(${h('B')}))`;
  // The chosen owner's keys only: a short list to look each history row up in, and none at all (#N/A, at once) for
  // everyone, so the default view costs no lookup.
  const ownersKeys = `FILTER(${prospectKey(sources)}, (${selector}<>${literal(sources.everyone)})*(${ownersRows(sources, selector)}))`;
  const change = `TRIM(${h('I')})`;
  const kept = `(${selector}=${literal(sources.everyone)})+(${change}="rename")+(${change}="đổi tên")+ISNUMBER(MATCH(${rowKey}, ${ownersKeys}, 0))`;
  const cells = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I'].map((letter) =>
    'ABCEF'.includes(letter) ? `IF(${kept}, ${h(letter)}, "")` : h(letter),
  );
  return `ARRAYFORMULA({${cells.join(', ')}})`;
}

/**
 * The owners' column of BYOWNER (header first) over every prospect whatever the selector says (the selector's own list must not depend on it), with each
 * row's stage replaced by Setup's first stage: a typo in a stage cell never empties the list of owners.
 */
export function ownerListFormula(sources: FormulaSources): string {
  const { owner, stage } = sources.columns;
  const anyStage = `INDEX(${setupColumn(sources, 'A')}, 2)`;
  const prospects = `ARRAYFORMULA(IF(LEN(${columnRef(sources, owner)})+LEN(${columnRef(sources, stage)}), ${anyStage}, ""))`;
  return `=ARRAY_CONSTRAIN(BYOWNER(${prospects}, ${columnRef(sources, owner)}, , ${setupRef(sources)}), 100000, 1)`;
}
