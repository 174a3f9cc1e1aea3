import { isBlank, nameKey } from '../../src/core/names';

describe('nameKey', () => {
  it('folds case, spacing, dashes and underscores', () => {
    expect(nameKey('  Closed_-Won   deal ')).toBe('closed won deal');
  });
  it('makes a decomposed Vietnamese name equal to the composed one', () => {
    expect(nameKey('Thất bại'.normalize('NFD'))).toBe(nameKey('Thất bại'));
  });
});

describe('isBlank', () => {
  it('treats empty, null, undefined and white space as blank but not 0 or FALSE', () => {
    expect([ '', null, undefined, '  \t' ].every(isBlank)).toBe(true);
    expect([0, false, 'x'].some(isBlank)).toBe(false);
  });
});
