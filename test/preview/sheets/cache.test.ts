// CacheService: document, script and user caches, their size limits and expiry on the workbook's clock.

import { createServices, Workbook } from '../../../preview/sheets';

function clock(start = Date.UTC(2025, 0, 1)) {
  let t = start;
  return { now: () => t, advance: (seconds: number) => (t += seconds * 1000) };
}

describe('CacheService', () => {
  // https://developers.google.com/apps-script/reference/cache/cache — get/getAll/put/putAll/remove/removeAll; keys up
  // to 250 characters, values up to 100KB, at most 1,000 items; expiration "the maximum is 21600 seconds (6 hours)",
  // 10 minutes by default. Limits measured in https://justin.poehnelt.com/posts/exploring-apps-script-cacheservice-limits
  // (100KB = 102,400 bytes; when full about 10% of the items go, oldest put first).
  test('a value put is read back until it expires: 600 s by default, the given seconds otherwise, 6 hours at most', () => {
    const c = clock();
    const cache = createServices(new Workbook({ now: c.now })).CacheService.getDocumentCache()!;
    cache.put('default', 'a');
    cache.put('short', 'b', 30);
    cache.put('long', 'c', 99999);
    c.advance(29);
    expect(cache.getAll(['default', 'short', 'long', 'missing'])).toEqual({ default: 'a', short: 'b', long: 'c' });
    c.advance(1);
    expect(cache.get('short')).toBeNull();
    c.advance(570);
    expect(cache.get('default')).toBeNull();
    c.advance(21600 - 600 - 1);
    expect(cache.get('long')).toBe('c');
    c.advance(1);
    expect(cache.get('long')).toBeNull();
  });

  test("a key over 250 characters or a value over 100 KB is refused with Apps Script's error", () => {
    // "Exception: Argument too large: key" past 250 characters: https://github.com/Eloise1988/COINGECKO/issues/13.
    const cache = createServices(new Workbook()).CacheService.getScriptCache();
    expect(() => cache.put('k'.repeat(251), 'v')).toThrow('Argument too large: key');
    expect(() => cache.get('k'.repeat(251))).toThrow('Argument too large: key');
    expect(() => cache.put('k', 'v'.repeat(102401))).toThrow('Argument too large: value');
    cache.put('k'.repeat(250), 'v'.repeat(102400));
    expect(cache.get('k'.repeat(250))).toHaveLength(102400);
  });

  test('putAll with one value too large stores none of the pairs', () => {
    const cache = createServices(new Workbook()).CacheService.getScriptCache();
    expect(() => cache.putAll({ a: '1', b: 'v'.repeat(102401) })).toThrow('Argument too large: value');
    expect(cache.get('a')).toBeNull();
  });

  test('remove and removeAll take items out', () => {
    const cache = createServices(new Workbook()).CacheService.getUserCache();
    cache.putAll({ a: '1', b: '2', c: '3' });
    cache.remove('a');
    cache.removeAll(['b']);
    expect(cache.getAll(['a', 'b', 'c'])).toEqual({ c: '3' });
  });

  test('a full cache drops its oldest hundred items to make room', () => {
    const wb = new Workbook();
    const cache = createServices(wb).CacheService.getScriptCache();
    for (let i = 0; i < 1000; i++) cache.put(`k${i}`, 'v');
    cache.put('new', 'v');
    expect(cache.get('k99')).toBeNull();
    expect(cache.get('k100')).toBe('v');
    expect(wb.scriptCache.keys()).toHaveLength(901);
  });

  test("the document and script caches are shared by users; the user cache is each user's own", () => {
    const wb = new Workbook();
    const alice = createServices(wb, { user: 'alice@example.com' }).CacheService;
    const bob = createServices(wb, { user: 'bob@example.com' }).CacheService;
    alice.getDocumentCache()!.put('d', '1');
    alice.getScriptCache().put('s', '2');
    alice.getUserCache().put('u', '3');
    expect(bob.getDocumentCache()!.get('d')).toBe('1');
    expect(bob.getScriptCache().get('s')).toBe('2');
    expect(bob.getUserCache().get('u')).toBeNull();
  });
});
