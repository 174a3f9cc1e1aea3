// The built bundle, run as Apps Script runs it: the formulas Sheets autocompletes and calls.
import { declaredEntryPoints } from '../../scripts/entry-points.cjs';
import { loadBundle, readBundle } from './bundle';

const FORMULAS: Record<string, string[]> = {
  CONVERSION: ['prospects', 'from_stage', 'to_stage', 'pipeline'],
  FUNNEL: ['prospects', 'pipeline', 'values'],
  WINRATE: ['prospects', 'pipeline'],
  PIPELINEVALUE: ['prospects', 'values', 'pipeline'],
  STAGECHECK: ['prospects', 'pipeline'],
  PARETO: ['customers', 'revenue', 'revenue_share'],
  TOPSHARE: ['customers', 'revenue', 'customer_share'],
};

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
    const context = loadBundle();
    const stages = [['Stage'], ['Lead'], ['Meeting'], ['Won'], ['Lost'], ...Array.from({ length: 100000 }, () => [''])];
    const pipeline = [['Lead'], ['Meeting'], ['Won'], ['Lost']];
    expect(context.CONVERSION(stages, undefined, undefined, pipeline)).toBe(1 / 4);
    expect(context.CONVERSION(stages, 'Meeting', '', pipeline)).toBe(1 / 2);
    expect(context.WINRATE(stages, pipeline)).toBe(1 / 2);
    expect(context.FUNNEL(stages, pipeline)[3]).toEqual(['Won', 1, 1, 1 / 2, 1 / 4]);
    expect(context.STAGECHECK(stages, pipeline)).toBe('OK');
    expect(context.PARETO([['A'], ['B']], [[90], [10]])).toBe(1 / 2);
    expect(context.TOPSHARE([['A'], ['B']], [[90], [10]], 0.5)).toBe(0.9);
  });

  it('throws an Error whose message Sheets shows as the tooltip', () => {
    const context = loadBundle();
    expect(() => context.CONVERSION([['Lead'], ['Meetng']], undefined, undefined, [['Lead'], ['Meeting'], ['Won']])).toThrow(
      'Row 2: "Meetng" is not a stage of the pipeline. Did you mean "Meeting"?',
    );
  });

  it('reads the saved Pipeline Setup when the pipeline argument is left out', () => {
    const setup = [
      ['Stage', 'Kind', 'Win probability'],
      ['Enquiry', 'stage', ''],
      ['Site visit', 'stage', ''],
      ['Booked', 'won', ''],
    ];
    const sheet = { getLastRow: () => setup.length, getRange: () => ({ getValues: () => setup }) };
    const SpreadsheetApp = { getActiveSpreadsheet: () => ({ getSheetByName: (name: string) => (name === 'Pipeline Setup' ? sheet : null) }) };
    const context = loadBundle({ SpreadsheetApp });
    expect(context.CONVERSION([['Enquiry'], ['Site visit'], ['Booked']], 'Site visit')).toBe(1 / 2);
  });
});
