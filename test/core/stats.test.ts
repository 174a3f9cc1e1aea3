// The median by selection equals the median of the sorted values, for any list (ties, runs, sorted and reversed input).
import fc from 'fast-check';
import { median } from '../../src/core/stats';

const bySorting = (values: number[]) => {
  const sorted = Float64Array.from(values).sort();
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

describe('median', () => {
  it('is the middle value, or the mean of the two middle values, exactly as after a sort', () => {
    const lists = fc.oneof(
      fc.array(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }), { minLength: 1, maxLength: 300 }),
      fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 1, maxLength: 300 }),
      fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 1, maxLength: 300 }).map((a) => a.sort((x, y) => x - y)),
      fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 1, maxLength: 300 }).map((a) => a.sort((x, y) => y - x)),
    );
    fc.assert(
      fc.property(lists, (values) => {
        expect(median(values)).toBe(bySorting(values));
      }),
      { numRuns: 3000 },
    );
    expect(median([3, 1, 2, 10])).toBe(2.5);
    expect(median([7])).toBe(7);
  });
});
