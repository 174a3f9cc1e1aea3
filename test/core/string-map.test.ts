// StringMap, CellMap and IdMap answer as a Map would, and CellCodes as its function would, through growth, hash
// collisions, look-alike and empty keys.
import fc from 'fast-check';
import { stageCode, statusCode } from '../../src/core/prospects';
import { CellCodes, CellMap, IdMap, StringMap } from '../../src/core/string-map';
import { parsePipeline } from '../../src/core/pipeline';

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

// IDs as people type them: prefixes, leading zeros, more digits than the number table takes, numbers, look-alikes.
const idCell = fc.oneof(
  fc
    .tuple(fc.constantFrom('', 'P', 'p', 'KH', 'KH-', 'Ｐ', ' P', 'P '), fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 0, max: 3 }))
    .map(([prefix, n, zeros]) => prefix + '0'.repeat(zeros) + n),
  fc.stringMatching(/^[A-Z]?[0-9]{8,12}$/),
  fc.string({ unit: 'binary', maxLength: 6 }),
  fc.integer({ min: 0, max: 50 }),
  fc.constantFrom<unknown>(true, null, undefined, '', '٣', '１２'),
);

describe('IdMap', () => {
  it('finds what was added and nothing else, as a Map keyed by the cell does', () => {
    fc.assert(
      fc.property(fc.array(idCell, { maxLength: 3000 }), fc.array(idCell, { maxLength: 200 }), (added, probes) => {
        const map = new IdMap();
        const reference = new Map<unknown, number>();
        added.forEach((cell, i) => {
          expect(map.get(cell)).toBe(reference.get(cell));
          if (!reference.has(cell)) {
            map.add(cell, i);
            reference.set(cell, i);
          }
        });
        const fresh = (cell: unknown) => (typeof cell === 'string' ? cell.split('').join('') : cell);
        for (const cell of [...added, ...probes]) expect(map.get(fresh(cell))).toBe(reference.get(cell));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps "007", "07" and "7" apart, and 1001 from "1001"', () => {
    const ids = new IdMap();
    ['P007', 'P07', 'P7', '1001'].forEach((id, i) => ids.add(id, i));
    ids.add(1001, 9);
    expect(['P007', 'P07', 'P7', 'P0007', '1001', 1001, 'p7'].map((id) => ids.get(id))).toEqual([0, 1, 2, undefined, 3, 9, undefined]);
  });
});

describe('CellCodes', () => {
  const pipeline = parsePipeline([['New lead'], ['Contacted'], ['Proposal'], ['Won'], ['Lost']]);
  // Spellings of stages and statuses as typed: case, spaces, NFD Vietnamese, dashes, look-alikes, non-text cells.
  const spelling = fc.oneof(
    fc
      .tuple(
        fc.constantFrom('New lead', 'Contacted', 'Proposal', 'Won', 'Lost', 'thắng', 'Đang mở', 'closed-lost', 'Contact'),
        fc.constantFrom('none', 'upper', 'lower', 'nfd', 'spaces'),
      )
      .map(([word, how]) =>
        how === 'upper'
          ? word.toUpperCase()
          : how === 'lower'
            ? word.toLowerCase()
            : how === 'nfd'
              ? word.normalize('NFD')
              : how === 'spaces'
                ? ` ${word}  `
                : word,
      ),
    fc.string({ maxLength: 4 }),
    fc.constantFrom<unknown>('', ' ', 0, 1, true, null, undefined, new Date(0), '#N/A'),
  );

  it('gives each cell the code its function gives, whatever came before', () => {
    fc.assert(
      fc.property(fc.array(spelling, { maxLength: 500 }), (cells) => {
        const stages = new CellCodes((cell) => stageCode(cell, pipeline));
        const statuses = new CellCodes(statusCode);
        for (const cell of cells) {
          const fresh = typeof cell === 'string' ? cell.split('').join('') : cell;
          expect(stages.get(fresh)).toBe(stageCode(cell, pipeline));
          expect(statuses.get(fresh)).toBe(statusCode(cell));
        }
      }),
      { numRuns: 300 },
    );
  });
});
