// What a spreadsheet locale changes in how Sheets reads and shows values: decimal mark, grouping, date order.

export interface LocaleRules {
  decimal: string;
  group: string;
  /** Order of day, month and year in dates typed or shown with slashes. */
  dateOrder: 'MDY' | 'DMY' | 'YMD';
  /** Default patterns Sheets applies to a date / date-time with no explicit format. */
  datePattern: string;
  dateTimePattern: string;
}

const COMMA_DECIMAL = new Set(['vi', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'ru', 'id', 'tr', 'pl', 'sv', 'da', 'nb', 'no', 'fi', 'cs', 'ro', 'uk']);
const YEAR_FIRST = new Set(['ja', 'zh', 'ko', 'hu', 'lt']);
const MONTH_FIRST = new Set(['en_US', 'en', 'en_PH', 'es_US']);

const cache = new Map<string, LocaleRules>();

/** Rules for a Sheets locale code such as "en_US", "vi_VN" or "en_GB". */
export function localeRules(locale: string): LocaleRules {
  const key = locale.replace('-', '_');
  let rules = cache.get(key);
  if (rules) return rules;
  const lang = key.split('_')[0]?.toLowerCase() ?? 'en';
  const comma = COMMA_DECIMAL.has(lang);
  const dateOrder = MONTH_FIRST.has(key) ? 'MDY' : YEAR_FIRST.has(lang) ? 'YMD' : 'DMY';
  rules = {
    decimal: comma ? ',' : '.',
    group: comma ? '.' : ',',
    dateOrder,
    datePattern: dateOrder === 'MDY' ? 'M/d/yyyy' : dateOrder === 'DMY' ? 'dd/MM/yyyy' : 'yyyy/MM/dd',
    dateTimePattern: dateOrder === 'MDY' ? 'M/d/yyyy H:mm:ss' : dateOrder === 'DMY' ? 'dd/MM/yyyy HH:mm:ss' : 'yyyy/MM/dd H:mm:ss',
  };
  cache.set(key, rules);
  return rules;
}
