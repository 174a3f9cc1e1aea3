// The document lock and the user's identity: who may change the sheet now, and who made a change.
import type { Services } from './gas';

/**
 * Runs a change under the document lock (other users' changes wait up to 10 s); calls `busy` (which throws)
 * when it stays taken. The lock is always released, whatever the change throws, and only after the change's
 * pending writes are flushed: otherwise the next user could take the lock and read the sheet without them.
 */
export function withDocumentLock<T>(services: Services, change: () => T, busy: () => never): T {
  const lock = services.LockService.getDocumentLock();
  if (lock && !lock.tryLock(10000)) busy();
  try {
    return change();
  } finally {
    try {
      services.SpreadsheetApp.flush();
    } finally {
      lock?.releaseLock();
    }
  }
}

/** The active user's email, or "" when Apps Script will not tell (without the email scope it may refuse). */
export function activeUserEmail(services: Services): string {
  try {
    return services.Session.getActiveUser().getEmail();
  } catch {
    return '';
  }
}
