// Dropdowns on the stage and status columns, and a highlight on stage values that are not in the pipeline.
import type { Services, SheetLike } from './gas';
import { columnLetter, quoteSheet } from './prospects-sheet';

export const INVALID_STAGE_COLOR = '#f4c7c3';

/**
 * The stage names as the highlight reads them (a conditional format cannot refer to another sheet but through
 * INDIRECT, so it names the setup tab as it is named now). Its shape marks the highlight rule as this add-on's own.
 */
function setupStages(setupSheet: string): string {
  return `INDIRECT("${quoteSheet(setupSheet).replace(/"/g, '""')}!A2:A")`;
}
const OWN_HIGHLIGHT = /COUNTIF\(INDIRECT\(".*!A2:A"\), TRIM\(\$[A-Z]+2\)\)=0\)$/;

/** The conditional-format formula that marks a stage cell not named in Pipeline Setup (blank cells are fine). */
export function invalidStageFormula(stageColumn: number, setupSheet: string): string {
  const cell = `$${columnLetter(stageColumn)}2`;
  return `=AND(LEN(TRIM(${cell}))>0, COUNTIF(${setupStages(setupSheet)}, TRIM(${cell}))=0)`;
}

/**
 * Puts a dropdown of Pipeline Setup's stage names on the stage column (typing anything else is refused; it reads
 * the setup sheet, so a stage renamed there by hand is offered at once) and of `statuses` on the status column,
 * and replaces this add-on's highlight rule while keeping everyone else's rules.
 */
export function applyStageValidation(
  services: Services,
  sheet: SheetLike,
  stageColumn: number,
  setup: SheetLike,
  statusColumn: number,
  statuses: string[],
): void {
  const rows = sheet.getMaxRows() - 1;
  if (rows < 1) return;
  const app = services.SpreadsheetApp;
  const stageRange = sheet.getRange(2, stageColumn, rows, 1);
  const stageNames = setup.getRange('A2:A');
  stageRange.setDataValidation(app.newDataValidation().requireValueInRange(stageNames, true).setAllowInvalid(false).build());
  if (statusColumn > 0) applyStatusDropdown(services, sheet, statusColumn, statuses);
  const formula = invalidStageFormula(stageColumn, setup.getName());
  const others = sheet.getConditionalFormatRules().filter((rule) => {
    const criteria = rule.getBooleanCondition()?.getCriteriaValues() ?? [];
    return !criteria.some((value) => typeof value === 'string' && OWN_HIGHLIGHT.test(value));
  });
  const highlight = app.newConditionalFormatRule().whenFormulaSatisfied(formula).setBackground(INVALID_STAGE_COLOR).setRanges([stageRange]).build();
  sheet.setConditionalFormatRules([...others, highlight]);
}

/** A dropdown of `statuses` on the status column below the header (typing anything else is refused). */
export function applyStatusDropdown(services: Services, sheet: SheetLike, statusColumn: number, statuses: string[]): void {
  const rows = sheet.getMaxRows() - 1;
  if (rows < 1) return;
  const rule = services.SpreadsheetApp.newDataValidation().requireValueInList(statuses, true).setAllowInvalid(false).build();
  sheet.getRange(2, statusColumn, rows, 1).setDataValidation(rule);
}
