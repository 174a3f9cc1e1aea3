// Months in the spreadsheet's time zone: the calendar shortcut for days inside a month agrees with the zone's clock.
import fc from 'fast-check';
import { innerMonthOfDay, monthClock } from '../../src/core/months';

const DAY = 86_400_000;
const utcMonth = (ms: number) => new Date(ms).getUTCFullYear() * 12 + new Date(ms).getUTCMonth();

describe('innerMonthOfDay', () => {
  it("is Date's UTC month on a month's inner days, and null on its first and last day, over all of Date's range", () => {
    fc.assert(
      fc.property(fc.integer({ min: -100_000_000, max: 100_000_000 }), (day) => {
        const date = new Date(day * DAY);
        const first = date.getUTCDate() === 1;
        const last = new Date((day + 1) * DAY).getUTCDate() === 1;
        expect(innerMonthOfDay(day)).toBe(first || last ? null : utcMonth(day * DAY));
      }),
      { numRuns: 20_000 },
    );
    // Leap days and century rules: 29 Feb 2024 and 2000 are inner days of February, 28 Feb 2023 and 1900 are last days.
    const dayOf = (y: number, m: number, d: number) => Date.UTC(y, m, d) / DAY;
    expect(innerMonthOfDay(dayOf(2024, 1, 28))).toBe(2024 * 12 + 1);
    expect(innerMonthOfDay(dayOf(2024, 1, 29))).toBeNull();
    expect(innerMonthOfDay(dayOf(2000, 1, 28))).toBe(2000 * 12 + 1);
    expect(innerMonthOfDay(dayOf(1900, 1, 28))).toBeNull();
    expect(innerMonthOfDay(dayOf(2023, 1, 28))).toBeNull();
  });
});

describe('monthClock', () => {
  it('puts every instant in the month its wall clock shows in the zone, near month ends included', () => {
    const zones = [
      'Asia/Ho_Chi_Minh',
      'UTC',
      'Pacific/Kiritimati',
      'Pacific/Pago_Pago',
      'America/Sao_Paulo',
      'Australia/Lord_Howe',
      'Asia/Kathmandu',
    ];
    for (const zone of zones) {
      const clock = monthClock(zone);
      const wall = new Intl.DateTimeFormat('en-US', { timeZone: zone, year: 'numeric', month: 'numeric' });
      const expected = (ms: number) => {
        const parts = Object.fromEntries(wall.formatToParts(ms).map((p) => [p.type, p.value]));
        return Number(parts.year) * 12 + Number(parts.month) - 1;
      };
      fc.assert(
        fc.property(fc.integer({ min: Date.UTC(1950, 0, 1), max: Date.UTC(2060, 0, 1) }), fc.integer({ min: -2 * DAY, max: 2 * DAY }), (ms, near) => {
          // Half the instants within two days of a month's start, where the zone decides.
          const at = near % 2 ? ms : Date.UTC(new Date(ms).getUTCFullYear(), new Date(ms).getUTCMonth(), 1) + near;
          expect([zone, at, clock.monthOf(at)]).toEqual([zone, at, expected(at)]);
        }),
        { numRuns: 600 },
      );
    }
  });
});
