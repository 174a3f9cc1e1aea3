// The sidebar's numbers in both languages: Vietnamese amounts in tỷ and triệu (never "32 T"), decimals and percentages in the locale.
import { amount, count, exactAmount, percent } from '../../sidebar/format';
import { setLocale } from '../../sidebar/i18n';

afterEach(() => setLocale('en'));

describe('amount', () => {
  it('writes Vietnamese amounts as people say them: tỷ and triệu, with a decimal comma', () => {
    setLocale('vi');
    expect(amount(32_000_000_000)).toBe('32 tỷ');
    expect(amount(32_400_000_000)).toBe('32,4 tỷ');
    expect(amount(850_000_000)).toBe('850 triệu');
    expect(amount(1_250_000)).toBe('1,3 triệu');
    expect(amount(1_250_000_000_000)).toBe('1.250 tỷ');
    expect(amount(-2_000_000_000)).toBe('-2 tỷ');
    expect(amount(850_000)).toBe('850.000');
    expect(amount(null)).toBe('—');
  });

  it('never shows the ambiguous short forms Intl gives in Vietnamese', () => {
    setLocale('vi');
    for (const value of [1e6, 5.5e6, 999.96e6, 1e9, 3.2e10, 7.7e11]) expect(amount(value)).not.toMatch(/\bT\b|\bTr\b/);
    expect(amount(999_960_000)).toBe('1 tỷ');
    // Below 1.000 triệu an amount stays in triệu: 950 triệu is not "1 tỷ" (the English side says 950M).
    expect(amount(950_000_000)).toBe('950 triệu');
    expect(amount(999_940_000)).toBe('999,9 triệu');
  });

  it('shortens English amounts to M and B', () => {
    setLocale('en');
    expect(amount(32_000_000_000)).toBe('32B');
    expect(amount(1_250_000)).toBe('1.3M');
    expect(amount(850_000)).toBe('850,000');
  });
});

describe('percent, count and exactAmount', () => {
  it('use the decimal comma and dot grouping in Vietnamese', () => {
    setLocale('vi');
    expect(percent(0.344)).toBe('34,4%');
    expect(count(1234)).toBe('1.234');
    expect(exactAmount(1_130_000_000)).toBe('1.130.000.000');
    expect(exactAmount(60_000.5)).toBe('60.000,5');
  });

  it('use the decimal point and comma grouping in English', () => {
    setLocale('en');
    expect(percent(0.344)).toBe('34.4%');
    expect(count(1234)).toBe('1,234');
    expect(exactAmount(1_130_000_000)).toBe('1,130,000,000');
  });
});
