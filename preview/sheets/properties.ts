// Document, user and script properties: string stores with Apps Script's size limits (9 KB a value, 500 KB in all)
// and its daily quota of property reads and writes.

import type { PropertiesLike, PropertiesServiceLike } from '../../src/sheets/gas';
import type { Recorder } from './context';
import { gasError, PROPERTY_QUOTA } from './errors';
import type { DailyQuota } from './quota';

export const VALUE_LIMIT_BYTES = 9 * 1024;
export const STORE_LIMIT_BYTES = 500 * 1024;

const bytes = (s: string): number => Buffer.byteLength(s, 'utf8');

/** The data: shared by every user of the workbook. Used directly by tests and the preview (no log). */
export class PropertyStore {
  private readonly map = new Map<string, string>();

  get(key: string): string | null {
    return this.map.get(key) ?? null;
  }

  /** Stores String(value); refuses a value over 9 KB, or a store over 500 KB, leaving the store unchanged. */
  set(key: string, value: unknown): void {
    const text = String(value);
    if (bytes(text) > VALUE_LIMIT_BYTES) throw gasError(PROPERTY_QUOTA);
    const before = this.map.get(key);
    const total = this.totalBytes() - (before === undefined ? 0 : bytes(key) + bytes(before)) + bytes(key) + bytes(text);
    if (total > STORE_LIMIT_BYTES) throw gasError(PROPERTY_QUOTA);
    this.map.set(key, text);
  }

  delete(key: string): void {
    this.map.delete(key);
  }

  /** Stores every pair, or none when one would break a limit (checked on a copy first). */
  setAll(values: Record<string, unknown>, deleteAllOthers: boolean): void {
    const trial = new PropertyStore();
    if (!deleteAllOthers) for (const [k, v] of this.map) trial.map.set(k, v);
    for (const [k, v] of Object.entries(values)) trial.set(k, v);
    this.map.clear();
    for (const [k, v] of trial.map) this.map.set(k, v);
  }

  clear(): void {
    this.map.clear();
  }

  keys(): string[] {
    return [...this.map.keys()];
  }

  entries(): Record<string, string> {
    return Object.fromEntries(this.map);
  }

  totalBytes(): number {
    let n = 0;
    for (const [k, v] of this.map) n += bytes(k) + bytes(v);
    return n;
  }
}

/** One store as a script sees it: every call is logged and counts toward the user's daily properties quota. */
export class Properties implements PropertiesLike {
  constructor(
    private readonly store: PropertyStore,
    private readonly rec: Recorder,
    private readonly quota: DailyQuota,
  ) {}

  private use(method: string): void {
    this.rec.call(`Properties.${method}`);
    this.quota.take();
  }

  getProperty(key: string): string | null {
    this.use('getProperty');
    return this.store.get(key);
  }

  setProperty(key: string, value: string): Properties {
    this.use('setProperty');
    this.store.set(key, value);
    return this;
  }

  deleteProperty(key: string): Properties {
    this.use('deleteProperty');
    this.store.delete(key);
    return this;
  }

  getKeys(): string[] {
    this.use('getKeys');
    return this.store.keys();
  }

  getProperties(): Record<string, string> {
    this.use('getProperties');
    return this.store.entries();
  }

  setProperties(properties: Record<string, string>, deleteAllOthers = false): Properties {
    this.use('setProperties');
    this.store.setAll(properties, deleteAllOthers);
    return this;
  }

  deleteAllProperties(): Properties {
    this.use('deleteAllProperties');
    this.store.clear();
    return this;
  }
}

export interface PropertyStores {
  document: PropertyStore;
  script: PropertyStore;
  user: PropertyStore;
}

export class PropertiesService implements PropertiesServiceLike {
  constructor(
    private readonly stores: PropertyStores,
    private readonly rec: Recorder,
    private readonly quota: DailyQuota,
  ) {}

  getDocumentProperties(): Properties {
    this.rec.call('PropertiesService.getDocumentProperties');
    return new Properties(this.stores.document, this.rec, this.quota);
  }

  getScriptProperties(): Properties {
    this.rec.call('PropertiesService.getScriptProperties');
    return new Properties(this.stores.script, this.rec, this.quota);
  }

  getUserProperties(): Properties {
    this.rec.call('PropertiesService.getUserProperties');
    return new Properties(this.stores.user, this.rec, this.quota);
  }
}
