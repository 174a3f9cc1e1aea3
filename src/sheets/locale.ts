// The user's language, from their Sheets locale.
import type { Locale } from '../core/types';
import { localeFrom } from '../i18n/format';
import type { Services } from './gas';

export function userLocale(services: Services): Locale {
  return localeFrom(services.Session.getActiveUserLocale());
}
