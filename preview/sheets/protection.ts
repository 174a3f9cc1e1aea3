// Sheet protection: what Sheet.protect() records. A script's own writes pass, as the running user can edit.

import type { ProtectionLike } from '../../src/sheets/gas';
import type { Recorder } from './context';
import type { SheetData } from './grid';

export interface ProtectionSpec {
  description: string;
  warningOnly: boolean;
}

type ProtectionTypeEnum = GoogleAppsScript.Spreadsheet.ProtectionType;

/** SpreadsheetApp.ProtectionType: each member is its name, typed as Apps Script's enum. */
export function protectionTypes(): Record<'RANGE' | 'SHEET', ProtectionTypeEnum> {
  return { RANGE: 'RANGE' as unknown as ProtectionTypeEnum, SHEET: 'SHEET' as unknown as ProtectionTypeEnum };
}

export class Protection implements ProtectionLike {
  constructor(
    private readonly sheet: SheetData,
    private readonly spec: ProtectionSpec,
    private readonly rec: Recorder,
  ) {}

  setWarningOnly(warningOnly: boolean): Protection {
    this.rec.call('Protection.setWarningOnly');
    this.spec.warningOnly = warningOnly;
    return this;
  }

  isWarningOnly(): boolean {
    this.rec.call('Protection.isWarningOnly');
    return this.spec.warningOnly;
  }

  setDescription(description: string): Protection {
    this.rec.call('Protection.setDescription');
    this.spec.description = String(description);
    return this;
  }

  getDescription(): string {
    this.rec.call('Protection.getDescription');
    return this.spec.description;
  }

  getProtectionType(): ProtectionTypeEnum {
    this.rec.call('Protection.getProtectionType');
    return protectionTypes().SHEET;
  }

  remove(): void {
    this.rec.call('Protection.remove');
    if (this.sheet.protection === this.spec) this.sheet.protection = null;
  }
}
