// Exit criteria resolved through the column mapping: a template's "Value" is the user's "Giá trị (VNĐ)".
import { headerKey, roleOfName, type ColumnMap } from './columns';
import { isBlank } from './names';
import type { StageSetup } from './types';

/**
 * The column (0-based) a criterion names, or −1 when it names none: a header of the sheet (its key), else a column
 * role by role name or by any of its headers in either language ("Value", "Giá trị", "Owner", "Phụ trách"), which
 * is then the column mapped to that role.
 */
export function criterionColumn(criterion: string, headers: readonly string[], columns: ColumnMap): number {
  const key = headerKey(criterion);
  if (key === '') return -1;
  const index = headers.findIndex((header) => headerKey(header) === key);
  if (index >= 0) return index;
  const role = roleOfName(criterion);
  return role ? columns[role] : -1;
}

/** A stage's criterion that names no column of the sheet: saving warns about it, and it never blocks a move. */
export interface UnresolvedCriterion {
  stage: string;
  criterion: string;
}

export function unresolvedCriteria(stages: readonly StageSetup[], headers: readonly string[], columns: ColumnMap): UnresolvedCriterion[] {
  return stages.flatMap((stage) =>
    stage.exitCriteria.filter((criterion) => criterionColumn(criterion, headers, columns) < 0).map((criterion) => ({ stage: stage.name, criterion })),
  );
}

/**
 * The exit criteria of a stage still empty on this row, each named by the user's own header ("Giá trị (VNĐ)" for a
 * template's "Value"). A criterion naming no column is not missing: it cannot be filled, so it never blocks.
 */
export function missingExitCriteria(
  row: readonly unknown[],
  headers: readonly string[],
  columns: ColumnMap,
  setup: StageSetup | undefined,
): string[] {
  if (!setup) return [];
  const missing: string[] = [];
  for (const criterion of setup.exitCriteria) {
    const index = criterionColumn(criterion, headers, columns);
    if (index < 0 || !isBlank(row[index])) continue;
    const header = headers[index] || criterion;
    if (!missing.includes(header)) missing.push(header);
  }
  return missing;
}
