// StringMap and CellMap answer as a Map would, through growth, hash collisions, look-alike and empty keys.
import fc from 'fast-check';
import { CellMap, StringMap } from '../../src/core/string-map';

describe('StringMap', () => {
  it('finds what was added and nothing else, as a Map<string, number> does', () => {
    const key = fc.oneof(
      fc.string({ maxLength: 3 }),
      fc.string({ unit: 'binary', maxLength: 12 }),
      fc.integer({ min: 0, max: 5000 }).map((n) => `P${n}`),
    );
    fc.assert(
      fc.property(fc.array(key, { maxLength: 3000 }), fc.array(key, { maxLength: 200 }), (added, probes) => {
        const map = new StringMap();
        const reference = new Map<string, number>();
        added.forEach((k, i) => {
          expect(map.get(k)).toBe(reference.get(k));
          if (!reference.has(k)) {
            map.add(k, i);
            reference.set(k, i);
          }
        });
        expect(map.size).toBe(reference.size);
        // Fresh copies of the strings, as a sheet hands them over, find the same entries.
        for (const k of [...added, ...probes]) expect(map.get(k.split('').join(''))).toBe(reference.get(k));
      }),
      { numRuns: 300 },
    );
  });
});

describe('CellMap', () => {
  it('keeps numbers and their text apart, as a Map does', () => {
    const cells = new CellMap();
    cells.add(1001, 1);
    cells.add('1001', 2);
    cells.add(true, 3);
    expect([cells.get(1001), cells.get('1001'), cells.get(true), cells.get('true'), cells.get(1002)]).toEqual([1, 2, 3, undefined, undefined]);
  });
});
