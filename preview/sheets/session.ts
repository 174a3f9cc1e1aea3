// Session: who the user is, their language and the script's time zone.

import type { SessionLike } from '../../src/sheets/gas';
import type { UserContext } from './context';

export class Session implements SessionLike {
  constructor(private readonly ctx: UserContext) {}

  /** The user's language, e.g. "en" or "vi" (Apps Script answers a language code, not a spreadsheet locale). */
  getActiveUserLocale(): string {
    this.ctx.call('Session.getActiveUserLocale');
    return this.ctx.userLocale;
  }

  getScriptTimeZone(): string {
    this.ctx.call('Session.getScriptTimeZone');
    return this.ctx.scriptTimeZone;
  }

  getActiveUser(): { getEmail(): string } {
    this.ctx.call('Session.getActiveUser');
    const ctx = this.ctx;
    return {
      getEmail(): string {
        ctx.call('User.getEmail');
        return ctx.user;
      },
    };
  }
}
