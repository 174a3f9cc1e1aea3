// Message catalogues: English is the reference, every other language must have the same keys.
import type { Locale } from '../core/types';

export type Catalogue<Keys extends string> = Record<Keys, string>;

/** Picks the user's language from a Sheets locale such as "vi", "vi_VN" or "en_US"; anything but Vietnamese is English. */
export function localeFrom(sheetsLocale: string | null | undefined): Locale {
  return /^vi\b|^vi[_-]/i.test(sheetsLocale ?? '') ? 'vi' : 'en';
}

/** Fills `{name}` placeholders; a missing parameter is left visible rather than silently blank. */
export function format(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole));
}

/** A translate function bound to one language of a catalogue pair. */
export function translator<Keys extends string>(catalogues: Record<Locale, Catalogue<Keys>>, locale: Locale) {
  const catalogue = catalogues[locale];
  return (key: Keys, params?: Record<string, string | number>): string => format(catalogue[key], params);
}
