// CacheService: document, script and user caches with Apps Script's limits, expiring on the workbook's clock.

import type { CacheLike, CacheServiceLike } from '../../src/sheets/gas';
import type { Recorder } from './context';
import { CACHE_KEY_TOO_LARGE, CACHE_VALUE_TOO_LARGE, gasError } from './errors';
import type { Clock } from './quota';

export const CACHE_KEY_LIMIT_CHARS = 250;
export const CACHE_VALUE_LIMIT_BYTES = 100 * 1024;
export const CACHE_DEFAULT_SECONDS = 600;
export const CACHE_MAX_SECONDS = 21600;
export const CACHE_ITEM_LIMIT = 1000;
/** When full, the cache drops about a tenth of its items, oldest put first. */
const EVICTED_WHEN_FULL = 100;

interface Entry {
  value: string;
  expiresAt: number;
}

/** One cache's data (shared by everyone who gets that cache). Used directly by tests (no log). */
export class CacheStore {
  // A Map keeps insertion order, which is the eviction order (a put moves the key to the end).
  private readonly map = new Map<string, Entry>();

  constructor(private readonly now: Clock) {}

  get(key: string): string | null {
    const entry = this.map.get(key);
    if (!entry) return null;
    if (this.now() >= entry.expiresAt) {
      this.map.delete(key);
      return null;
    }
    return entry.value;
  }

  /** Checks every pair before storing any, so a refused putAll stores nothing. */
  putAll(values: Record<string, unknown>, expirationInSeconds?: number): void {
    const entries = Object.entries(values).map(([k, v]) => [k, String(v)] as const);
    for (const [k, v] of entries) check(k, v);
    const seconds = Math.min(expirationInSeconds ?? CACHE_DEFAULT_SECONDS, CACHE_MAX_SECONDS);
    const expiresAt = this.now() + seconds * 1000;
    for (const [k, v] of entries) {
      this.map.delete(k);
      this.dropExpired();
      if (this.map.size >= CACHE_ITEM_LIMIT) this.evictOldest();
      this.map.set(k, { value: v, expiresAt });
    }
  }

  remove(key: string): void {
    check(key, '');
    this.map.delete(key);
  }

  /** Keys of the live items, oldest put first. */
  keys(): string[] {
    this.dropExpired();
    return [...this.map.keys()];
  }

  private dropExpired(): void {
    const t = this.now();
    for (const [k, e] of this.map) if (t >= e.expiresAt) this.map.delete(k);
  }

  private evictOldest(): void {
    let n = 0;
    for (const k of this.map.keys()) {
      if (n++ >= EVICTED_WHEN_FULL) break;
      this.map.delete(k);
    }
  }
}

function check(key: string, value: string): void {
  if (String(key).length > CACHE_KEY_LIMIT_CHARS) throw gasError(CACHE_KEY_TOO_LARGE);
  if (Buffer.byteLength(value, 'utf8') > CACHE_VALUE_LIMIT_BYTES) throw gasError(CACHE_VALUE_TOO_LARGE);
}

export class Cache implements CacheLike {
  constructor(
    private readonly store: CacheStore,
    private readonly rec: Recorder,
  ) {}

  get(key: string): string | null {
    this.rec.call('Cache.get');
    check(key, '');
    return this.store.get(key);
  }

  /** The found pairs only: a missing or expired key is absent from the answer. */
  getAll(keys: string[]): Record<string, string> {
    this.rec.call('Cache.getAll');
    const out: Record<string, string> = {};
    for (const k of keys) {
      check(k, '');
      const v = this.store.get(k);
      if (v !== null) out[k] = v;
    }
    return out;
  }

  put(key: string, value: string, expirationInSeconds?: number): void {
    this.rec.call('Cache.put');
    this.store.putAll({ [key]: value }, expirationInSeconds);
  }

  putAll(values: Record<string, string>, expirationInSeconds?: number): void {
    this.rec.call('Cache.putAll');
    this.store.putAll(values, expirationInSeconds);
  }

  remove(key: string): void {
    this.rec.call('Cache.remove');
    this.store.remove(key);
  }

  removeAll(keys: string[]): void {
    this.rec.call('Cache.removeAll');
    for (const k of keys) this.store.remove(k);
  }
}

export interface CacheStores {
  document: CacheStore;
  script: CacheStore;
  user: CacheStore;
}

export class CacheService implements CacheServiceLike {
  constructor(
    private readonly stores: CacheStores,
    private readonly rec: Recorder,
  ) {}

  /** The cache of the document the add-on runs in (never null here: the preview always has a document). */
  getDocumentCache(): Cache {
    this.rec.call('CacheService.getDocumentCache');
    return new Cache(this.stores.document, this.rec);
  }

  getScriptCache(): Cache {
    this.rec.call('CacheService.getScriptCache');
    return new Cache(this.stores.script, this.rec);
  }

  getUserCache(): Cache {
    this.rec.call('CacheService.getUserCache');
    return new Cache(this.stores.user, this.rec);
  }
}
