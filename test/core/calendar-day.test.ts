// Days in the spreadsheet's time zone: the same instant is another day in Ho Chi Minh City than in New York.
import { addDays, dayKeyOf, dayOfCell, daysFrom, isDayKey, isKnownTimeZone, midnightOf } from '../../src/core/calendar-day';

describe('calendar days in a time zone', () => {
  it('names the day an instant falls on in the zone, not in UTC', () => {
    const instant = new Date('2025-06-01T18:30:00Z');
    expect(dayKeyOf(instant, 'Asia/Ho_Chi_Minh')).toBe('2025-06-02');
    expect(dayKeyOf(instant, 'America/New_York')).toBe('2025-06-01');
    expect(dayKeyOf(instant, 'UTC')).toBe('2025-06-01');
  });

  it('gives midnight in the zone, also on the day clocks change', () => {
    expect(midnightOf('2025-06-05', 'Asia/Ho_Chi_Minh').toISOString()).toBe('2025-06-04T17:00:00.000Z');
    expect(midnightOf('2025-03-09', 'America/New_York').toISOString()).toBe('2025-03-09T05:00:00.000Z');
    expect(midnightOf('2025-03-10', 'America/New_York').toISOString()).toBe('2025-03-10T04:00:00.000Z');
    for (const day of ['2025-01-01', '2025-03-09', '2025-11-02', '2024-02-29']) {
      expect(dayKeyOf(midnightOf(day, 'America/New_York'), 'America/New_York')).toBe(day);
    }
  });

  it('accepts only real days written YYYY-MM-DD', () => {
    expect(['2025-02-28', '2024-02-29', '1900-01-01'].every(isDayKey)).toBe(true);
    expect(['2025-02-29', '2025-13-01', '2025-6-1', '05/06/2025', '', '2025-06-01T00:00', '1899-12-31'].some(isDayKey)).toBe(false);
  });

  it('counts days between days and adds days across months and years', () => {
    expect(addDays('2025-12-30', 3)).toBe('2026-01-02');
    expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
    expect(daysFrom('2025-05-30', '2025-06-02')).toBe(3);
    expect(daysFrom('2025-06-02', '2025-05-30')).toBe(-3);
  });

  it('reads a follow-up cell: a date at any time of day, ISO text, else nothing', () => {
    const zone = 'Asia/Ho_Chi_Minh';
    expect(dayOfCell(new Date('2025-06-02T16:59:00Z'), zone)).toBe('2025-06-02');
    expect(dayOfCell(new Date('2025-06-02T17:00:00Z'), zone)).toBe('2025-06-03');
    expect(dayOfCell(' 2025-06-02 ', zone)).toBe('2025-06-02');
    expect([dayOfCell('next week', zone), dayOfCell(45810, zone), dayOfCell('', zone), dayOfCell(new Date(NaN), zone)]).toEqual([
      null,
      null,
      null,
      null,
    ]);
  });

  it('tells a time zone it knows from one it does not (the server then says where to set it)', () => {
    expect(isKnownTimeZone('Asia/Ho_Chi_Minh')).toBe(true);
    expect(isKnownTimeZone('Mars/Olympus')).toBe(false);
    expect(() => dayKeyOf(new Date(), 'Mars/Olympus')).toThrow(RangeError);
  });
});
