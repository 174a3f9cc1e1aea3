// Runs of selected rows, and which of them are read together.
import { firstRows, GAP_CELLS, joinRuns, readBlocks, rowCount, runsOfRows } from '../../src/sheets/row-runs';

describe('runs of selected rows', () => {
  it('groups rows given in any order, with repeats, into sorted runs of consecutive rows', () => {
    expect(runsOfRows([9, 5, 7, 6, 5])).toEqual([
      { first: 5, last: 7 },
      { first: 9, last: 9 },
    ]);
  });

  it('joins overlapping and touching ranges, so a row selected twice is counted once', () => {
    const runs = joinRuns([
      { first: 4, last: 8 },
      { first: 2, last: 5 },
      { first: 9, last: 9 },
      { first: 20, last: 19 },
    ]);
    expect(runs).toEqual([{ first: 2, last: 9 }]);
    expect(rowCount(runs)).toBe(8);
  });

  it('keeps the first rows up to a limit, cutting a run in the middle', () => {
    expect(
      firstRows(
        [
          { first: 2, last: 4 },
          { first: 10, last: 20 },
        ],
        5,
      ),
    ).toEqual([
      { first: 2, last: 4 },
      { first: 10, last: 11 },
    ]);
  });

  it('reads close runs as one block and far-apart runs each on its own', () => {
    const width = 10;
    const near = GAP_CELLS / width; // rows of gap that cost no more than a read
    expect(
      readBlocks(
        [
          { first: 2, last: 2 },
          { first: 4, last: 4 },
        ],
        width,
      ),
    ).toEqual([{ first: 2, last: 4 }]);
    expect(
      readBlocks(
        [
          { first: 2, last: 2 },
          { first: 3 + near, last: 3 + near },
        ],
        width,
      ),
    ).toEqual([{ first: 2, last: 3 + near }]);
    expect(
      readBlocks(
        [
          { first: 2, last: 2 },
          { first: 4 + near, last: 4 + near },
        ],
        width,
      ),
    ).toHaveLength(2);
  });

  it('handles 125,000 separate rows without spreading them into a call', () => {
    const rows = Array.from({ length: 125000 }, (_, i) => 2 + i * 2);
    expect(runsOfRows(rows)).toHaveLength(125000);
  });
});
