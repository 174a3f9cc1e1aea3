import { defaultPipeline, parsePipeline } from '../../src/core/pipeline';

const names = (rows: unknown[][]) => {
  const p = parsePipeline(rows);
  return { steps: p.steps.map((s) => s.name), won: p.won.name, lost: p.lost.map((s) => s.name) };
};

describe('parsePipeline', () => {
  it('reads one column of names, inferring the won and lost stages from their names', () => {
    expect(names([['Lead'], ['Meeting'], ['Closed won'], ['Dead']])).toEqual({
      steps: ['Lead', 'Meeting', 'Closed won'],
      won: 'Closed won',
      lost: ['Dead'],
    });
  });

  it('makes the last name that is not lost the won stage when no name says won', () => {
    expect(names([['Lead'], ['Test drive'], ['Sold'], ['Lost']])).toEqual({ steps: ['Lead', 'Test drive', 'Sold'], won: 'Sold', lost: ['Lost'] });
  });

  it('does not make an earlier row won when the last stage is marked as an ordinary stage', () => {
    expect(() =>
      parsePipeline([
        ['Lead', ''],
        ['Meeting', 'stage'],
        ['Lost', 'lost'],
      ]),
    ).toThrow(/no won stage/);
  });

  it('reads a row of names typed as an array literal', () => {
    expect(names([['Lead', 'Meeting', 'Won', 'Lost']]).steps).toEqual(['Lead', 'Meeting', 'Won']);
  });

  it('reads the setup table with kinds and probabilities and skips its header row', () => {
    const p = parsePipeline([
      ['Stage', 'Kind', 'Win probability'],
      ['Enquiry', 'stage', 0.1],
      ['Site visit', '', '40%'],
      ['Contract', 'stage', 70],
      ['Booked', 'won', ''],
      ['Gone', 'lost', ''],
      ['', '', ''],
    ]);
    expect(p.steps.map((s) => [s.name, s.index, s.probability])).toEqual([
      ['Enquiry', 0, 0.1],
      ['Site visit', 1, 0.4],
      ['Contract', 2, 0.7],
      ['Booked', 3, null],
    ]);
    expect(p.lost.map((s) => s.name)).toEqual(['Gone']);
  });

  it('reads Vietnamese kinds and a Vietnamese header', () => {
    const p = parsePipeline([
      ['Giai đoạn', 'Loại'],
      ['Tiềm năng', 'giai đoạn'],
      ['Chốt đơn', 'thắng'],
      ['Hủy', 'thua'],
    ]);
    expect([p.won.name, p.lost[0].name, p.steps[0].name]).toEqual(['Chốt đơn', 'Hủy', 'Tiềm năng']);
  });

  it('infers Vietnamese won and lost names typed decomposed (NFD)', () => {
    const p = parsePipeline([['Liên hệ'.normalize('NFD')], ['Thành công'.normalize('NFD')], ['Thất bại'.normalize('NFD')]]);
    expect(p.won.index).toBe(1);
    expect(p.lost).toHaveLength(1);
  });

  it('places the won stage after every ordinary stage wherever it is listed', () => {
    const p = parsePipeline([
      ['Won', 'won'],
      ['Lead', ''],
      ['Meeting', ''],
    ]);
    expect(p.steps.map((s) => s.name)).toEqual(['Lead', 'Meeting', 'Won']);
  });

  it.each([
    [[['Lead'], ['lead ']], /names the stage "lead" twice \(rows 1 and 2\)/],
    [
      [
        ['Lead', 'won'],
        ['Sale', 'won'],
      ],
      /2 won stages/,
    ],
    [[['Won']], /no ordinary stage/],
    [
      [
        ['Lead', 'stage'],
        ['Meeting', 'stage'],
      ],
      /no won stage/,
    ],
    [[['Lead'], [3], ['Won']], /row 2: stage names must be text, and 3 is not/],
    [
      [
        ['Lead', 'maybe'],
        ['Won', ''],
      ],
      /the kind "maybe" is not one of stage, won, lost/,
    ],
    [
      [
        ['Lead', '', 'lots'],
        ['Won', '', ''],
      ],
      /"lots" is not a win probability/,
    ],
    [
      [
        ['Lead', '', 150],
        ['Won', '', ''],
      ],
      /150 is not a win probability/,
    ],
    [
      [
        ['Lead', '', -0.2],
        ['Won', '', ''],
      ],
      /-0.2 is not a win probability/,
    ],
    [[[''], ['']], /The pipeline is empty/],
  ])('rejects an invalid pipeline %# with a message naming the broken rule', (rows, message) => {
    expect(() => parsePipeline(rows as unknown[][])).toThrow(message);
  });

  it('has the documented default', () => {
    const p = defaultPipeline();
    expect(p.steps.map((s) => s.name)).toEqual(['Lead', 'Contacted', 'Qualified', 'Meeting', 'Proposal', 'Won']);
    expect(p.lost.map((s) => s.name)).toEqual(['Lost']);
  });
});
