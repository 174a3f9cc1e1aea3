import { call, column } from './helpers';

const pipeline = column('Lead', 'Visit', 'Offer', 'Won', 'Lost');

describe('FUNNEL', () => {
  it('spills a header and one row per stage with reached, now, step and overall rates', () => {
    const prospects = column('Lead', 'Lead', 'Visit', 'Offer', 'Won', 'Lost', '');
    expect(call('FUNNEL', prospects, pipeline)).toEqual([
      ['Stage', 'Reached', 'Now', 'Step %', 'Overall %'],
      ['Lead', 6, 2, 1, 1],
      ['Visit', 3, 1, 3 / 6, 3 / 6],
      ['Offer', 2, 1, 2 / 3, 2 / 6],
      ['Won', 1, 1, 1 / 2, 1 / 6],
    ]);
  });

  it('counts won prospects on the won row and closed-lost ones nowhere in Now', () => {
    const rows = [
      ['Offer', 'won'],
      ['Offer', 'lost'],
      ['Visit', 'open'],
    ];
    expect(call('FUNNEL', rows, pipeline)).toEqual([
      ['Stage', 'Reached', 'Now', 'Step %', 'Overall %'],
      ['Lead', 3, 0, 1, 1],
      ['Visit', 3, 1, 1, 1],
      ['Offer', 2, 0, 2 / 3, 2 / 3],
      ['Won', 1, 1, 1 / 2, 1 / 3],
    ]);
  });

  it('leaves rates blank where the divisor is zero', () => {
    expect(call('FUNNEL', column(''), pipeline)).toEqual([
      ['Stage', 'Reached', 'Now', 'Step %', 'Overall %'],
      ['Lead', 0, 0, '', ''],
      ['Visit', 0, 0, '', ''],
      ['Offer', 0, 0, '', ''],
      ['Won', 0, 0, '', ''],
    ]);
  });

  it('adds a Value column summing the values of the prospects there now, blank as 0', () => {
    const prospects = column('Stage', 'Lead', 'Lead', 'Offer', 'Won', 'Lost');
    const values = column('Value', 100, '', 250.5, 1000, 999);
    const table = call('FUNNEL', prospects, pipeline, values) as unknown[][];
    expect(table[0]).toEqual(['Stage', 'Reached', 'Now', 'Step %', 'Overall %', 'Value']);
    expect(table.map((row) => row[5])).toEqual(['Value', 100, 0, 250.5, 1000]);
  });

  it('names the row of a value that is not a number', () => {
    expect(() => call('FUNNEL', column('Lead', 'Offer'), pipeline, column(5, '1,000'))).toThrow(
      'Row 2 of the values: "1,000" is not a number. Values must be numbers or blank.',
    );
  });

  it('refuses values that do not line up with the prospects', () => {
    expect(() => call('FUNNEL', column('Lead', 'Offer'), pipeline, column(5))).toThrow(/values range has 1 rows but the prospects range has 2/);
  });

  it('uses the default pipeline when none is given', () => {
    const table = call('FUNNEL', column('Lead')) as unknown[][];
    expect(table.map((r) => r[0])).toEqual(['Stage', 'Lead', 'Contacted', 'Qualified', 'Meeting', 'Proposal', 'Won']);
  });
});
