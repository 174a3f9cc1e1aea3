import { call, column } from './helpers';

describe('WINRATE', () => {
  it('is won / (won + lost) over closed prospects only', () => {
    expect(call('WINRATE', column('Won', 'Lost', 'Lost', 'Lead', 'Proposal'))).toBe(1 / 3);
  });
  it('reads won and lost statuses on ordinary stages', () => {
    expect(
      call('WINRATE', [
        ['Proposal', 'Closed won'],
        ['Meeting', 'dead'],
        ['Meeting', 'thắng'],
        ['Lead', 'Open'],
      ]),
    ).toBe(2 / 3);
  });
  it('explains that nothing is closed yet', () => {
    expect(() => call('WINRATE', column('Lead'))).toThrow(/No prospect is closed yet/);
  });
});
