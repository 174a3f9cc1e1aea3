// The built bundle, run as Apps Script runs it: the formulas Sheets autocompletes and calls.
import vm from 'node:vm';
import { declaredEntryPoints } from '../../scripts/entry-points.cjs';
import { loadBundle, readBundle } from './bundle';

const FORMULAS: Record<string, string[]> = {
  CONVERSION: ['prospects', 'from_stage', 'to_stage', 'pipeline'],
  FUNNEL: ['prospects', 'pipeline', 'values'],
  WINRATE: ['prospects', 'pipeline'],
  PIPELINEVALUE: ['prospects', 'values', 'pipeline'],
  STAGECHECK: ['prospects', 'pipeline'],
  PARETO: ['customers', 'revenue', 'revenue_share', 'prospects', 'pipeline'],
  TOPSHARE: ['customers', 'revenue', 'customer_share', 'prospects', 'pipeline'],
  CYCLETIME: ['history', 'from_stage', 'to_stage', 'statistic', 'pipeline'],
  STAGETIME: ['history', 'pipeline'],
  VELOCITY: ['prospects', 'values', 'history', 'pipeline'],
  COHORTS: ['prospects', 'created', 'to_stage', 'pipeline'],
  FORECAST: ['prospects', 'values', 'close_dates', 'pipeline'],
  LOSTREASONS: ['prospects', 'reasons', 'values', 'pipeline'],
  BYOWNER: ['prospects', 'owners', 'values', 'pipeline'],
  CALIBRATION: ['prospects', 'pipeline'],
};

/**
 * Apps Script's SpreadsheetApp as a custom function sees it: the spreadsheet's locale and time zone, maybe a Pipeline
 * Setup; a sheet with `tab` carries the add-on's mark (developer metadata stagecoach.tab = tab).
 */
function spreadsheetApp(locale = 'en_US', sheets: Record<string, { tab?: string }> = {}) {
  const finder = (key = '', value = '') => ({
    withKey: (k: string) => finder(k, value),
    withValue: (v: string) => finder(key, v),
    find: () =>
      Object.values(sheets)
        .filter((sheet) => key === 'stagecoach.tab' && sheet.tab === value)
        .map((sheet) => ({ getLocation: () => ({ getSheet: () => sheet }) })),
  });
  const spreadsheet = {
    getSpreadsheetLocale: () => locale,
    getSpreadsheetTimeZone: () => 'Asia/Ho_Chi_Minh',
    getSheetByName: (name: string) => sheets[name] ?? null,
    createDeveloperMetadataFinder: () => finder(),
  };
  return { SpreadsheetApp: { getActiveSpreadsheet: () => spreadsheet } };
}

describe('dist/Code.js', () => {
  const code = readBundle();
  const declared = declaredEntryPoints(code);

  it('declares every formula as a top-level function with its parameter names', () => {
    for (const [name, params] of Object.entries(FORMULAS)) {
      expect(declared.find((f) => f.name === name)?.params).toEqual(params);
    }
  });

  it('carries the help Sheets shows: a summary, one @param per argument with an example, @return and @customfunction', () => {
    for (const [name, params] of Object.entries(FORMULAS)) {
      const { jsdoc } = declared.find((f) => f.name === name)!;
      expect(jsdoc).toMatch(/^\/\*\*\n \* [A-Z].+\n/);
      for (const param of params) expect(jsdoc).toMatch(new RegExp(`@param \\{[^}]+\\} ${param} .*e\\.g\\. `));
      expect(jsdoc).toMatch(/@return .+/);
      expect(jsdoc).toContain('@customfunction');
    }
  });

  it('needs no require, process or module system', () => {
    const context = loadBundle();
    expect(typeof context.CONVERSION).toBe('function');
    expect(code).not.toMatch(/\brequire\(|\bprocess\.|\bimport\(|^export /m);
  });

  it('computes the formulas from the 2-D arrays Sheets passes, including 100,000 trailing blanks', () => {
    const context = loadBundle(spreadsheetApp());
    const stages = [['Stage'], ['Lead'], ['Meeting'], ['Won'], ['Lost'], ...Array.from({ length: 100000 }, () => [''])];
    const pipeline = [['Lead'], ['Meeting'], ['Won'], ['Lost']];
    expect(context.CONVERSION(stages, undefined, undefined, pipeline)).toBe(1 / 4);
    expect(context.CONVERSION(stages, 'Meeting', '', pipeline)).toBe(1 / 2);
    expect(context.WINRATE(stages, pipeline)).toBe(1 / 2);
    expect(context.FUNNEL(stages, pipeline)[3]).toEqual(['Won', 1, 1, 1 / 2, 1 / 4]);
    expect(context.STAGECHECK(stages, pipeline)).toBe('OK');
    expect(context.PARETO([['A'], ['B']], [[90], [10]])).toBe(1 / 2);
    expect(context.TOPSHARE([['A'], ['B']], [[90], [10]], 0.5)).toBe(0.9);
    expect(context.PARETO([['A'], ['B']], [[90], [10]], 1, [['Won'], ['Lead']], pipeline)).toBe(1);
  });

  it('computes the history, owner and date formulas from the new entry points', () => {
    const context = loadBundle(spreadsheetApp());
    const pipeline = [['Lead'], ['Meeting'], ['Won'], ['Lost']];
    // Dates made in the bundle's own global scope, as Apps Script's are.
    const RealmDate = vm.runInContext('Date', context) as DateConstructor;
    const at = (day: number) => new RealmDate(Date.UTC(2026, 0, day));
    const history = [
      ['When', 'ID', 'Prospect', 'From', 'To', 'Status', 'By', 'Note', 'Change'],
      [at(1), 'P1', 'An', '', 'Lead', '', '', '', ''],
      [at(3), 'P1', 'An', 'Lead', 'Meeting', '', '', '', ''],
      [at(11), 'P1', 'An', 'Meeting', 'Won', '', '', '', ''],
    ];
    const stages = [['Won'], ['Meeting'], ['Lost']];
    expect(context.CYCLETIME(history, undefined, undefined, undefined, pipeline)).toBe(10);
    expect(context.STAGETIME(history, pipeline)).toEqual([
      ['Stage', 'Median days', 'Stays', 'Still in stage'],
      ['Lead', 2, 1, 0],
      ['Meeting', 8, 1, 0],
    ]);
    expect(context.VELOCITY(stages, [[100], [50], [10]], history, pipeline)).toBe((1 * 100 * 0.5) / 10);
    expect(context.COHORTS(stages, [[at(5)], [at(6)], ['']], undefined, pipeline)[1].slice(1)).toEqual([2, 1, 0.5, 1]);
    expect(context.FORECAST(stages, [[100], [50], [10]], [[''], [''], ['']], pipeline).at(-1)).toEqual(['Total', 1, 50, 50 * (1 / 2)]);
    expect(context.LOSTREASONS(stages, [[''], [''], ['Price']], undefined, pipeline)).toEqual([
      ['Reason', 'Lost', 'Share'],
      ['Price', 1, 1],
    ]);
    expect(context.BYOWNER(stages, [['Mai'], ['Mai'], ['']], undefined, pipeline)[1]).toEqual(['Mai', 2, 1, 1, 0, 1, 0.5]);
    expect(context.CALIBRATION(stages, pipeline)[1]).toEqual(['Lead', '', 1 / 2, 2]);
  });

  it("speaks the spreadsheet's language in headers and errors", () => {
    const context = loadBundle(spreadsheetApp('vi_VN'));
    const pipeline = [['Lead'], ['Won']];
    expect(context.FUNNEL([['Lead']], pipeline)[0]).toEqual(['Giai đoạn', 'Đã đến', 'Hiện tại', '% bước', '% tổng']);
    expect(() => context.CONVERSION([['Leed'], ['x']], undefined, undefined, pipeline)).toThrow(/^Dòng 1: /);
  });

  it('throws an Error whose message Sheets shows as the tooltip', () => {
    const context = loadBundle(spreadsheetApp());
    expect(() => context.CONVERSION([['Lead'], ['Meetng']], undefined, undefined, [['Lead'], ['Meeting'], ['Won']])).toThrow(
      'Row 2: "Meetng" is not a stage of the pipeline. Did you mean "Meeting"?',
    );
  });

  it('reads the saved Pipeline Setup, found by its mark whatever its name, when the pipeline argument is left out', () => {
    const setup = [
      ['Stage', 'Kind', 'Win probability'],
      ['Enquiry', 'stage', ''],
      ['Site visit', 'stage', ''],
      ['Booked', 'won', ''],
    ];
    const sheet = { tab: 'setup', getLastRow: () => setup.length, getRange: () => ({ getValues: () => setup }) };
    const context = loadBundle(spreadsheetApp('en_US', { 'Our stages': sheet }));
    expect(context.CONVERSION([['Enquiry'], ['Site visit'], ['Booked']], 'Site visit')).toBe(1 / 2);
  });
});
