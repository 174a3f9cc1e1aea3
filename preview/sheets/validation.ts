// Data validation rules (dropdown lists, checkboxes) and their builder, as SpreadsheetApp.newDataValidation() makes them.

import type { CellValue, DataValidationBuilderLike, DataValidationLike, RangeLike } from '../../src/sheets/gas';
import type { Recorder } from './context';

export type CriteriaType = 'VALUE_IN_LIST' | 'VALUE_IN_RANGE' | 'CHECKBOX';

/** The cells a "value in range" rule offers: read live, so the dropdown follows edits to that range (see listOf). */
export interface ValueSource {
  range: RangeLike;
  items(): string[];
}

/** An immutable rule; cells share it. Only the criteria the add-on asks for exist: a list, a range, or a checkbox. */
export class DataValidation implements DataValidationLike {
  constructor(
    readonly criteriaType: CriteriaType,
    private readonly fixedList: readonly string[],
    readonly showDropdown: boolean,
    readonly allowInvalid: boolean,
    readonly helpText: string | null,
    private readonly rec?: Recorder,
    readonly source?: ValueSource,
  ) {}

  /** The values the dropdown offers now (a range rule reads its range's non-blank display values). */
  get list(): readonly string[] {
    return this.source ? this.source.items() : this.fixedList;
  }

  getAllowInvalid(): boolean {
    this.rec?.call('DataValidation.getAllowInvalid');
    return this.allowInvalid;
  }

  /** A list rule answers [values, showDropdown], a range rule [range, showDropdown]; a plain checkbox rule answers []. */
  getCriteriaValues(): unknown[] {
    this.rec?.call('DataValidation.getCriteriaValues');
    if (this.criteriaType === 'CHECKBOX') return [];
    return [this.source ? this.source.range : [...this.list], this.showDropdown];
  }

  getCriteriaType(): CriteriaType {
    this.rec?.call('DataValidation.getCriteriaType');
    return this.criteriaType;
  }

  getHelpText(): string | null {
    this.rec?.call('DataValidation.getHelpText');
    return this.helpText;
  }

  copy(): DataValidationBuilder {
    this.rec?.call('DataValidation.copy');
    const b = new DataValidationBuilder(this.rec);
    b.set(this.criteriaType, this.fixedList, this.showDropdown, this.allowInvalid, this.helpText, this.source);
    return b;
  }

  /** Whether a value passes: a blank cell always does; a checkbox wants TRUE/FALSE; a list wants one of its items. */
  accepts(value: CellValue, display: string): boolean {
    if (value === '') return true;
    if (this.criteriaType === 'CHECKBOX') return typeof value === 'boolean';
    return this.list.includes(display);
  }

  /** The same rule, seen through another user's services (so its calls land in that user's log). */
  withRecorder(rec: Recorder | undefined): DataValidation {
    return new DataValidation(this.criteriaType, this.fixedList, this.showDropdown, this.allowInvalid, this.helpText, rec, this.source);
  }
}

/** The sheet data a range rule reads its list from (internal, uncounted reads: they are Sheets' own, not the add-on's). */
interface ListCells {
  workbook: { readonly version: number };
  readDisplay(rect: unknown): string[][];
}

/**
 * The non-blank display values of the list range, read again only after the workbook changed: a write checking many
 * cells reads the list once, and a hand edit of the list is seen by the next check.
 */
function listOf(data: ListCells, rect: unknown): () => string[] {
  let readAt = -1;
  let items: string[] = [];
  return () => {
    if (readAt !== data.workbook.version) {
      items = data
        .readDisplay(rect)
        .flat()
        .filter((text) => text.trim() !== '');
      readAt = data.workbook.version;
    }
    return items;
  };
}

export class DataValidationBuilder implements DataValidationBuilderLike {
  private criteriaType: CriteriaType = 'VALUE_IN_LIST';
  private list: readonly string[] = [];
  private showDropdown = true;
  // A new rule warns rather than refuses, as in Apps Script (see the test citing gas-fakes' builder).
  private allowInvalid = true;
  private helpText: string | null = null;
  private source: ValueSource | undefined;

  constructor(private readonly rec?: Recorder) {}

  /** Internal: pre-fill from an existing rule. */
  set(
    criteriaType: CriteriaType,
    list: readonly string[],
    showDropdown: boolean,
    allowInvalid: boolean,
    helpText: string | null,
    source?: ValueSource,
  ): void {
    this.criteriaType = criteriaType;
    this.list = [...list];
    this.showDropdown = showDropdown;
    this.allowInvalid = allowInvalid;
    this.helpText = helpText;
    this.source = source;
  }

  requireValueInList(values: string[], showDropdown = true): DataValidationBuilder {
    this.rec?.call('DataValidationBuilder.requireValueInList');
    this.criteriaType = 'VALUE_IN_LIST';
    this.list = values.map(String);
    this.showDropdown = showDropdown;
    this.source = undefined;
    return this;
  }

  /** A dropdown of the values in a range, read when a cell is checked, so it follows edits to that range. */
  requireValueInRange(range: RangeLike, showDropdown = true): DataValidationBuilder {
    this.rec?.call('DataValidationBuilder.requireValueInRange');
    const cells = range as unknown as { data?: ListCells; rect?: unknown };
    if (!cells.data || !cells.rect) throw new Error('requireValueInRange needs a range of this spreadsheet.');
    this.criteriaType = 'VALUE_IN_RANGE';
    this.list = [];
    this.showDropdown = showDropdown;
    this.source = { range, items: listOf(cells.data, cells.rect) };
    return this;
  }

  /** A checkbox: the cell holds TRUE (ticked) or FALSE. */
  requireCheckbox(): DataValidationBuilder {
    this.rec?.call('DataValidationBuilder.requireCheckbox');
    this.criteriaType = 'CHECKBOX';
    this.list = [];
    this.source = undefined;
    return this;
  }

  setAllowInvalid(allowInvalidData: boolean): DataValidationBuilder {
    this.rec?.call('DataValidationBuilder.setAllowInvalid');
    this.allowInvalid = allowInvalidData;
    return this;
  }

  setHelpText(helpText: string): DataValidationBuilder {
    this.rec?.call('DataValidationBuilder.setHelpText');
    this.helpText = helpText;
    return this;
  }

  build(): DataValidation {
    this.rec?.call('DataValidationBuilder.build');
    return new DataValidation(this.criteriaType, this.list, this.showDropdown, this.allowInvalid, this.helpText, this.rec, this.source);
  }
}
