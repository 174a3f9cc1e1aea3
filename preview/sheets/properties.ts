// Document properties: one string store per workbook, with Apps Script's size limits (9 KB a value, 500 KB in all).

import type { PropertiesLike, PropertiesServiceLike } from '../../src/sheets/gas';
import type { Recorder } from './context';
import { gasError, PROPERTY_QUOTA } from './errors';

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

export class Properties implements PropertiesLike {
  constructor(
    private readonly store: PropertyStore,
    private readonly rec: Recorder,
  ) {}

  getProperty(key: string): string | null {
    this.rec.call('Properties.getProperty');
    return this.store.get(key);
  }

  setProperty(key: string, value: string): Properties {
    this.rec.call('Properties.setProperty');
    this.store.set(key, value);
    return this;
  }

  deleteProperty(key: string): Properties {
    this.rec.call('Properties.deleteProperty');
    this.store.delete(key);
    return this;
  }

  getKeys(): string[] {
    this.rec.call('Properties.getKeys');
    return this.store.keys();
  }

  getProperties(): Record<string, string> {
    this.rec.call('Properties.getProperties');
    return this.store.entries();
  }
}

export class PropertiesService implements PropertiesServiceLike {
  constructor(
    private readonly store: PropertyStore,
    private readonly rec: Recorder,
  ) {}

  getDocumentProperties(): Properties {
    this.rec.call('PropertiesService.getDocumentProperties');
    return new Properties(this.store, this.rec);
  }
}
