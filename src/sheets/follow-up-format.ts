// Conditional formats on the follow-up date column: overdue dates of open prospects stand out, today's in a softer colour.
import { LOST_WORDS, WON_WORDS } from '../core/names';
import type { ConditionalFormatRuleLike, Services, SheetLike } from './gas';
import { columnLetter } from './prospects-sheet';

/** Overdue: Google's light red 3 with a dark red text; due today: light yellow 3, softer. */
export const OVERDUE_BACKGROUND = '#f4c7c3';
export const OVERDUE_FONT = '#a50e0e';
export const DUE_TODAY_BACKGROUND = '#fff2cc';

/** The prospects sheet's columns the rules read (1-based; status 0 when the sheet has none). */
export interface FollowUpColumns {
  followUp: number;
  stage: number;
  status: number;
}

/**
 * This add-on's follow-up rules have this shape (a date test, then "the prospect is open"); a rule of the user's,
 * even on the same column, does not. The shape, not the exact text, is matched: the stage names in it change when
 * stages are renamed, and the column when one is inserted before it.
 */
const OWN_FOLLOW_UP = /^=AND\(ISNUMBER\(\$[A-Z]+2\), (?:\$[A-Z]+2<TODAY\(\)|INT\(\$[A-Z]+2\)=TODAY\(\)), NOT\(OR\(.*\)\)\)$/;

const textLiteral = (text: string) => `"${text.replace(/"/g, '""')}"`;

/**
 * "The prospect is closed" for row 2: its stage is a won or lost stage, or its status says won or lost. Sheets
 * compares text with "=" without case, and TRIM matches what the add-on reads (a name with stray spaces).
 */
function closedTest(columns: FollowUpColumns, closedStages: readonly string[]): string {
  const stage = `TRIM($${columnLetter(columns.stage)}2)`;
  const tests = closedStages.map((name) => `${stage}=${textLiteral(name.trim())}`);
  if (columns.status > 0) {
    const status = `TRIM($${columnLetter(columns.status)}2)`;
    for (const word of [...WON_WORDS, ...LOST_WORDS]) tests.push(`${status}=${textLiteral(word)}`);
  }
  // OR needs an argument: with no closed stage and no status column, nothing is closed.
  return `NOT(OR(${tests.length ? tests.join(', ') : 'FALSE'}))`;
}

/**
 * The two custom formulas, relative to row 2 (the first row of the range they are set on): Sheets moves them down
 * the column. ISNUMBER leaves text and blanks alone (a date is a number in Sheets); INT drops a time of day.
 */
export function followUpFormulas(columns: FollowUpColumns, closedStages: readonly string[]): { overdue: string; today: string } {
  const cell = `$${columnLetter(columns.followUp)}2`;
  const open = closedTest(columns, closedStages);
  return {
    overdue: `=AND(ISNUMBER(${cell}), ${cell}<TODAY(), ${open})`,
    today: `=AND(ISNUMBER(${cell}), INT(${cell})=TODAY(), ${open})`,
  };
}

function isOwnRule(rule: ConditionalFormatRuleLike): boolean {
  const criteria = rule.getBooleanCondition()?.getCriteriaValues() ?? [];
  return criteria.some((value) => typeof value === 'string' && OWN_FOLLOW_UP.test(value));
}

/**
 * Replaces this add-on's follow-up rules (none when `columns` is null: the sheet has no follow-up column any more)
 * and keeps every other rule as it was, in its order; ours go last, so a rule of the user's on the same cells wins.
 */
export function applyFollowUpHighlight(services: Services, sheet: SheetLike, columns: FollowUpColumns | null, closedStages: readonly string[]): void {
  const rules = sheet.getConditionalFormatRules();
  const others = rules.filter((rule) => !isOwnRule(rule));
  const rows = sheet.getMaxRows() - 1;
  if (!columns || rows < 1) {
    if (others.length !== rules.length) sheet.setConditionalFormatRules(others);
    return;
  }
  const app = services.SpreadsheetApp;
  const range = sheet.getRange(2, columns.followUp, rows, 1);
  const { overdue, today } = followUpFormulas(columns, closedStages);
  const overdueRule = app
    .newConditionalFormatRule()
    .whenFormulaSatisfied(overdue)
    .setBackground(OVERDUE_BACKGROUND)
    .setFontColor(OVERDUE_FONT)
    .setRanges([range])
    .build();
  const todayRule = app.newConditionalFormatRule().whenFormulaSatisfied(today).setBackground(DUE_TODAY_BACKGROUND).setRanges([range]).build();
  sheet.setConditionalFormatRules([...others, overdueRule, todayRule]);
}
