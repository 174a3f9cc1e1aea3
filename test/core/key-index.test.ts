// KeyIndex answers as a Map keyed by nameKey(String(cell)) does: through prefixes, leading zeros, dense and sparse
// numbering, long digit runs, numbers and look-alikes.
import fc from 'fast-check';
import { KeyIndex } from '../../src/core/key-index';
import { nameKey, prefixKey } from '../../src/core/names';

// IDs as people type them.
const idCell = fc.oneof(
  fc
    .tuple(
      fc.constantFrom('', 'P', 'p', 'KH', 'KH-', 'kh ', 'Ｐ', ' P', 'P ', 'SA-', 'sa_', 'Sa  ', 'Phạm ', 'Pha\u0323m ', 'ΑΣ'),
      fc.oneof(fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 0, max: 999_999_999 })),
      fc.integer({ min: 0, max: 3 }),
      fc.constantFrom('', '', ' ', '-'),
    )
    .map(([prefix, n, zeros, end]) => prefix + '0'.repeat(zeros) + n + end),
  fc.stringMatching(/^[A-Z]?[0-9]{8,12}$/),
  fc.string({ unit: 'binary', maxLength: 6 }),
  fc.oneof(fc.integer({ min: 0, max: 50 }), fc.integer({ min: -5, max: 2_000_000_000 }), fc.double({ min: -10, max: 10, noNaN: true })),
);

describe('KeyIndex', () => {
  it('finds a cell when a cell of the same key was added, and nothing else', () => {
    fc.assert(
      fc.property(fc.array(idCell, { maxLength: 2000 }), fc.array(idCell, { maxLength: 200 }), (added, probes) => {
        const index = new KeyIndex();
        const reference = new Map<string, number>();
        const key = (cell: string | number) => nameKey(String(cell));
        added.forEach((cell, i) => {
          expect(index.get(cell)).toBe(reference.get(key(cell)) ?? -1);
          if (!reference.has(key(cell))) {
            index.add(cell, i);
            reference.set(key(cell), i);
          }
        });
        const fresh = (cell: string | number) => (typeof cell === 'string' ? cell.split('').join('') : cell);
        for (const cell of [...added, ...probes]) expect(index.get(fresh(cell))).toBe(reference.get(key(cell)) ?? -1);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps "P007", "P07" and "P7" apart, and finds "SA-0047" as " sa 0047" and 1001 as "1001"', () => {
    const index = new KeyIndex();
    ['P007', 'P07', 'P7', 'SA-0047'].forEach((id, i) => index.add(id, i));
    index.add(1001, 9);
    expect(['P007', 'P07', 'P7', 'p7', 'P0007', ' sa 0047', 'SA_0047 ', '1001', 1001, 1002].map((id) => index.get(id))).toEqual([
      0, 1, 2, 2, -1, 3, 3, 9, 9, -1,
    ]);
  });

  it('holds a million IDs numbered in order, and IDs that start high or go down', () => {
    const index = new KeyIndex();
    for (let n = 0; n < 1_000_000; n++) index.add(`P${n}`, n);
    for (let n = 0; n < 3000; n++) index.add(`Q${900_000 - n * 7}`, n);
    expect([index.get('P0'), index.get('P999999'), index.get('P500000'), index.get('P1000000'), index.get('Q900000'), index.get('Q879007')]).toEqual([
      0, 999_999, 500_000, -1, 0, 2999,
    ]);
  });

  it('never sees two IDs that are rows apart as one, and a blank or a value that is no text never as a prospect', () => {
    const index = new KeyIndex();
    index.add('P1', 0);
    expect([index.get(''), index.get(' '), index.get(true), index.get(null), index.get(new Date(0)), index.get('P2')]).toEqual([
      -1, -1, -1, -1, -1, -1,
    ]);
  });
});

describe('prefixKey', () => {
  it('is the key of text that digits follow: nameKey(prefix + digits) = prefixKey(prefix) + digits', () => {
    const prefix = fc.oneof(
      fc.string({ maxLength: 6 }),
      fc.string({ unit: 'binary', maxLength: 6 }),
      fc.constantFrom(' ', '  ', '-', 'SA-', ' Σ', 'ΑΣ', 'Pha\u0323m', 'e\u0301', 'İ', '\u00a0x '),
    );
    fc.assert(
      fc.property(prefix, fc.stringMatching(/^[0-9]{1,9}$/), (text, digits) => {
        expect(prefixKey(text) + digits).toBe(nameKey(text + digits));
      }),
      { numRuns: 3000 },
    );
  });
});
