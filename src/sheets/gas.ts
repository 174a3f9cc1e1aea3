// The slice of Apps Script's services the add-on uses: the real services and the in-memory spreadsheet both satisfy it.
//
// The add-on only ever sees these narrow interfaces. The compile-time checks at the bottom prove that
// Google's real types satisfy them, so a call missing here fails to compile instead of failing in Sheets.

export type CellValue = string | number | boolean | Date;

export interface RangeLike {
  getValues(): CellValue[][];
  getDisplayValues(): string[][];
  getFormulas(): string[][];
  setValues(values: unknown[][]): RangeLike;
  setValue(value: unknown): RangeLike;
  setFormula(formula: string): RangeLike;
  setNumberFormat(format: string): RangeLike;
  setNumberFormats(formats: string[][]): RangeLike;
  setFontWeight(weight: string | null): RangeLike;
  setBackground(color: string | null): RangeLike;
  setWrap(wrap: boolean): RangeLike;
  setDataValidation(rule: DataValidationLike | null): RangeLike;
  getDataValidation(): DataValidationLike | null;
  clearContent(): RangeLike;
  activate(): RangeLike;
  getRow(): number;
  getColumn(): number;
  getNumRows(): number;
  getNumColumns(): number;
  getLastRow(): number;
  getA1Notation(): string;
  getSheet(): SheetLike;
}

export interface RangeListLike {
  getRanges(): RangeLike[];
  setValue(value: unknown): RangeListLike;
}

export interface DataValidationLike {
  getAllowInvalid(): boolean;
  getCriteriaValues(): unknown[];
  getHelpText(): string | null;
}

export interface DataValidationBuilderLike {
  requireValueInList(values: string[], showDropdown?: boolean): DataValidationBuilderLike;
  requireValueInRange(range: RangeLike, showDropdown?: boolean): DataValidationBuilderLike;
  requireCheckbox(): DataValidationBuilderLike;
  setAllowInvalid(allowInvalidData: boolean): DataValidationBuilderLike;
  setHelpText(helpText: string): DataValidationBuilderLike;
  build(): DataValidationLike;
}

export interface BooleanConditionLike {
  getCriteriaValues(): unknown[];
}

export interface ConditionalFormatRuleLike {
  getRanges(): RangeLike[];
  getBooleanCondition(): BooleanConditionLike | null;
}

export interface ConditionalFormatRuleBuilderLike {
  whenFormulaSatisfied(formula: string): ConditionalFormatRuleBuilderLike;
  setBackground(color: string | null): ConditionalFormatRuleBuilderLike;
  setFontColor(color: string | null): ConditionalFormatRuleBuilderLike;
  setRanges(ranges: RangeLike[]): ConditionalFormatRuleBuilderLike;
  build(): ConditionalFormatRuleLike;
}

export interface EmbeddedChartLike {
  getChartId(): number | null;
  getRanges(): RangeLike[];
  getOptions(): { get(option: string): unknown };
  modify(): EmbeddedChartBuilderLike;
}

export interface EmbeddedChartBuilderLike {
  setChartType(type: GoogleAppsScript.Charts.ChartType): EmbeddedChartBuilderLike;
  addRange(range: RangeLike): EmbeddedChartBuilderLike;
  clearRanges(): EmbeddedChartBuilderLike;
  setOption(option: string, value: unknown): EmbeddedChartBuilderLike;
  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): EmbeddedChartBuilderLike;
  setNumHeaders(headers: number): EmbeddedChartBuilderLike;
  setTransposeRowsAndColumns(transpose: boolean): EmbeddedChartBuilderLike;
  build(): EmbeddedChartLike;
}

export interface DeveloperMetadataLocationLike {
  getSheet(): SheetLike | null;
}

export interface DeveloperMetadataLike {
  getId(): number;
  getLocation(): DeveloperMetadataLocationLike;
  getKey(): string;
  getValue(): string | null;
  getVisibility(): GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility;
  setValue(value: string): DeveloperMetadataLike;
  remove(): void;
}

export interface DeveloperMetadataFinderLike {
  withKey(key: string): DeveloperMetadataFinderLike;
  withValue(value: string): DeveloperMetadataFinderLike;
  find(): DeveloperMetadataLike[];
}

export interface ProtectionLike {
  setWarningOnly(warningOnly: boolean): ProtectionLike;
  isWarningOnly(): boolean;
  setDescription(description: string): ProtectionLike;
  getDescription(): string;
  remove(): void;
}

export interface SheetLike {
  getName(): string;
  setName(name: string): SheetLike;
  getSheetId(): number;
  getRange(a1Notation: string): RangeLike;
  getRange(row: number, column: number, numRows?: number, numColumns?: number): RangeLike;
  getRangeList(a1Notations: string[]): RangeListLike;
  getLastRow(): number;
  getLastColumn(): number;
  getMaxRows(): number;
  insertRowsAfter(afterPosition: number, howMany: number): SheetLike;
  getMaxColumns(): number;
  insertColumnsAfter(afterPosition: number, howMany: number): SheetLike;
  setFrozenRows(rows: number): void;
  setColumnWidth(columnPosition: number, width: number): SheetLike;
  activate(): SheetLike;
  clear(): SheetLike;
  getConditionalFormatRules(): ConditionalFormatRuleLike[];
  setConditionalFormatRules(rules: ConditionalFormatRuleLike[]): void;
  getCharts(): EmbeddedChartLike[];
  newChart(): EmbeddedChartBuilderLike;
  insertChart(chart: EmbeddedChartLike): void;
  updateChart(chart: EmbeddedChartLike): void;
  removeChart(chart: EmbeddedChartLike): void;
  addDeveloperMetadata(key: string): SheetLike;
  addDeveloperMetadata(key: string, value: string): SheetLike;
  addDeveloperMetadata(key: string, value: string, visibility: GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility): SheetLike;
  getDeveloperMetadata(): DeveloperMetadataLike[];
  protect(): ProtectionLike;
  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType): ProtectionLike[];
}

export interface SpreadsheetLike {
  getId(): string;
  getSheets(): SheetLike[];
  getSheetByName(name: string): SheetLike | null;
  insertSheet(sheetName: string): SheetLike;
  getActiveSheet(): SheetLike;
  getActiveRange(): RangeLike | null;
  getActiveRangeList(): RangeListLike | null;
  getSpreadsheetLocale(): string;
  getSpreadsheetTimeZone(): string;
  setSpreadsheetTimeZone(timezone: string): void;
  setActiveSheet(sheet: SheetLike): SheetLike;
  setActiveSheet(sheet: SheetLike, restoreSelection: boolean): SheetLike;
  setActiveRange(range: RangeLike): RangeLike;
  setActiveRangeList(rangeList: RangeListLike): RangeListLike;
  setActiveSelection(a1Notation: string): RangeLike;
  createDeveloperMetadataFinder(): DeveloperMetadataFinderLike;
  toast(msg: string, title?: string, timeoutSeconds?: number): void;
}

export interface MenuLike {
  addItem(caption: string, functionName: string): MenuLike;
  addSeparator(): MenuLike;
  addToUi(): void;
}

export interface UiLike {
  createAddonMenu(): MenuLike;
  showSidebar(userInterface: HtmlOutputLike): void;
  alert(prompt: string): GoogleAppsScript.Base.Button;
}

export interface HtmlOutputLike {
  setTitle(title: string): HtmlOutputLike;
  append(addedContent: string): HtmlOutputLike;
  getContent(): string;
}

export interface PropertiesLike {
  getProperty(key: string): string | null;
  setProperty(key: string, value: string): PropertiesLike;
  deleteProperty(key: string): PropertiesLike;
  getKeys(): string[];
  getProperties(): Record<string, string>;
  setProperties(properties: Record<string, string>): PropertiesLike;
  setProperties(properties: Record<string, string>, deleteAllOthers: boolean): PropertiesLike;
}

export interface LockLike {
  waitLock(timeoutInMillis: number): void;
  tryLock(timeoutInMillis: number): boolean;
  releaseLock(): void;
  hasLock(): boolean;
}

export interface SpreadsheetAppLike {
  getActiveSpreadsheet(): SpreadsheetLike;
  getUi(): UiLike;
  newDataValidation(): DataValidationBuilderLike;
  newConditionalFormatRule(): ConditionalFormatRuleBuilderLike;
  flush(): void;
  ProtectionType: { RANGE: GoogleAppsScript.Spreadsheet.ProtectionType; SHEET: GoogleAppsScript.Spreadsheet.ProtectionType };
  DeveloperMetadataVisibility: {
    DOCUMENT: GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility;
    PROJECT: GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility;
  };
}

export interface PropertiesServiceLike {
  getDocumentProperties(): PropertiesLike;
  getUserProperties(): PropertiesLike;
  getScriptProperties(): PropertiesLike;
}

export interface CacheLike {
  get(key: string): string | null;
  getAll(keys: string[]): Record<string, string>;
  put(key: string, value: string): void;
  put(key: string, value: string, expirationInSeconds: number): void;
  putAll(values: Record<string, string>): void;
  putAll(values: Record<string, string>, expirationInSeconds: number): void;
  remove(key: string): void;
  removeAll(keys: string[]): void;
}

export interface CacheServiceLike {
  getDocumentCache(): CacheLike | null;
  getScriptCache(): CacheLike;
  getUserCache(): CacheLike;
}

export interface UtilitiesLike {
  formatDate(date: Date, timeZone: string, format: string): string;
}

export interface LockServiceLike {
  getDocumentLock(): LockLike | null;
}

export interface SessionLike {
  getActiveUserLocale(): string;
  getScriptTimeZone(): string;
  getActiveUser(): { getEmail(): string };
}

export interface HtmlServiceLike {
  createHtmlOutputFromFile(filename: string): HtmlOutputLike;
}

export interface ChartsLike {
  ChartType: { BAR: GoogleAppsScript.Charts.ChartType };
}

/** Everything the add-on touches outside its own code, in one object that Apps Script or the preview supplies. */
export interface Services {
  SpreadsheetApp: SpreadsheetAppLike;
  PropertiesService: PropertiesServiceLike;
  LockService: LockServiceLike;
  Session: SessionLike;
  HtmlService: HtmlServiceLike;
  Charts: ChartsLike;
  CacheService: CacheServiceLike;
  Utilities: UtilitiesLike;
}

// Compile-time proof that Google's own services satisfy the slice above (never executed).
type Satisfies<Narrow, Real extends Narrow> = Real;
export type RealServicesFit = [
  Satisfies<RangeLike, GoogleAppsScript.Spreadsheet.Range>,
  Satisfies<SheetLike, GoogleAppsScript.Spreadsheet.Sheet>,
  Satisfies<SpreadsheetLike, GoogleAppsScript.Spreadsheet.Spreadsheet>,
  Satisfies<SpreadsheetAppLike, GoogleAppsScript.Spreadsheet.SpreadsheetApp>,
  Satisfies<DataValidationBuilderLike, GoogleAppsScript.Spreadsheet.DataValidationBuilder>,
  Satisfies<ConditionalFormatRuleBuilderLike, GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder>,
  Satisfies<EmbeddedChartBuilderLike, GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder>,
  Satisfies<EmbeddedChartLike, GoogleAppsScript.Spreadsheet.EmbeddedChart>,
  Satisfies<UiLike, GoogleAppsScript.Base.Ui>,
  Satisfies<PropertiesServiceLike, GoogleAppsScript.Properties.PropertiesService>,
  Satisfies<LockServiceLike, GoogleAppsScript.Lock.LockService>,
  Satisfies<SessionLike, GoogleAppsScript.Base.Session>,
  Satisfies<HtmlServiceLike, GoogleAppsScript.HTML.HtmlService>,
  Satisfies<ChartsLike, GoogleAppsScript.Charts.Charts>,
  Satisfies<DeveloperMetadataLike, GoogleAppsScript.Spreadsheet.DeveloperMetadata>,
  Satisfies<DeveloperMetadataLocationLike, GoogleAppsScript.Spreadsheet.DeveloperMetadataLocation>,
  Satisfies<DeveloperMetadataFinderLike, GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder>,
  Satisfies<ProtectionLike, GoogleAppsScript.Spreadsheet.Protection>,
  Satisfies<PropertiesLike, GoogleAppsScript.Properties.Properties>,
  Satisfies<CacheServiceLike, GoogleAppsScript.Cache.CacheService>,
  Satisfies<CacheLike, GoogleAppsScript.Cache.Cache>,
  Satisfies<UtilitiesLike, GoogleAppsScript.Utilities.Utilities>,
];
