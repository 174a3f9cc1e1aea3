// The demo workbook: Saigon Auto's leads (about 300 prospects), its Pipeline Setup and six months of Stage History.
import { setupToRows } from '../../src/core/setup';
import { findTemplate } from '../../src/core/templates';
import type { Locale, StageSetup } from '../../src/core/types';
import { Workbook } from '../sheets/workbook';
import { messyLeads } from './messy';
import { demoProspects, type DemoProspect } from './prospects';
import { seededRandom } from './random';
import { COLUMNS, historyRows, leadsRows, showcaseRow, typoRows } from './sheets';
import { DEMO_WORDS } from './words';

export const HISTORY_SHEET = 'Stage History';
export const SETUP_SHEET = 'Pipeline Setup';
export const TIME_ZONE = 'Asia/Ho_Chi_Minh';
/** The second prospects tab: a file as it comes in before any cleanup (no Status column, text amounts, slips). */
export const MESSY_SHEET: Record<Locale, string> = { en: 'Import', vi: 'Dữ liệu nhập' };

export interface DemoOptions {
  /** The language of the demo's cells and pipeline: "en" (default) or "vi". */
  locale?: Locale;
  /** "Today" for the demo (default: now); dates lie in the six months before it. */
  now?: Date;
  seed?: number;
  count?: number;
}

export interface Demo {
  /** Holds the prospects sheet only until `addSetupAndHistory` runs (so that Setup can be saved through the add-on). */
  workbook: Workbook;
  /** The prospects sheet: "Leads" (or "Khách hàng" in Vietnamese). */
  sheet: string;
  prospects: DemoProspect[];
  /** The car-dealer template in the demo's language: the pipeline it follows; the test drive is its moment of truth. */
  stages: StageSetup[];
  /** Sheet rows whose stage is misspelt, with the slip. */
  typos: Map<number, string | number>;
  /** A good first prospect to select: open, at the moment of truth, with every exit criterion filled in. */
  startRow: number;
  /** The messy tab added with Stage History: what a user's own file looks like on first run. */
  messySheet: string;
  /** Writes Pipeline Setup (through `saveSetup`, e.g. the add-on's, or as plain rows), adds Stage History, then the messy tab. */
  addSetupAndHistory(saveSetup?: (stages: StageSetup[]) => void): void;
}

const widths = (pairs: number[][]) => new Map(pairs.map(([column, px]) => [column as number, px as number]));

export function createDemo(options: DemoOptions = {}): Demo {
  const locale = options.locale ?? 'en';
  const words = DEMO_WORDS[locale];
  const now = options.now ?? new Date();
  const seed = options.seed ?? 2024;
  const random = seededRandom(seed);
  const template = findTemplate('car-dealer', locale);
  if (!template) throw new Error('The car-dealer template is missing from src/core/templates.ts.');
  const stages = template.stages;
  const steps = stages.filter((s) => s.kind !== 'lost');
  const prospects = demoProspects(seededRandom(seed + 1), random, words, now, TIME_ZONE, options.count ?? 300, seededRandom(seed + 2));
  const typos = typoRows(prospects, words, random);

  // A Vietnamese spreadsheet shows 1.740.000.000 and reads 0,5: its locale is vi_VN.
  const workbook = new Workbook({ id: 'saigon-auto-demo', locale: locale === 'vi' ? 'vi_VN' : 'en_US', timeZone: TIME_ZONE });
  const rows = leadsRows(prospects, steps, typos, words);
  const leads = workbook.addSheet(words.sheet, rows);
  // Formats cover the whole column, so that rows added later show their values the same way.
  const body = { row: 2, numRows: leads.maxRows - 1, numCols: 1 };
  leads.setOnCells({ ...body, col: COLUMNS.value }, 'format', () => '#,##0');
  leads.setOnCells({ ...body, col: COLUMNS.since }, 'format', () => 'yyyy-mm-dd');
  leads.setOnCells({ ...body, col: COLUMNS.followUp }, 'format', () => 'yyyy-mm-dd');
  leads.setOnCells({ row: 1, col: 1, numRows: 1, numCols: words.headers.length }, 'fontWeight', () => 'bold');
  leads.frozenRows = 1;
  for (const [column, px] of widths([
    [1, 72],
    [2, 170],
    [3, 76],
    [4, 136],
    [5, 72],
    [6, 120],
    [7, 170],
    [8, 104],
    [9, 190],
    [10, 110],
    [11, 230],
    [12, 250],
    [13, 100],
  ])) {
    leads.columnWidths.set(column, px);
  }

  return {
    workbook,
    sheet: words.sheet,
    prospects,
    stages,
    typos: new Map([...typos].map(([index, typo]) => [index + 2, typo])),
    startRow: showcaseRow(prospects, steps, typos),
    messySheet: MESSY_SHEET[locale],
    addSetupAndHistory(saveSetup) {
      if (saveSetup) saveSetup(stages);
      else writeSetupRows(workbook, stages, locale);
      const history = historyRows(prospects, steps, words, locale);
      // Room below the log, so that the first moves append without growing the grid.
      const sheet = workbook.addSheet(HISTORY_SHEET, history, { maxRows: history.length + 500 });
      sheet.setOnCells({ row: 2, col: 1, numRows: sheet.maxRows - 1, numCols: 1 }, 'format', () => 'yyyy-mm-dd hh:mm');
      sheet.setOnCells({ row: 1, col: 1, numRows: 1, numCols: 8 }, 'fontWeight', () => 'bold');
      sheet.frozenRows = 1;
      for (const [column, px] of widths([
        [1, 130],
        [3, 170],
        [4, 136],
        [5, 136],
        [7, 190],
        [8, 200],
      ]))
        sheet.columnWidths.set(column, px);
      addMessySheet(workbook, locale, seed);
    },
  };
}

/** The messy tab, last, so the demo's Leads and its figures stay as they were. */
function addMessySheet(workbook: Workbook, locale: Locale, seed: number): void {
  const { rows, valueColumn } = messyLeads({ kind: 'car-dealer', locale, seed: seed + 2 });
  const sheet = workbook.addSheet(MESSY_SHEET[locale], rows);
  sheet.setOnCells({ row: 2, col: valueColumn, numRows: sheet.maxRows - 1, numCols: 1 }, 'format', () => '#,##0');
  sheet.setOnCells({ row: 1, col: 1, numRows: 1, numCols: rows[0].length }, 'fontWeight', () => 'bold');
  sheet.frozenRows = 1;
  for (const [column, px] of widths([
    [2, 170],
    [4, 150],
    [5, 140],
    [6, 150],
  ]))
    sheet.columnWidths.set(column, px);
}

/** Pipeline Setup in the layout the add-on writes (src/core/setup.ts#setupToRows), without its dropdowns. */
function writeSetupRows(workbook: Workbook, stages: StageSetup[], locale: Locale): void {
  const rows = setupToRows(stages, locale);
  const sheet = workbook.addSheet(SETUP_SHEET, rows);
  sheet.setOnCells({ row: 2, col: 3, numRows: rows.length - 1, numCols: 1 }, 'format', () => '0%');
  sheet.frozenRows = 1;
}

export { COLUMNS };
