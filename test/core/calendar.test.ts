import { calendarDaysBetween, dayClock } from '../../src/core/calendar';

describe('dayClock', () => {
  const saigon = dayClock('Asia/Ho_Chi_Minh');

  it('puts an instant on the date it has in the zone', () => {
    // 17:30 UTC on 1 Dec is 00:30 on 2 Dec in Saigon (UTC+7) and still 1 Dec in London.
    const instant = new Date('2026-12-01T17:30:00Z');
    expect(saigon.isoDate(instant)).toBe('2026-12-02');
    expect(dayClock('Europe/London').isoDate(instant)).toBe('2026-12-01');
    expect(dayClock('America/Los_Angeles').isoDate(instant)).toBe('2026-12-01');
  });

  it("gives a day's start as midnight in the zone, which is what Sheets stores for a typed date", () => {
    const day = saigon.dayOf(new Date('2026-12-02T03:00:00Z'));
    expect(saigon.dayStart(day).toISOString()).toBe('2026-12-01T17:00:00.000Z');
    expect(saigon.dayOf(saigon.dayStart(day))).toBe(day);
  });

  it('keeps midnight right across a daylight-saving change', () => {
    const paris = dayClock('Europe/Paris');
    const day = paris.dayOf(new Date('2026-03-29T12:00:00Z')); // clocks go forward at 02:00 that night
    expect(paris.dayStart(day).toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(paris.dayStart(day + 1).toISOString()).toBe('2026-03-29T22:00:00.000Z');
    expect(calendarDaysBetween(paris, paris.dayStart(day), paris.dayStart(day + 1))).toBe(1);
  });

  it('refuses a zone Intl does not know, saying which', () => {
    expect(() => dayClock('Mars/Olympus')).toThrow(/Mars\/Olympus/);
  });
});
