import { asCellText } from '../../src/sheets/cell-text';

describe('asCellText', () => {
  it.each(['=HYPERLINK("http://x","y")', '+1 555', '-5', '@home', "'quoted", '12', '2026-01-05', 'TRUE', '1/2'])(
    'keeps %p as text with a leading apostrophe',
    (text) => {
      expect(asCellText(text)).toBe(`'${text}`);
    },
  );
  it.each(['Proposal', 'Thất bại', 'Price too high', ''])('leaves plain text %p as it is', (text) => {
    expect(asCellText(text)).toBe(text);
  });
});
