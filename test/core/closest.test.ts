import { closestName } from '../../src/core/closest';

describe('closestName', () => {
  const stages = ['Lead', 'Qualified', 'Proposal', 'Giai đoạn thử', 'Won'];
  it('suggests the stage a typo was meant to be', () => {
    expect(closestName('Qualifed', stages)).toBe('Qualified');
    expect(closestName('propsal', stages)).toBe('Proposal');
  });
  it('finds a Vietnamese stage typed without accents', () => {
    expect(closestName('giai doan thu', stages)).toBe('Giai đoạn thử');
  });
  it('suggests nothing for a value that is not close to any stage', () => {
    expect(closestName('Banana split', stages)).toBeUndefined();
    expect(closestName('', stages)).toBeUndefined();
  });
});
