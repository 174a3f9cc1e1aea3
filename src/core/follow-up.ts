// The follow-up date a prospect gets when it enters a stage: that stage's default, counted in the spreadsheet's days.
import { nameKey } from './names';
import type { StageSetup } from './types';

/** The follow-up default of the stage named `stage` (names compared by key): its days, or null when it has none. */
export function followUpDaysOf(stages: readonly StageSetup[], stage: string): number | null {
  const key = nameKey(stage);
  const days = stages.find((s) => nameKey(s.name) === key)?.followUpDays;
  return typeof days === 'number' && Number.isInteger(days) && days >= 0 ? days : null;
}
