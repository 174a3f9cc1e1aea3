// The document lock: one per workbook; two users' services can be interleaved to test contention.

import { createServices, Workbook } from '../../../preview/sheets';

describe('document lock', () => {
  function twoUsers() {
    const wb = new Workbook();
    wb.addSheet('Prospects');
    return {
      wb,
      alice: createServices(wb, { user: 'alice@example.com' }),
      bob: createServices(wb, { user: 'bob@example.com' }),
    };
  }

  test("while one user holds it, another user's waitLock throws Apps Script's timeout error", () => {
    // Wording from Apps Script execution logs ("Lock timeout: another process was holding the lock for too long",
    // quoted in a project's debugging notes found with the code search) and from Apps Script emulators' tests.
    const { alice, bob, wb } = twoUsers();
    const aliceLock = alice.LockService.getDocumentLock()!;
    aliceLock.waitLock(30000);
    expect(aliceLock.hasLock()).toBe(true);
    expect(wb.lock.holderName).toBe('alice@example.com');
    const bobLock = bob.LockService.getDocumentLock()!;
    expect(() => bobLock.waitLock(30000)).toThrow('Lock timeout: another process was holding the lock for too long.');
    expect(bobLock.tryLock(1000)).toBe(false);
    expect(bobLock.hasLock()).toBe(false);
  });

  test('after release the other user gets it', () => {
    const { alice, bob } = twoUsers();
    const aliceLock = alice.LockService.getDocumentLock()!;
    aliceLock.waitLock(1000);
    aliceLock.releaseLock();
    expect(aliceLock.hasLock()).toBe(false);
    const bobLock = bob.LockService.getDocumentLock()!;
    expect(bobLock.tryLock(1000)).toBe(true);
    expect(bobLock.hasLock()).toBe(true);
  });

  test("the holder taking the lock again succeeds, and a non-holder's release changes nothing", () => {
    const { alice, bob } = twoUsers();
    alice.LockService.getDocumentLock()!.waitLock(1000);
    expect(() => alice.LockService.getDocumentLock()!.waitLock(1000)).not.toThrow();
    bob.LockService.getDocumentLock()!.releaseLock();
    expect(alice.LockService.getDocumentLock()!.hasLock()).toBe(true);
  });

  test('two services of the same user are two executions: they exclude each other', () => {
    const wb = new Workbook();
    const first = createServices(wb, { user: 'alice@example.com' });
    const second = createServices(wb, { user: 'alice@example.com' });
    first.LockService.getDocumentLock()!.waitLock(1000);
    expect(second.LockService.getDocumentLock()!.tryLock(0)).toBe(false);
  });
});
