// The add-on's per-document settings in document properties: which sheet, its column layout, and a copy of the setup.
import type { ColumnMap } from '../core/columns';
import type { ColumnMapping, Locale, StageSetup } from '../core/types';
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
  /** The columns found in those headers with the mapping then saved (absent in a layout saved before), for onEdit's one read. */
  columns?: ColumnMap;
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

  /**
   * The setup as last saved; null when there is none, or when the copy is broken (a save that died part-way, an older
   * format): the caller then reads Pipeline Setup. Never throws, never writes.
   */
  get setup(): StageSetup[] | null {
    try {
      const parts = Number(this.properties.getProperty(SETUP_PARTS) ?? '0');
      if (!Number.isInteger(parts) || parts <= 0) return null;
      let text = '';
      for (let i = 0; i < parts; i++) {
        const part = this.properties.getProperty(`${SETUP}.${i}`);
        if (part === null) return null;
        text += part;
      }
      const stages: unknown = JSON.parse(text);
      return Array.isArray(stages) && stages.every(isStageSetup) ? stages : null;
    } catch {
      return null;
    }
  }

  /**
   * How far the copy of `stages` would overflow the room document properties leave it, in bytes (≤ 0: it fits), and
   * that room. `pending` are the other settings the same action saves.
   */
  setupCopyOverflow(stages: readonly StageSetup[], pending: Record<string, string> = {}): { over: number; room: number } {
    const copy = setupCopyEntries(stages);
    let others = RESERVED_BYTES;
    const all = { ...this.properties.getProperties(), ...pending };
    for (const [key, value] of Object.entries(all)) if (!isSetupKey(key)) others += utf8Bytes(key) + utf8Bytes(value);
    let size = 0;
    for (const [key, value] of Object.entries(copy)) size += utf8Bytes(key) + utf8Bytes(value);
    const room = Math.max(0, STORE_LIMIT_BYTES - others);
    return { over: size - room, room };
  }

  /** The values saveMapping and saveLayout would store, for setupCopyOverflow. */
  static pendingValues(mapping: ColumnMapping, layout: Layout): Record<string, string> {
    return { [SHEET]: layout.sheet, [MAPPING]: JSON.stringify(mapping), [LAYOUT]: JSON.stringify(layout) };
  }

  /**
   * Saves the copy of the setup that views read instead of Pipeline Setup; writes nothing when it is unchanged. All
   * chunks are stored in one call (all or none), then chunks left from a longer copy are removed. A setup too large
   * for document properties (Pipeline Setup edited by hand) removes the copy instead: views then read the sheet.
   */
  saveSetupCopy(stages: StageSetup[] | null): void {
    if (stages && JSON.stringify(this.setup) === JSON.stringify(stages)) return; // unchanged: no property writes
    const keys = this.properties.getKeys().filter(isSetupKey);
    if (!stages || this.setupCopyOverflow(stages).over > 0) {
      keys.forEach((key) => this.properties.deleteProperty(key));
      this.dropPollCopy();
      return;
    }
    const entries = setupCopyEntries(stages);
    this.properties.setProperties(entries);
    for (const key of keys) if (!(key in entries)) this.properties.deleteProperty(key);
    this.dropPollCopy();
  }
}

// Document properties hold 9 KB a value and 500 KB in all (Apps Script's quotas page).
export const VALUE_LIMIT_BYTES = 9 * 1024;
export const STORE_LIMIT_BYTES = 500 * 1024;
/** Room kept free for the other settings to grow (a wider header row, a longer mapping) after the setup is saved. */
const RESERVED_BYTES = 20 * 1024;
const SETUP_PARTS = `${SETUP}.parts`;

/** UTF-8 length, as Apps Script counts property sizes: a character takes 1 to 3 bytes, a surrogate pair 4. */
export function utf8Bytes(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    n += code < 0x80 ? 1 : code < 0x800 ? 2 : code >= 0xd800 && code <= 0xdfff ? 2 : 3;
  }
  return n;
}

function isSetupKey(key: string): boolean {
  return key === SETUP_PARTS || /^stagecoach\.setup\.\d+$/.test(key);
}

/** The copy as properties: chunks of JSON (never splitting a character's two halves), and how many there are. */
function setupCopyEntries(stages: readonly StageSetup[]): Record<string, string> {
  const text = JSON.stringify(stages);
  const entries: Record<string, string> = {};
  let parts = 0;
  for (let start = 0; start < text.length; parts++) {
    let end = Math.min(text.length, start + CHUNK);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--; // a high surrogate stays with its low half
    entries[`${SETUP}.${parts}`] = text.slice(start, end);
    start = end;
  }
  entries[SETUP_PARTS] = String(parts);
  return entries;
}

function isStageSetup(value: unknown): value is StageSetup {
  const stage = value as Partial<StageSetup> | null;
  return (
    typeof stage === 'object' &&
    stage !== null &&
    typeof stage.name === 'string' &&
    (stage.kind === 'stage' || stage.kind === 'won' || stage.kind === 'lost') &&
    typeof stage.buyerStep === 'string' &&
    typeof stage.playbook === 'string' &&
    Array.isArray(stage.exitCriteria) &&
    stage.exitCriteria.every((c) => typeof c === 'string')
  );
}

const VIEW = 'stagecoach.view';
/** Long enough for the sidebar to load and ask; short enough that a later opening starts on Prospect. */
const VIEW_SECONDS = 120;

// The requested view lives in the user's cache, not in document properties: taking it is part of a read path
// (getSidebarState), and read paths never write document properties. The key names the document, since the user's
// cache is shared by every document the add-on runs in.
const viewKey = (services: Services) => `${VIEW}.${services.SpreadsheetApp.getActiveSpreadsheet().getId()}`;

/** Remembers the view the menu opened the sidebar on, for the sidebar to ask for. */
export function saveRequestedView(services: Services, view: string): void {
  services.CacheService.getUserCache().put(viewKey(services), view, VIEW_SECONDS);
}

/** The view the menu asked for, once: it is forgotten as it is taken, so later openings start on Prospect. */
export function takeRequestedView(services: Services): string | null {
  const cache = services.CacheService.getUserCache();
  const key = viewKey(services);
  const view = cache.get(key);
  if (view) cache.remove(key);
  return view;
}

// Status column offer and status words: a document's answers, written only by the explicit action that gives them.
const STATUS_OFFER = 'stagecoach.statusOffer';
const STATUS_WORDS = 'stagecoach.statusWords';

/** The answer to "add a Status column?": declined, or null while nobody answered (an added column answers by existing). */
export function statusOfferAnswer(services: Services): 'declined' | null {
  return services.PropertiesService.getDocumentProperties().getProperty(STATUS_OFFER) === 'declined' ? 'declined' : null;
}

/** Remembers that the user declined the Status column: the sidebar does not ask again. */
export function saveStatusOfferDeclined(services: Services): void {
  services.PropertiesService.getDocumentProperties().setProperty(STATUS_OFFER, 'declined');
}

/**
 * The language of the status column's dropdown, as the last Setup save or added Status column wrote it (null:
 * never written, or by a version that listed both languages). Moves write statuses in it, since a strict dropdown
 * refuses other words.
 */
export function statusWordsLocale(services: Services): Locale | null {
  const saved = services.PropertiesService.getDocumentProperties().getProperty(STATUS_WORDS);
  return saved === 'en' || saved === 'vi' ? saved : null;
}

export function saveStatusWordsLocale(services: Services, locale: Locale): void {
  const properties = services.PropertiesService.getDocumentProperties();
  if (properties.getProperty(STATUS_WORDS) !== locale) properties.setProperty(STATUS_WORDS, locale);
}

// The proposed template of a sheet without a setup, per language, in the document cache: the selection poll judges
// rows against it without reading the stage column (and a cache put is no property write).
const PROPOSAL = 'stagecoach.proposal';
const PROPOSAL_SECONDS = 6 * 60 * 60;

/** The proposal last computed for this language ("id|locale"), or null. */
export function cachedProposal(services: Services, locale: Locale): { id: string; locale: Locale } | null {
  const text = services.CacheService.getDocumentCache()?.get(`${PROPOSAL}.${locale}`) ?? null;
  const [id, proposed] = (text ?? '').split('|');
  return id && (proposed === 'en' || proposed === 'vi') ? { id, locale: proposed } : null;
}

export function cacheProposal(services: Services, locale: Locale, proposal: { id: string; locale: Locale }): void {
  const cache = services.CacheService.getDocumentCache();
  const text = `${proposal.id}|${proposal.locale}`;
  if (cache && cache.get(`${PROPOSAL}.${locale}`) !== text) cache.put(`${PROPOSAL}.${locale}`, text, PROPOSAL_SECONDS);
}
