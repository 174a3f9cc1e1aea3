// How long the selection poll waits before asking again: 1.5 s while things change, backing off to 15 s while not.

export const POLL_MS = 1500;
export const POLL_MAX_MS = 15000;
/** Unchanged replies in a row before the poll starts slowing down (a user reading the sidebar still sees it live). */
export const UNCHANGED_BEFORE_BACKOFF = 4;

/** The wait after `unchanged` unchanged replies in a row: the base, then doubling each time, at most the maximum. */
export function pollDelay(unchanged: number, baseMs = POLL_MS, maxMs = POLL_MAX_MS): number {
  const doublings = unchanged - UNCHANGED_BEFORE_BACKOFF + 1;
  if (doublings <= 0) return baseMs;
  let delay = baseMs;
  for (let i = 0; i < doublings && delay < maxMs; i++) delay *= 2;
  return Math.min(delay, maxMs);
}
