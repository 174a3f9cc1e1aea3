import { call, column } from './helpers';

describe('STAGECHECK', () => {
  it('says OK when every row is readable', () => {
    expect(call('STAGECHECK', column('Stage', 'Lead', '', 'Won'))).toBe('OK');
  });

  it('lists every problem with its row within the range, counting the header as row 1', () => {
    const rows = column('Stage', 'Lead', 'Qualifed', 42, '', '#N/A', 'Qualifed');
    expect(call('STAGECHECK', rows)).toEqual([
      ['Row', 'Value', 'Problem', 'Suggestion'],
      [3, 'Qualifed', '"Qualifed" is not a stage of the pipeline.', 'Qualified'],
      [4, 42, '42 is a number, not a stage name.', ''],
      [6, '#N/A', '"#N/A" is an error value, not a stage name.', ''],
      [7, 'Qualifed', '"Qualifed" is not a stage of the pipeline.', 'Qualified'],
    ]);
  });

  it('reports status problems in the two-column form', () => {
    const table = call('STAGECHECK', [
      ['Lead', 'pending'],
      ['', 'won'],
      ['Won', 'lost'],
      ['Lost', 'won'],
      ['Meeting', 'lost'],
    ]) as unknown[][];
    expect(table.slice(1).map((r) => [r[0], r[1], r[3]])).toEqual([
      [1, 'pending', ''],
      [2, 'won', ''],
      [3, 'Won', ''],
      [4, 'Lost', ''],
    ]);
  });

  it("keeps a value holding $' or $& intact in the problem text", () => {
    const table = call('STAGECHECK', column('Stage', "Won$' deal", 'Lead $& co')) as unknown[][];
    expect(table[1][2]).toBe('"Won$\' deal" is not a stage of the pipeline.');
    expect(table[2][2]).toBe('"Lead $& co" is not a stage of the pipeline.');
  });

  it('shows a date as a date and shortens very long text', () => {
    const table = call('STAGECHECK', column(new Date(Date.UTC(2026, 2, 1)), 'x'.repeat(100000))) as unknown[][];
    expect(table[1][1]).toBe('2026-03-01');
    expect((table[2][1] as string).length).toBe(200);
  });
});
