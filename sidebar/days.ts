// Follow-up days ("YYYY-MM-DD", in the spreadsheet's time zone) as people read them: a date, and how far it is from today.
import { dayKeyOf, daysFrom, isDayKey } from '../src/core/calendar-day';
import { days } from './format';
import { currentLocale, t } from './i18n';

/** Today in the spreadsheet's time zone. */
export function todayIn(timeZone: string): string {
  return dayKeyOf(new Date(), timeZone);
}

/** "Dec 5, 2026" / "5 thg 12, 2026": the day itself (no time zone shift: it is a calendar day). */
export function dayText(key: string): string {
  if (!isDayKey(key)) return key;
  const [y, m, d] = key.split('-').map(Number);
  return new Intl.DateTimeFormat(currentLocale() === 'vi' ? 'vi-VN' : 'en-US', { dateStyle: 'medium', timeZone: 'UTC' }).format(
    Date.UTC(y, m - 1, d),
  );
}

/** "3 days overdue", "Due today", "Due in 2 days". */
export function dueText(key: string, today: string): string {
  const late = daysFrom(key, today);
  if (late > 0) return t('overdueBy', { days: days(late) });
  if (late === 0) return t('dueToday');
  return t('dueInDays', { days: days(-late) });
}
