// Errors said in the spreadsheet's language: a message key and its parameters, English until the runner knows the locale.
import { format } from '../i18n/format';
import { MessageKey, serverMessages } from '../i18n/messages';
import { StagecoachError } from './errors';
import { showValue } from './names';
import type { Locale } from './types';

/** A message of the catalogue with its parameters; a parameter may itself be a phrase, said in the same language. */
export interface Phrase {
  key: MessageKey;
  params?: Record<string, PhraseParam>;
}
export type PhraseParam = string | number | Phrase;

export function say(phrase: Phrase, locale: Locale): string {
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(phrase.params ?? {})) params[name] = typeof value === 'object' ? say(value, locale) : value;
  return format(serverMessages[locale][phrase.key], params);
}

/** A StagecoachError whose message is English; the runner re-says it in the spreadsheet's language. */
export class LocalizedError extends StagecoachError {
  constructor(readonly phrase: Phrase) {
    super(say(phrase, 'en'));
  }

  inLocale(locale: Locale): string {
    return say(this.phrase, locale);
  }
}

export function fail(key: MessageKey, params?: Record<string, PhraseParam>): LocalizedError {
  return new LocalizedError({ key, params });
}

/** A table's header row (or a label) in the spreadsheet's language. */
export function labels(locale: Locale, ...keys: MessageKey[]): string[] {
  return keys.map((key) => serverMessages[locale][key]);
}

/**
 * A cell as a message quotes it, in the message's language: text, numbers and checkboxes as showValue shows them
 * (as typed), a date, a blank or a value that is not a cell at all said in words.
 */
export function shown(value: unknown): PhraseParam {
  if (value instanceof Date)
    return isNaN(value.getTime()) ? { key: 'valueInvalidDate' } : { key: 'valueDate', params: { date: value.toISOString().slice(0, 10) } };
  if (value === null || value === undefined) return { key: 'valueEmpty' };
  if (Array.isArray(value)) return { key: 'valueNestedList' };
  if (typeof value === 'object' || typeof value === 'function' || typeof value === 'symbol' || typeof value === 'bigint')
    return { key: 'valueUnreadable' };
  return showValue(value);
}
