// Public entry of the in-memory Google Sheets: the workbook, per-user services, and the types around them.

export { Workbook, WORKBOOK_CELL_LIMIT } from './workbook';
export type { FormulaEvaluator, WorkbookChange, WorkbookOptions } from './workbook';
export { createServices } from './services';
export type { PreviewServices, ServicesOptions } from './services';
export type { Cell, CellInfo, SheetData } from './grid';
export type { IoCounters, IoRecord, MenuEntry, UiRecord, GridRef, HtmlFiles } from './context';
export type { ChartSpec } from './charts';
export type { ConditionalFormatSpec } from './conditional-format';
export { DataValidation } from './validation';
export { PropertyStore, VALUE_LIMIT_BYTES, STORE_LIMIT_BYTES } from './properties';
export { DocumentLock } from './lock';
export { cellA1, columnToLetters, lettersToColumn, parseA1, rectA1, resolveA1 } from './a1';
export type { Rect } from './a1';
export { CacheStore, CACHE_DEFAULT_SECONDS, CACHE_ITEM_LIMIT, CACHE_KEY_LIMIT_CHARS, CACHE_MAX_SECONDS, CACHE_VALUE_LIMIT_BYTES } from './cache';
export { DailyQuota, UserQuotas, PROPERTIES_PER_DAY } from './quota';
export type { Clock } from './quota';
export { formatDate } from './utilities';
