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

/** A money amount without a currency; a million or more is shortened ("1.3M", "32B"; "850 triệu", "32 tỷ"). */
export function amount(value: number | null): string {
  if (value === null || !Number.isFinite(value)) return NONE;
  const size = Math.abs(value);
  if (size < 1e6) return new Intl.NumberFormat(tag(), { maximumFractionDigits: 0 }).format(value);
  if (currentLocale() !== 'vi') return new Intl.NumberFormat(tag(), { notation: 'compact', maximumFractionDigits: 1 }).format(value);
  // Vietnamese amounts as people write them: "850 triệu", "32 tỷ" (Intl's short form says an ambiguous "32 T"). Tỷ
  // from 1.000 triệu up, as the amount rounds in triệu: 950 triệu stays 950 triệu, 999,96 triệu becomes 1 tỷ.
  const [unit, word] = Math.round((size / 1e6) * 10) / 10 >= 1000 ? [1e9, 'tỷ'] : [1e6, 'triệu'];
  return `${new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 }).format(value / unit)} ${word}`;
}

/** Every digit of an amount with grouping, for a fix that writes it: 850000000 → "850,000,000" (en) or "850.000.000" (vi). */
export function exactAmount(value: number): string {
  return new Intl.NumberFormat(tag(), { maximumFractionDigits: 6 }).format(value);
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
