import { call, column } from './helpers';

// Net revenue: A 500, B 300, C 100, D 60, E 40 → T = 1000; C_j = 500, 800, 900, 960, 1000.
const customers = column('Customer', 'A', 'B', 'a ', 'C', 'D', 'E', '', 'F');
const revenue = column('Revenue', 450, 300, 50, 100, 60, 40, 9999, -20);

describe('PARETO', () => {
  it('is the share of customers that brings 80% of revenue, skipping the header and rows with no customer', () => {
    expect(call('PARETO', customers, revenue)).toBe(2 / 5);
  });
  it('takes another revenue share', () => {
    expect(call('PARETO', customers, revenue, 0.5)).toBe(1 / 5);
    expect(call('PARETO', customers, revenue, 1)).toBe(5 / 5);
  });
  it('sums a customer across rows net of refunds and drops customers with no positive net revenue', () => {
    expect(call('PARETO', column('X', 'Y', 'X', 'Z'), column(100, 50, -100, 50), 1)).toBe(1);
  });
  it('matches a numeric ID with the same ID typed as text', () => {
    expect(call('TOPSHARE', column(1001, '1001', 7), column(60, 30, 10), 0.5)).toBe(0.9);
  });
  it.each([
    [[customers, column(1, 2)], /customers range has 9 rows but the revenue range has 2/],
    [[column('A', 'B'), column(5, 'lots')], /Row 2 of the revenue: "lots" is not a number/],
    [[column('A'), column(0)], /No customer has positive revenue/],
    [[customers, revenue, 80], /80 is not a share.*For 80%, write 0.8/],
    [[customers, revenue, 0], /0 is not a share/],
  ])('refuses bad input %# with a clear message', (args, message) => {
    expect(() => call('PARETO', ...args)).toThrow(message);
  });
});

describe('TOPSHARE', () => {
  it('is the share of revenue from the top 20% of customers', () => {
    expect(call('TOPSHARE', customers, revenue)).toBe(500 / 1000);
  });
  it('rounds the number of customers up, without float noise adding one', () => {
    const ten = column(...'ABCDEFGHIJ'.split(''));
    const amounts = column(10, 9, 8, 7, 6, 5, 4, 3, 2, 1);
    expect(call('TOPSHARE', ten, amounts, 0.2)).toBe(19 / 55);
    expect(call('TOPSHARE', ten, amounts, 0.7)).toBe(49 / 55);
    expect(call('TOPSHARE', ten, amounts, 0.21)).toBe(27 / 55);
  });
});
