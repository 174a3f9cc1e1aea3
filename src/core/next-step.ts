// What the sidebar offers when it asks for the next step: the stage's follow-up default and its playbook's first line.
import { addDays, dayKeyOf } from './calendar-day';
import type { StageSetup } from './types';

/** The follow-up day a prospect entering `stage` gets by default: today + the stage's days, or "" when it has none. */
export function defaultFollowUp(stage: Pick<StageSetup, 'followUpDays'> | undefined, now: Date, timeZone: string): string {
  const days = stage?.followUpDays;
  if (days === null || days === undefined || !Number.isFinite(days) || days < 0) return '';
  return addDays(dayKeyOf(now, timeZone), days);
}

/** The playbook's first line that says something (list marks and numbering dropped), as a next step to start from. */
export function suggestedNextStep(stage: Pick<StageSetup, 'playbook'> | undefined): string {
  for (const line of (stage?.playbook ?? '').split(/\r?\n/)) {
    const text = line.replace(/^\s*(?:[-*•–]|\d+[.)])\s*/, '').trim();
    if (text) return text;
  }
  return '';
}
