// Apps Script's daily quotas: counted per user, on a clock tests control; a day is 24 hours from its first request.

import { dailyQuotaExceeded, gasError } from './errors';

/** Milliseconds since the epoch, like Date.now (the workbook's `now` option). */
export type Clock = () => number;

const DAY_MS = 24 * 60 * 60 * 1000;

/** Consumer accounts (gmail.com): 50,000 "Properties read/write" a day (Apps Script quotas page). */
export const PROPERTIES_PER_DAY = 50000;

/**
 * One quota of one user. The quotas page says quotas "reset 24 hours after the first request", so the day is a
 * window that opens at the first call and closes 24 hours later (not at midnight).
 */
export class DailyQuota {
  used = 0;
  /** When the current window opened (ms), or null before the first call. */
  windowStart: number | null = null;

  constructor(
    /** The name in Apps Script's error, e.g. "properties". */
    readonly service: string,
    readonly limit: number,
    private readonly now: Clock,
  ) {}

  /** Counts one call, or throws Apps Script's error when the day's calls are used up (the refused call is not counted). */
  take(): void {
    const t = this.now();
    if (this.windowStart === null || t >= this.windowStart + DAY_MS) {
      this.windowStart = t;
      this.used = 0;
    }
    if (this.used >= this.limit) throw gasError(dailyQuotaExceeded(this.service));
    this.used++;
  }

  /** When the count starts again from zero (ms), or null before the first call. */
  resetsAt(): number | null {
    return this.windowStart === null ? null : this.windowStart + DAY_MS;
  }
}

/** One user's daily quotas (shared by all their executions, as quotas are per user). */
export class UserQuotas {
  readonly properties: DailyQuota;

  constructor(now: Clock, limits: { propertiesPerDay?: number } = {}) {
    this.properties = new DailyQuota('properties', limits.propertiesPerDay ?? PROPERTIES_PER_DAY, now);
  }
}
