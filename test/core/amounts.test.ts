// Reading amounts typed as text: the one number each means, and none for text that could mean two.
import fc from 'fast-check';
import { isNumberOrBlank, readAmount } from '../../src/core/amounts';

describe('readAmount', () => {
  it.each([
    ['559.000.000', 559_000_000],
    ['1,130,000,000 đ', 1_130_000_000],
    ['1.130.000.000đ', 1_130_000_000],
    ['1.130.000.000 VNĐ', 1_130_000_000],
    ['500.000 VND', 500_000],
    ['VNĐ 500.000', 500_000],
    ['₫1.000.000', 1_000_000],
    ['750.000.000 đồng', 750_000_000],
    ['$60,000', 60_000],
    ['60,000 USD', 60_000],
    ['$60,000.50', 60_000.5],
    ['US$ 1,250,000', 1_250_000],
    ['850tr', 850_000_000],
    ['850 triệu', 850_000_000],
    ['850 Tr', 850_000_000],
    ['1,5 triệu', 1_500_000],
    ['1,2 tỷ', 1_200_000_000],
    ['1.2 tỷ', 1_200_000_000],
    ['2 tỷ', 2_000_000_000],
    ['2 TỶ', 2_000_000_000],
    ['2 tỉ', 2_000_000_000],
    ['2 tỷ đồng', 2_000_000_000],
    ['1 tỷ 200 triệu', 1_200_000_000],
    ['2 tỷ 350tr', 2_350_000_000],
    ['32k', 32_000],
    ['$32K', 32_000],
    ['500 nghìn', 500_000],
    ['$5m', 5_000_000],
    ['1 130 000 000', 1_130_000_000],
    ['1\u00a0130\u00a0000 ₫', 1_130_000],
    ['1.000.000,5', 1_000_000.5],
    ['1,130,000.75', 1_130_000.75],
    ['1234.567', 1234.567],
    ['0.500', 0.5],
    ['12', 12],
    ['  42  ', 42],
    ['-5,000,000 đ', -5_000_000],
    ['1.130 đ', 1130],
    ['1,130 đ', 1130],
  ])('reads %j as %d', (text, expected) => {
    expect(readAmount(text)).toBe(expected);
  });

  it.each([
    // 1.13 or 1130? Nothing in the text tells.
    ['1.130'],
    ['1,130'],
    ['$1.130'],
    ['60.000 USD'],
    ['1.130 tỷ'],
    ['1,130k'],
    ['1 130,000'],
    // Colloquial, or not an amount at all.
    ['1 tỷ 2'],
    ['khoảng 500tr'],
    ['500tr?'],
    ['abc'],
    ['12.5%'],
    ['1e5'],
    ['0123'],
    ['1.2.3'],
    ['11.30.000'],
    ['1,13,000'],
    ['1.000,000,5'],
    ['$500 đ'],
    ['200 triệu 1 tỷ'],
    ['m'],
    ['-'],
    [''],
    ['  '],
  ])('gives no reading for %j', (text) => {
    expect(readAmount(text)).toBeNull();
  });

  it('reads NFD text (as macOS types it) like NFC', () => {
    expect(readAmount('850 triệu'.normalize('NFD'))).toBe(850_000_000);
    expect(readAmount('2 tỷ'.normalize('NFD'))).toBe(2_000_000_000);
  });
});

describe('readAmount properties', () => {
  const groupsOf = (n: number, mark: string) => n.toLocaleString('en-US').replace(/,/g, mark);
  // Thousands (one group mark) as often as big amounts: that is where the ambiguity lies.
  const whole = fc.oneof(fc.integer({ min: 0, max: 999_999 }), fc.integer({ min: 0, max: 999_999_999_999 }));

  it('reads any whole amount grouped the Vietnamese or the English way in đồng as that amount', () => {
    fc.assert(
      fc.property(whole, fc.constantFrom(' đ', 'đ', ' VNĐ', ' VND', ' ₫', ' đồng'), (n, suffix) => {
        expect(readAmount(groupsOf(n, '.') + suffix)).toBe(n);
        expect(readAmount(groupsOf(n, ',') + suffix)).toBe(n);
        expect(readAmount(groupsOf(n, ' ') + suffix)).toBe(n);
      }),
    );
  });

  it('reads a grouped amount without a currency unless a single mark could be a decimal mark', () => {
    fc.assert(
      fc.property(whole, (n) => {
        const oneMark = n >= 1000 && n < 1_000_000;
        expect(readAmount(groupsOf(n, '.'))).toBe(oneMark ? null : n);
        expect(readAmount(groupsOf(n, ','))).toBe(oneMark ? null : n);
        expect(readAmount(groupsOf(n, ' '))).toBe(n);
      }),
    );
  });

  it('reads dollars grouped with commas, with cents or not', () => {
    fc.assert(
      fc.property(whole, fc.integer({ min: 0, max: 99 }), fc.boolean(), (n, cents, prefix) => {
        const text = `${groupsOf(n, ',')}.${String(cents).padStart(2, '0')}`;
        expect(readAmount(prefix ? `$${text}` : `${text} USD`)).toBeCloseTo(n + cents / 100, 6);
      }),
    );
  });

  it('reads millions and billions with one decimal exactly, with a comma or a dot as the decimal mark', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9999 }),
        fc.integer({ min: 1, max: 9 }),
        fc.constantFrom<[string, number]>(['tr', 1e6], [' triệu', 1e6], [' tỷ', 1e9], ['k', 1e3]),
        fc.constantFrom(',', '.'),
        (units, tenth, [word, factor], mark) => {
          expect(readAmount(`${units}${mark}${tenth}${word}`)).toBe(units * factor + (tenth * factor) / 10);
        },
      ),
    );
  });

  it('never reads a lone separator before three digits without a currency that settles it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999 }), fc.integer({ min: 0, max: 999 }), fc.constantFrom('.', ','), (lead, rest, mark) => {
        expect(readAmount(`${lead}${mark}${String(rest).padStart(3, '0')}`)).toBeNull();
      }),
    );
  });

  it('gives a finite number or null for any text, and never throws', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'0123456789.,  -$đ₫kKtrtỷiệuVNDUSabc'.split('')), maxLength: 20 }), (text) => {
        const value = readAmount(text);
        expect(value === null || Number.isFinite(value)).toBe(true);
      }),
    );
  });

  it('reads plain numbers written as text (what String gives) back as those numbers', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e12, max: 1e12, noNaN: true }), (n) => {
        const text = String(n);
        if (/e/.test(text)) return;
        expect(readAmount(text)).toBe(n === 0 ? 0 : n);
      }),
    );
  });
});

describe('isNumberOrBlank', () => {
  it('accepts what the formulas accept in a values column: numbers and blanks only', () => {
    expect([0, 12.5, '', '  ', null, undefined].every(isNumberOrBlank)).toBe(true);
    expect(['12', '850tr', true, new Date(0), NaN, Infinity, '#N/A'].some(isNumberOrBlank)).toBe(false);
  });
});
