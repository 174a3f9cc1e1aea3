// StringMap and CellMap answer as a Map would, and CellCodes as its function would, through growth, hash
// collisions, look-alike and empty keys.
import fc from 'fast-check';
import { stageCode, statusCode } from '../../src/core/prospects';
import { CellCodes, CellMap, StringMap } from '../../src/core/string-map';
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
