// Data validation rules (dropdown lists, checkboxes) and their builder, as SpreadsheetApp.newDataValidation() makes them.

import type { CellValue, DataValidationBuilderLike, DataValidationLike } from '../../src/sheets/gas';
import type { Recorder } from './context';

export type CriteriaType = 'VALUE_IN_LIST' | 'CHECKBOX';

/** An immutable rule; cells share it. Only the criteria the add-on asks for exist: a list, or a checkbox. */
export class DataValidation implements DataValidationLike {
  constructor(
    readonly criteriaType: CriteriaType,
    readonly list: readonly string[],
    readonly showDropdown: boolean,
    readonly allowInvalid: boolean,
    readonly helpText: string | null,
    private readonly rec?: Recorder,
  ) {}

  getAllowInvalid(): boolean {
    this.rec?.call('DataValidation.getAllowInvalid');
    return this.allowInvalid;
  }

  /** A list rule answers [values, showDropdown]; a plain checkbox rule answers []. */
  getCriteriaValues(): unknown[] {
    this.rec?.call('DataValidation.getCriteriaValues');
    return this.criteriaType === 'CHECKBOX' ? [] : [[...this.list], this.showDropdown];
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
    b.set(this.criteriaType, this.list, this.showDropdown, this.allowInvalid, this.helpText);
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
    return new DataValidation(this.criteriaType, this.list, this.showDropdown, this.allowInvalid, this.helpText, rec);
  }
}

export class DataValidationBuilder implements DataValidationBuilderLike {
  private criteriaType: CriteriaType = 'VALUE_IN_LIST';
  private list: readonly string[] = [];
  private showDropdown = true;
  // A new rule warns rather than refuses, as in Apps Script (see the test citing gas-fakes' builder).
  private allowInvalid = true;
  private helpText: string | null = null;

  constructor(private readonly rec?: Recorder) {}

  /** Internal: pre-fill from an existing rule. */
  set(criteriaType: CriteriaType, list: readonly string[], showDropdown: boolean, allowInvalid: boolean, helpText: string | null): void {
    this.criteriaType = criteriaType;
    this.list = [...list];
    this.showDropdown = showDropdown;
    this.allowInvalid = allowInvalid;
    this.helpText = helpText;
  }

  requireValueInList(values: string[], showDropdown = true): DataValidationBuilder {
    this.rec?.call('DataValidationBuilder.requireValueInList');
    this.criteriaType = 'VALUE_IN_LIST';
    this.list = values.map(String);
    this.showDropdown = showDropdown;
    return this;
  }

  /** A checkbox: the cell holds TRUE (ticked) or FALSE. */
  requireCheckbox(): DataValidationBuilder {
    this.rec?.call('DataValidationBuilder.requireCheckbox');
    this.criteriaType = 'CHECKBOX';
    this.list = [];
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
    return new DataValidation(this.criteriaType, this.list, this.showDropdown, this.allowInvalid, this.helpText, this.rec);
  }
}
