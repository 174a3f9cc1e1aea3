// Developer metadata on sheets: key/value tags that stay with the sheet (by id) through renames and moves.

import type { DeveloperMetadataFinderLike, DeveloperMetadataLike, DeveloperMetadataLocationLike, SheetLike } from '../../src/sheets/gas';
import type { UserContext } from './context';
import type { SheetData } from './grid';

export type MetadataVisibility = 'DOCUMENT' | 'PROJECT';

export interface MetadataSpec {
  id: number;
  key: string;
  value: string | null;
  visibility: MetadataVisibility;
}

type Visibility = GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility;

// Members are objects (printing as their names), so addDeveloperMetadata(key, "PROJECT") stays a value, not a visibility.
const member = (name: MetadataVisibility): Visibility => Object.freeze({ toString: () => name, toJSON: () => name }) as unknown as Visibility;
const VISIBILITIES: Record<MetadataVisibility, Visibility> = { DOCUMENT: member('DOCUMENT'), PROJECT: member('PROJECT') };

/** SpreadsheetApp.DeveloperMetadataVisibility, typed as Apps Script's enum. */
export function metadataVisibilities(): Record<MetadataVisibility, Visibility> {
  return VISIBILITIES;
}

export function isVisibility(v: unknown): boolean {
  return v === VISIBILITIES.DOCUMENT || v === VISIBILITIES.PROJECT;
}

/** Visibility from the enum member; Apps Script's default is DOCUMENT. */
export function visibilityOf(v: unknown): MetadataVisibility {
  return v === VISIBILITIES.PROJECT ? 'PROJECT' : 'DOCUMENT';
}

export class DeveloperMetadata implements DeveloperMetadataLike {
  constructor(
    private readonly sheet: SheetData,
    private readonly spec: MetadataSpec,
    private readonly rec: UserContext,
  ) {}

  getId(): number {
    this.rec.call('DeveloperMetadata.getId');
    return this.spec.id;
  }

  /** Where the metadata sits: always a whole sheet here (row, column and range metadata are not modelled). */
  getLocation(): DeveloperMetadataLocationLike {
    this.rec.call('DeveloperMetadata.getLocation');
    return {
      getSheet: (): SheetLike | null => {
        this.rec.call('DeveloperMetadataLocation.getSheet');
        return this.rec.facades.sheet(this.sheet);
      },
    };
  }

  getKey(): string {
    this.rec.call('DeveloperMetadata.getKey');
    return this.spec.key;
  }

  getValue(): string | null {
    this.rec.call('DeveloperMetadata.getValue');
    return this.spec.value;
  }

  getVisibility(): Visibility {
    this.rec.call('DeveloperMetadata.getVisibility');
    return metadataVisibilities()[this.spec.visibility];
  }

  setValue(value: string): DeveloperMetadata {
    this.rec.call('DeveloperMetadata.setValue');
    this.spec.value = String(value);
    return this;
  }

  remove(): void {
    this.rec.call('DeveloperMetadata.remove');
    const i = this.sheet.metadata.findIndex((m) => m.id === this.spec.id);
    if (i >= 0) this.sheet.metadata.splice(i, 1);
  }
}

/** Spreadsheet.createDeveloperMetadataFinder(): searches the metadata of every sheet. */
export class DeveloperMetadataFinder implements DeveloperMetadataFinderLike {
  private key: string | null = null;
  private value: string | null = null;

  constructor(
    private readonly sheets: () => readonly SheetData[],
    private readonly rec: UserContext,
  ) {}

  withKey(key: string): DeveloperMetadataFinder {
    this.rec.call('DeveloperMetadataFinder.withKey');
    this.key = key;
    return this;
  }

  withValue(value: string): DeveloperMetadataFinder {
    this.rec.call('DeveloperMetadataFinder.withValue');
    this.value = value;
    return this;
  }

  find(): DeveloperMetadata[] {
    this.rec.call('DeveloperMetadataFinder.find');
    const found: DeveloperMetadata[] = [];
    for (const sheet of this.sheets()) {
      for (const spec of sheet.metadata) {
        if (this.key !== null && spec.key !== this.key) continue;
        if (this.value !== null && spec.value !== this.value) continue;
        found.push(new DeveloperMetadata(sheet, spec, this.rec));
      }
    }
    return found;
  }
}
