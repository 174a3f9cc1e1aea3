// The add-on's per-document settings in document properties: which sheet, its column layout, and a copy of the setup.
import type { ColumnMapping, StageSetup } from '../core/types';
import type { CacheLike, PropertiesLike, Services } from './gas';

const SHEET = 'stagecoach.sheet';
const MAPPING = 'stagecoach.mapping';
const LAYOUT = 'stagecoach.layout';
const SETUP = 'stagecoach.setup';
// A property value holds at most 9 KB; Vietnamese text takes up to 3 bytes a character in UTF-8.
const CHUNK = 2500;
const POLL_COPY = 'stagecoach.pollCopy';
/**
 * How long the poll's copy lives in the document cache. Every save drops it, so this only bounds how long a copy
 * put by a poll that raced a save can stay stale (and how often an open sidebar reads properties: 48 times in 8 h).
 */
const POLL_COPY_SECONDS = 600;

/** What the selection poll needs from the settings, held in the document cache so a poll reads no property. */
export interface PollCopy {
  layout: Layout | null;
  mapping: ColumnMapping;
  setup: StageSetup[] | null;
}

/** The header row as last read, so the selection poll can read the selected rows alone. */
export interface Layout {
  sheet: string;
  headers: string[];
}

function readJson<T>(properties: PropertiesLike, key: string): T | null {
  const text = properties.getProperty(key);
  if (text === null) return null;
  try {
    return JSON.parse(text) as T;
  } catch {
    return null;
  }
}

/**
 * Reading a setting never writes one: each write is an explicit save, made by an action (saveSetup, a move, opening
 * the sidebar), never by a read path (Apps Script counts property writes against a daily quota, and a view that
 * re-saved what it read could overwrite a newer save made meanwhile by someone else).
 */
export class Settings {
  private readonly properties: PropertiesLike;
  private cache: CacheLike | null | undefined;

  constructor(private readonly services: Services) {
    this.properties = services.PropertiesService.getDocumentProperties();
  }

  /**
   * The layout, mapping and setup copy for the selection poll: from the document cache (Apps Script counts no daily
   * quota on cache reads, and every user's sidebar shares it), else from properties, then cached.
   */
  get pollCopy(): PollCopy {
    const cache = this.documentCache();
    const text = cache?.get(POLL_COPY);
    if (text) {
      try {
        return JSON.parse(text) as PollCopy;
      } catch {
        // A damaged copy is read again from properties below.
      }
    }
    const copy: PollCopy = { layout: this.layout, mapping: this.mapping, setup: this.setup };
    try {
      cache?.put(POLL_COPY, JSON.stringify(copy), POLL_COPY_SECONDS);
    } catch {
      // Over the cache's 100 KB a value: the poll reads properties, as it did before there was a cache.
    }
    return copy;
  }

  private documentCache(): CacheLike | null {
    if (this.cache === undefined) this.cache = this.services.CacheService.getDocumentCache();
    return this.cache;
  }

  /** Every save drops the poll's copy, so the next poll reads the new settings. */
  private dropPollCopy(): void {
    this.documentCache()?.remove(POLL_COPY);
  }

  get prospectsSheet(): string | null {
    return this.properties.getProperty(SHEET);
  }

  saveProspectsSheet(name: string): void {
    if (name === this.properties.getProperty(SHEET)) return;
    this.properties.setProperty(SHEET, name);
    this.dropPollCopy();
  }

  get mapping(): ColumnMapping {
    return readJson<ColumnMapping>(this.properties, MAPPING) ?? {};
  }

  saveMapping(mapping: ColumnMapping): void {
    this.properties.setProperty(MAPPING, JSON.stringify(mapping));
    this.dropPollCopy();
  }

  get layout(): Layout | null {
    return readJson<Layout>(this.properties, LAYOUT);
  }

  saveLayout(layout: Layout): void {
    const text = JSON.stringify(layout);
    if (text === this.properties.getProperty(LAYOUT)) return;
    this.properties.setProperty(LAYOUT, text);
    this.dropPollCopy();
  }

  /** The setup as last saved; null when there is none. Stored in chunks to stay under the 9 KB limit. */
  get setup(): StageSetup[] | null {
    const parts = Number(this.properties.getProperty(`${SETUP}.parts`) ?? '0');
    if (!parts) return null;
    let text = '';
    for (let i = 0; i < parts; i++) text += this.properties.getProperty(`${SETUP}.${i}`) ?? '';
    try {
      return JSON.parse(text) as StageSetup[];
    } catch {
      return null;
    }
  }

  /** Saves the copy of the setup that views read instead of Pipeline Setup; writes nothing when it is unchanged. */
  saveSetupCopy(stages: StageSetup[] | null): void {
    const old = Number(this.properties.getProperty(`${SETUP}.parts`) ?? '0');
    const text = stages ? JSON.stringify(stages) : '';
    if (old > 0 && stages && JSON.stringify(this.setup) === text) return; // unchanged: no property writes
    const parts = Math.ceil(text.length / CHUNK);
    for (let i = 0; i < parts; i++) this.properties.setProperty(`${SETUP}.${i}`, text.slice(i * CHUNK, (i + 1) * CHUNK));
    for (let i = parts; i < old; i++) this.properties.deleteProperty(`${SETUP}.${i}`);
    this.properties.setProperty(`${SETUP}.parts`, String(parts));
    this.dropPollCopy();
  }
}

const VIEW = 'stagecoach.view';

/** Remembers the view the menu opened the sidebar on, for the sidebar to ask for. */
export function saveRequestedView(services: Services, view: string): void {
  services.PropertiesService.getDocumentProperties().setProperty(VIEW, view);
}

/** The view the menu asked for, once: it is forgotten as it is taken, so later openings start on Prospect. */
export function takeRequestedView(services: Services): string | null {
  const properties = services.PropertiesService.getDocumentProperties();
  const view = properties.getProperty(VIEW);
  if (view) properties.deleteProperty(VIEW);
  return view;
}
