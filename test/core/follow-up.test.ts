// The follow-up date a stage's default gives: whole days after today, today being the spreadsheet's day.
import { dayClock } from '../../src/core/calendar';
import { followUpDaysOf } from '../../src/core/follow-up';
import { blankStage } from '../../src/core/setup';

/** What onEdit writes: midnight, in the zone, of the day `days` after today there. */
function dayInZone(now: Date, days: number, zone: string): Date {
  const clock = dayClock(zone);
  return clock.dayStart(clock.dayOf(now) + days);
}

describe('a follow-up date in the spreadsheet zone', () => {
  it("counts from the day it is in the spreadsheet's zone, not in UTC", () => {
    // 20:30 UTC on 1 Dec is already 2 Dec in Ho Chi Minh City (UTC+7), and still 1 Dec in New York.
    const now = new Date('2026-12-01T20:30:00Z');
    expect(dayInZone(now, 0, 'Asia/Ho_Chi_Minh').toISOString()).toBe('2026-12-01T17:00:00.000Z');
    expect(dayInZone(now, 3, 'Asia/Ho_Chi_Minh').toISOString()).toBe('2026-12-04T17:00:00.000Z');
    expect(dayInZone(now, 1, 'America/New_York').toISOString()).toBe('2026-12-02T05:00:00.000Z');
  });

  it('lands on midnight across a change of summer time', () => {
    // Berlin moves from UTC+1 to UTC+2 on 29 March 2026: midnight of 30 March is 22:00 UTC on the 29th.
    expect(dayInZone(new Date('2026-03-28T12:00:00Z'), 2, 'Europe/Berlin').toISOString()).toBe('2026-03-29T22:00:00.000Z');
  });
});

describe('followUpDaysOf', () => {
  const stages = [blankStage('Enquiry', { followUpDays: 0 }), blankStage('Quote sent', { followUpDays: 3 }), blankStage('Won', { kind: 'won' })];

  it('finds the stage as names are compared (case, spacing), and keeps 0 as "today"', () => {
    expect(followUpDaysOf(stages, ' quote  SENT ')).toBe(3);
    expect(followUpDaysOf(stages, 'Enquiry')).toBe(0);
  });

  it('answers null for a stage without a default, an unknown stage, or a default the sheet holds wrongly', () => {
    expect(followUpDaysOf(stages, 'Won')).toBeNull();
    expect(followUpDaysOf(stages, 'Nowhere')).toBeNull();
    expect(followUpDaysOf([blankStage('Odd', { followUpDays: 1.5 })], 'Odd')).toBeNull();
  });
});
