// The document lock: one per workbook; a user's services hold it until they release it.

import type { LockLike, LockServiceLike } from '../../src/sheets/gas';
import type { Recorder } from './context';
import { gasError, LOCK_TIMEOUT } from './errors';

/** Who holds the lock. JS runs one call at a time, so a waiter can never see it freed: it times out at once. */
export class DocumentLock {
  holder: object | null = null;
  holderName: string | null = null;

  acquire(owner: object, name: string): boolean {
    if (this.holder !== null && this.holder !== owner) return false;
    this.holder = owner;
    this.holderName = name;
    return true;
  }

  release(owner: object): void {
    if (this.holder === owner) {
      this.holder = null;
      this.holderName = null;
    }
  }
}

export class Lock implements LockLike {
  constructor(
    private readonly state: DocumentLock,
    private readonly owner: object,
    private readonly ownerName: string,
    private readonly rec: Recorder,
  ) {}

  /** Throws Apps Script's timeout error at once when another user holds the lock (waiting could not help). */
  waitLock(_timeoutInMillis: number): void {
    this.rec.call('Lock.waitLock');
    if (!this.state.acquire(this.owner, this.ownerName)) throw gasError(LOCK_TIMEOUT);
  }

  tryLock(_timeoutInMillis: number): boolean {
    this.rec.call('Lock.tryLock');
    return this.state.acquire(this.owner, this.ownerName);
  }

  releaseLock(): void {
    this.rec.call('Lock.releaseLock');
    this.state.release(this.owner);
  }

  hasLock(): boolean {
    this.rec.call('Lock.hasLock');
    return this.state.holder === this.owner;
  }
}

export class LockService implements LockServiceLike {
  constructor(
    private readonly state: DocumentLock,
    private readonly owner: object,
    private readonly ownerName: string,
    private readonly rec: Recorder,
  ) {}

  getDocumentLock(): Lock {
    this.rec.call('LockService.getDocumentLock');
    return new Lock(this.state, this.owner, this.ownerName, this.rec);
  }
}
