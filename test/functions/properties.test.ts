// Properties that hold for any prospects: rates are rates, the funnel narrows, junk gives an answer or a clear Error.
import fc from 'fast-check';
import { call } from './helpers';

const STAGES = ['Lead', 'Contacted', 'Qualified', 'Meeting', 'Proposal', 'Won', 'Lost'];
const stageCell = fc.oneof(fc.constantFrom(...STAGES, '', '  ', 'lead ', 'PROPOSAL', 'closed_won'.replace('closed_', '')));
const prospectsArb = fc.array(
  stageCell.map((s) => [s]),
  { minLength: 1, maxLength: 200 },
);

function shuffle<T>(items: T[], seed: number): T[] {
  const copy = items.slice();
  let s = seed || 1;
  for (let i = copy.length - 1; i > 0; i--) {
    s = (s * 16807) % 2147483647;
    const j = s % (i + 1);
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

const hasProspect = (rows: string[][]) => rows.some(([s]) => s.trim() !== '');

describe('properties of the pipeline functions', () => {
  it('CONVERSION is between 0 and 1', () => {
    fc.assert(
      fc.property(prospectsArb, fc.constantFrom(...STAGES.slice(0, 6)), (rows, from) => {
        try {
          const rate = call('CONVERSION', rows, from) as number;
          return rate >= 0 && rate <= 1;
        } catch (error) {
          return (error as Error).message.startsWith('No prospect has reached');
        }
      }),
    );
  });

  it("FUNNEL's Reached never increases down the table", () => {
    fc.assert(
      fc.property(prospectsArb, (rows) => {
        const reached = (call('FUNNEL', rows) as number[][]).slice(1).map((r) => r[1]);
        return reached.every((n, i) => i === 0 || n <= reached[i - 1]);
      }),
    );
  });

  it("CONVERSION from the first stage to won equals FUNNEL's Overall % on the won row", () => {
    fc.assert(
      fc.property(prospectsArb.filter(hasProspect), (rows) => {
        const table = call('FUNNEL', rows) as unknown[][];
        return call('CONVERSION', rows) === table[table.length - 1][4];
      }),
    );
  });

  it('shuffling the rows changes nothing', () => {
    fc.assert(
      fc.property(prospectsArb.filter(hasProspect), fc.integer({ min: 1, max: 1e6 }), (rows, seed) => {
        const shuffled = shuffle(rows, seed);
        expect(call('FUNNEL', shuffled)).toEqual(call('FUNNEL', rows));
      }),
    );
  });

  it('PARETO and TOPSHARE invert each other', () => {
    const sales = fc.array(fc.tuple(fc.constantFrom('A', 'B', 'C', 'D', 'E', 'F', 'G', 1001, '1001'), fc.integer({ min: 1, max: 10000 })), {
      minLength: 1,
      maxLength: 60,
    });
    fc.assert(
      fc.property(sales, fc.double({ min: 0.01, max: 1, noNaN: true }), fc.double({ min: 0.01, max: 1, noNaN: true }), (rows, x, y) => {
        const customers = rows.map(([c]) => [c]);
        const revenue = rows.map(([, r]) => [r]);
        const top = call('TOPSHARE', customers, revenue, x) as number;
        const share = call('PARETO', customers, revenue, y) as number;
        // The top PARETO(y) of customers bring at least y; PARETO of what the top x bring needs no more customers than x.
        expect(call('TOPSHARE', customers, revenue, share)).toBeGreaterThanOrEqual(y - 1e-9);
        expect(call('TOPSHARE', customers, revenue, call('PARETO', customers, revenue, top))).toBeCloseTo(top, 12);
      }),
    );
  });
});

describe('properties of the time, owner and reason functions', () => {
  const day = (d: number) => new Date(Date.UTC(2026, 0, 1) + d * 86_400_000);
  const historyArb = fc
    .array(fc.tuple(fc.integer({ min: 0, max: 400 }), fc.constantFrom('P1', 'P2', 'P3', 1001), fc.constantFrom(...STAGES)), {
      minLength: 1,
      maxLength: 80,
    })
    .map((rows) => rows.map(([d, id, stage]) => [day(d), id, '', '', stage, '', '', '', '']));
  const stageStatus = fc
    .tuple(fc.constantFrom(...STAGES, ''), fc.constantFrom('', 'lost', 'won', 'open'))
    .filter(
      ([stage, status]) => !(stage === '' && status !== '') && !(stage === 'Won' && status === 'lost') && !(stage === 'Lost' && status === 'won'),
    );
  const rowsArb = fc.array(
    fc.tuple(
      stageStatus,
      fc.constantFrom('Mai', 'Nam', 'An', ''),
      fc.constantFrom('Price', 'Timing', 'Budget', ''),
      fc.integer({ min: -30, max: 400 }),
    ),
    { minLength: 1, maxLength: 120 },
  );
  const columns = (rows: [[string, string], string, string, number][]) => ({
    prospects: rows.map(([s]) => s),
    owners: rows.map(([, o]) => [o]),
    reasons: rows.map(([, , r]) => [r]),
    created: rows.map(([, , , d]) => [day(d)]),
  });
  const count = (rows: [[string, string], ...unknown[]][]) => rows.filter(([[stage]]) => stage !== '').length;

  it('CYCLETIME is never negative', () => {
    fc.assert(
      fc.property(historyArb, fc.constantFrom(...STAGES.slice(0, 6)), (history, from) => {
        try {
          return (call('CYCLETIME', history, from) as number) >= 0;
        } catch (error) {
          return /^No prospect in the history went from/.test((error as Error).message);
        }
      }),
    );
  });

  it("COHORTS' Prospects add up to the prospects", () => {
    fc.assert(
      fc.property(rowsArb, (rows) => {
        const { prospects, created } = columns(rows);
        const total = (call('COHORTS', prospects, created) as unknown[][]).slice(1).reduce((sum, r) => sum + (r[1] as number), 0);
        expect(total).toBe(count(rows));
      }),
    );
  });

  it("LOSTREASONS' Share adds up to 1 whenever something was lost", () => {
    fc.assert(
      fc.property(rowsArb, (rows) => {
        const { prospects, reasons } = columns(rows);
        const table = call('LOSTREASONS', prospects, reasons) as unknown[][];
        if (table.length === 1) return;
        expect(table.slice(1).reduce((sum, r) => sum + (r[2] as number), 0)).toBeCloseTo(1, 12);
      }),
    );
  });

  it("BYOWNER's Won adds up to the won count of FUNNEL and WINRATE", () => {
    fc.assert(
      fc.property(rowsArb, (rows) => {
        const { prospects, owners } = columns(rows);
        const won = (call('BYOWNER', prospects, owners) as unknown[][]).slice(1).reduce((sum, r) => sum + (r[3] as number), 0);
        const funnel = call('FUNNEL', prospects) as unknown[][];
        expect(won).toBe(funnel[funnel.length - 1][2]);
        const lost = (call('BYOWNER', prospects, owners) as unknown[][]).slice(1).reduce((sum, r) => sum + (r[4] as number), 0);
        if (won + lost > 0) expect(call('WINRATE', prospects)).toBe(won / (won + lost));
      }),
    );
  });

  it('shuffling the rows changes nothing', () => {
    fc.assert(
      fc.property(rowsArb, historyArb, fc.integer({ min: 1, max: 1e6 }), (rows, history, seed) => {
        const a = columns(rows);
        const b = columns(shuffle(rows, seed));
        expect(call('COHORTS', b.prospects, b.created)).toEqual(call('COHORTS', a.prospects, a.created));
        expect(call('LOSTREASONS', b.prospects, b.reasons)).toEqual(call('LOSTREASONS', a.prospects, a.reasons));
        expect(call('BYOWNER', b.prospects, b.owners)).toEqual(call('BYOWNER', a.prospects, a.owners));
        expect(call('CALIBRATION', b.prospects)).toEqual(call('CALIBRATION', a.prospects));
        // History rows with distinct Whens may come in any sheet order.
        const distinct = history.filter((r, i) => history.findIndex((o) => (o[0] as Date).getTime() === (r[0] as Date).getTime()) === i);
        expect(call('STAGETIME', shuffle(distinct, seed))).toEqual(call('STAGETIME', distinct));
      }),
    );
  });
});

// Anything a cell or an argument could hold, and worse.
const junkCell = fc.oneof(
  fc.constantFrom(
    '',
    'Lead',
    'Won',
    'Lost',
    '#N/A',
    '#REF!',
    '=HYPERLINK("http://x","y")',
    '+1',
    '@x',
    'x'.repeat(100000),
    'Stage',
    'won',
    'lost',
    'open',
  ),
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.constantFrom(NaN, Infinity, -Infinity, 1e308),
  fc.boolean(),
  fc.date({ noInvalidDate: false }),
  fc.constant(null),
  fc.constant(undefined),
  fc.array(fc.integer(), { maxLength: 2 }),
);
const junkRow = fc.oneof(fc.array(junkCell, { minLength: 0, maxLength: 4 }), junkCell);
const junkRange = fc.oneof(fc.array(junkRow, { maxLength: 30 }), junkCell);
const junkShare = fc.oneof(fc.double(), fc.integer(), fc.constantFrom(1e308, -1, 0, 1, 0.5, '80%', ''), junkCell);

const FUNCTIONS = [
  'CONVERSION',
  'FUNNEL',
  'WINRATE',
  'PIPELINEVALUE',
  'STAGECHECK',
  'PARETO',
  'TOPSHARE',
  'CYCLETIME',
  'STAGETIME',
  'VELOCITY',
  'COHORTS',
  'FORECAST',
  'LOSTREASONS',
  'BYOWNER',
  'CALIBRATION',
] as const;

describe('junk of every kind', () => {
  it('gives a valid result or an Error that says what is wrong, never a TypeError', () => {
    // Five arguments: the most any function takes (PARETO's prospects and pipeline, CYCLETIME's statistic…).
    fc.assert(
      fc.property(
        fc.constantFrom(...FUNCTIONS),
        fc.tuple(junkRange, fc.oneof(junkRange, junkShare), fc.oneof(junkRange, junkShare), junkRange, junkRange),
        (name, args) => {
          try {
            const result = call(name, ...args);
            if (typeof result === 'number') expect(Number.isFinite(result)).toBe(true);
            else if (typeof result !== 'string') {
              expect(Array.isArray(result)).toBe(true);
              // Every figure is a number Sheets can show (STAGECHECK echoes the bad cells as typed, NaN included).
              if (name !== 'STAGECHECK')
                for (const row of result as unknown[][])
                  for (const cell of row) if (typeof cell === 'number') expect(Number.isFinite(cell)).toBe(true);
            }
          } catch (error) {
            expect(error).toBeInstanceOf(Error);
            expect((error as Error).name).toBe('StagecoachError');
            expect((error as Error).message.length).toBeGreaterThan(20);
            expect((error as Error).message.length).toBeLessThan(600);
          }
        },
      ),
      { numRuns: 4000 },
    );
  });
});
