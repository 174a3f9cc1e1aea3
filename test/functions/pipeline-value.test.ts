import { call, column } from './helpers';

describe('PIPELINEVALUE', () => {
  it('weights open values by the pipeline probabilities', () => {
    const pipeline = [
      ['Lead', 'stage', 0.1],
      ['Offer', 'stage', '50%'],
      ['Won', 'won', ''],
      ['Lost', 'lost', ''],
    ];
    const prospects = column('Lead', 'Offer', 'Offer', 'Won', 'Lost');
    const values = column(1000, 200, '', 5000, 7000);
    expect(call('PIPELINEVALUE', prospects, values, pipeline)).toBeCloseTo(1000 * 0.1 + 200 * 0.5, 9);
  });

  it('learns a missing probability as reached(won) / reached(stage)', () => {
    // Lead: reached 4, won 1 → 0.25; Offer: reached 2 → 0.5.
    const prospects = column('Lead', 'Lead', 'Offer', 'Won');
    const values = column(100, 100, 1000, 50);
    expect(call('PIPELINEVALUE', prospects, values, column('Lead', 'Offer', 'Won'))).toBeCloseTo(200 * 0.25 + 1000 * 0.5, 9);
  });

  it('counts only open prospects (not those closed lost by status)', () => {
    const prospects = [
      ['Offer', 'lost'],
      ['Offer', ''],
    ];
    const pipeline = [
      ['Lead', '', 0.2],
      ['Offer', '', 0.6],
      ['Won', '', ''],
    ];
    expect(call('PIPELINEVALUE', prospects, column(100, 10), pipeline)).toBeCloseTo(6, 9);
  });

  it('needs the values argument', () => {
    expect(() => call('PIPELINEVALUE', column('Lead'))).toThrow('PIPELINEVALUE needs the values argument');
  });
});
