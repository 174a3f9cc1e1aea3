// The add-on's per-document settings in document properties: which sheet, its column layout, and a copy of the setup.
import type { ColumnMap } from '../core/columns';
import type { ColumnMapping, StageSetup } from '../core/types';
import type { PropertiesLike, Services } from './gas';

const SHEET = 'stagecoach.sheet';
const MAPPING = 'stagecoach.mapping';
const LAYOUT = 'stagecoach.layout';
const SETUP = 'stagecoach.setup';
// A property value holds at most 9 KB; Vietnamese text takes up to 3 bytes a character in UTF-8.
const CHUNK = 2500;

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

  constructor(services: Services) {
    this.properties = services.PropertiesService.getDocumentProperties();
  }

  get prospectsSheet(): string | null {
    return this.properties.getProperty(SHEET);
  }

  saveProspectsSheet(name: string): void {
    if (name !== this.properties.getProperty(SHEET)) this.properties.setProperty(SHEET, name);
  }

  get mapping(): ColumnMapping {
    return readJson<ColumnMapping>(this.properties, MAPPING) ?? {};
  }

  saveMapping(mapping: ColumnMapping): void {
    this.properties.setProperty(MAPPING, JSON.stringify(mapping));
  }

  get layout(): Layout | null {
    return readJson<Layout>(this.properties, LAYOUT);
  }

  saveLayout(layout: Layout): void {
    const text = JSON.stringify(layout);
    if (text !== this.properties.getProperty(LAYOUT)) this.properties.setProperty(LAYOUT, text);
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
