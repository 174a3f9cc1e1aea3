import fc from 'fast-check';
import { Renames } from '../../src/core/history-renames';
import { nameKey } from '../../src/core/names';

/** The spec's words, walked by hand: a name before rename j reads as that rename's To when it matches its From, then on. */
function chainWalk(renames: [string, string][], after: number, cell: unknown): unknown {
  if (typeof cell !== 'string') return cell;
  let name = cell;
  for (let j = after; j < renames.length; j++) if (nameKey(name) === nameKey(renames[j][0])) name = renames[j][1];
  return name;
}

function renamesOf(list: [string, string][]): Renames {
  const renames = new Renames();
  for (const [from, to] of list) renames.add(from, to);
  renames.rewind();
  return renames;
}

describe('stage renames applied as a reading goes forward', () => {
  it('chains: A→B, later B→C makes early A rows read C, rows between them read B→C, later rows as typed', () => {
    const renames = renamesOf([
      ['A', 'B'],
      ['B', 'C'],
    ]);
    expect(renames.final('a')).toBe('C');
    renames.pass();
    expect([renames.final('A'), renames.final('b')]).toEqual(['A', 'C']);
    renames.pass();
    expect(renames.final('B')).toBe('B');
  });

  it('swaps two names through a third (A→T, B→A, T→B)', () => {
    const renames = renamesOf([
      ['A', 'T'],
      ['B', 'A'],
      ['T', 'B'],
    ]);
    expect([renames.final('A'), renames.final('B')]).toEqual(['B', 'A']);
    renames.pass(); // past A→T: a T typed now becomes B, an A stays A (B→A has no A to rename)
    expect([renames.final('T'), renames.final('A'), renames.final('B')]).toEqual(['B', 'A', 'A']);
  });

  it('renames only text: a number or a date To is left as it is', () => {
    const when = new Date(0);
    const renames = renamesOf([['5', 'Five']]);
    expect([renames.final(5), renames.final(when)]).toEqual([5, when]);
  });

  it('reads every cell at every point as the renames after it, walked by hand, would', () => {
    const name = fc.constantFrom('A', 'a', ' A ', 'B', 'b', 'C', 'Lead', 'lead', '');
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            name.filter((n) => n.trim() !== ''),
            name.filter((n) => n.trim() !== ''),
          ),
          { maxLength: 8 },
        ),
        fc.array(fc.tuple(fc.nat(), fc.oneof(name, fc.constant(7))), { maxLength: 30 }),
        (list, asks) => {
          const renames = renamesOf(list);
          // Ask in order of position, as a reading does; each position is after that many renames.
          const sorted = asks.map(([at, cell]) => [at % (list.length + 1), cell] as const).sort((x, y) => x[0] - y[0]);
          for (const [at, cell] of sorted) {
            while (renames.passed < at) renames.pass();
            expect(renames.final(cell)).toBe(chainWalk(list, at, cell));
          }
        },
      ),
      { numRuns: 1000 },
    );
  });
});
