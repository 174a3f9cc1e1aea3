// Numbers, percentages and day counts formatted for the UI language with Intl; null shows as "—".
import { currentLocale, t } from './i18n';

export const NONE = '—';

function tag(): string {
  return currentLocale() === 'vi' ? 'vi-VN' : 'en-US';
}

/** 0.375 → "37.5%" (en) or "37,5%" (vi). */
export function percent(fraction: number | null): string {
  if (fraction === null || !Number.isFinite(fraction)) return NONE;
  return new Intl.NumberFormat(tag(), { style: 'percent', maximumFractionDigits: 1 }).format(fraction);
}

/** A whole count with grouping: 1234 → "1,234" (en) or "1.234" (vi). */
export function count(value: number | null): string {
  if (value === null || !Number.isFinite(value)) return NONE;
  return new Intl.NumberFormat(tag(), { maximumFractionDigits: 0 }).format(value);
}

/** A money amount without a currency; a million or more is shortened ("1.3M", "1,3 Tr"). */
export function amount(value: number | null): string {
  if (value === null || !Number.isFinite(value)) return NONE;
  const compact = Math.abs(value) >= 1e6;
  return new Intl.NumberFormat(tag(), compact ? { notation: 'compact', maximumFractionDigits: 1 } : { maximumFractionDigits: 0 }).format(value);
}

/** "1 prospect", "3 prospects" (en) / "3 khách hàng tiềm năng" (vi). */
export function prospectCount(n: number): string {
  return t(n === 1 ? 'prospectOne' : 'prospectMany', { n: count(n) });
}

/** "1 day", "12 days" (en) / "12 ngày" (vi). */
export function days(value: number | null): string {
  if (value === null || !Number.isFinite(value)) return NONE;
  const rounded = Math.round(value * 10) / 10;
  return t(rounded === 1 ? 'dayOne' : 'dayMany', { n: new Intl.NumberFormat(tag(), { maximumFractionDigits: 1 }).format(rounded) });
}

/** An ISO timestamp as a short local date and time ("Mar 10, 2025, 4:05 PM" / "16:05 10/3/2025"); other text as it is. */
export function dateTime(text: string): string {
  if (!/^\d{4}-\d{2}-\d{2}T/.test(text)) return text;
  const when = new Date(text);
  if (Number.isNaN(when.getTime())) return text;
  return new Intl.DateTimeFormat(tag(), { dateStyle: 'medium', timeStyle: 'short' }).format(when);
}
