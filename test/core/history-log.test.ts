import fc from 'fast-check';
import { Passages, readHistoryLog, replay, StayCounter, staysOf } from '../../src/core/history-log';
import { readHistory } from '../../src/core/history-reader';
import { nameKey } from '../../src/core/names';
import { defaultPipeline } from '../../src/core/pipeline';
import { day, HISTORY } from '../functions/history-data';

const pipeline = defaultPipeline();
const entriesOf = (key: string) => {
  const log = readHistoryLog(HISTORY, pipeline);
  const p = log.keys.indexOf(key);
  const entries = [];
  for (let i = 0; i < log.length; i++) {
    if (log.prospect[i] === p) entries.push({ when: new Date(log.when[i]), stage: log.stage[i], reached: log.reached[i], outcome: log.outcome[i] });
  }
  return entries;
};

describe('the Stage History reader', () => {
  it('keys rows by ID, else by name, and never matches an ID with a name', () => {
    expect(readHistoryLog(HISTORY, pipeline).keys.sort()).toEqual(['id:1001', 'id:p1', 'id:p5', 'name:1001', 'name:bình']);
  });

  it('applies a fix to the latest entry, keeping its time, and does not count the fix as an entry', () => {
    expect(entriesOf('id:p1')).toEqual([
      { when: day(1), stage: 0, reached: 0, outcome: 0 },
      { when: day(3), stage: 2, reached: 2, outcome: 0 },
      { when: day(11), stage: 5, reached: 5, outcome: 1 },
    ]);
  });

  it('reads earlier rows under a later rename, and a blank To as the previous stage with the new status', () => {
    expect(entriesOf('name:bình')).toEqual([
      { when: day(2), stage: 0, reached: 0, outcome: 0 },
      { when: day(10), stage: 3, reached: 3, outcome: 0 },
      { when: day(11), stage: 3, reached: 3, outcome: 2 },
    ]);
  });

  it('chains renames: A→B, later B→C makes early A rows read C', () => {
    const log = readHistoryLog(
      [
        [day(1), 'X', '', '', 'Stage one', '', '', '', ''],
        [day(2), '', '', 'Stage one', 'Stage two', '', '', '', 'rename'],
        [day(3), '', '', 'Stage two', 'Contacted', '', '', '', 'Rename'],
      ],
      pipeline,
    );
    expect([log.length, log.stage[0]]).toEqual([1, 1]);
  });

  it('orders rows by When, equal Whens in sheet order', () => {
    const log = readHistoryLog(HISTORY, pipeline);
    const times = Array.from(log.when.slice(0, log.length));
    expect(times).toEqual(times.slice().sort((a, b) => a - b));
    expect(entriesOf('id:p5').map((e) => e.stage)).toEqual([0, 1]);
  });

  it('ends a stay at the next other stage or the closing, and keeps stays still running apart', () => {
    const { ended, running } = staysOf(readHistoryLog(HISTORY, pipeline), pipeline);
    expect(ended.map((days) => Array.from(days))).toEqual([[2, 0, 8], [], [8], [1], [8]]); // in the order the stays ended
    expect(running).toEqual([1, 1, 0, 0, 0]);
  });

  it('continues a stay through another entry into the same stage', () => {
    const log = readHistoryLog(
      [
        [day(1), 'X', '', '', 'Lead', '', '', ''],
        [day(2), 'X', '', '', 'lead', 'open', '', ''],
        [day(5), 'X', '', '', 'Won', '', '', ''],
      ],
      pipeline,
    );
    expect(Array.from(staysOf(log, pipeline).ended[0])).toEqual([4]);
  });

  it.each([
    [[[day(1), 'X', '', '', 'Leed', '', '', '', '']], 'Stage History row 1: "Leed" is not a stage of the pipeline. Did you mean "Lead"?'],
    [[HISTORY[0], ['soon', 'X', '', '', 'Lead', '', '', '', '']], 'Stage History row 2: the When cell "soon" is not a date'],
    [[HISTORY[0], [day(1), '', '', '', 'Lead', '', '', '', '']], 'Stage History row 2: the row has no ID and no Prospect name'],
    [
      [
        [day(1), 'X', '', '', 'Lead', '', '', '', ''],
        [day(2), '', '', '', 'Meeting', '', '', '', 'rename'],
      ],
      'Stage History row 2: a rename needs the old stage name in From',
    ],
    [[[day(1), 'X', '', '', '', 'lost', '', '', '']], 'Stage History row 1: the To cell is blank and the prospect has no earlier stage'],
    [[[day(1), 'X', '', '', 'Won', 'lost', '', '', '']], 'Stage History row 1: The won stage "Won" has the status "lost".'],
    [[[day(1), 'X', '', '', 'Lead', 'maybe', '', '', '']], 'Stage History row 1: The status "maybe" is not one of open, won, lost.'],
    [
      [
        [day(1), 'X', '', '', 'Lead', '', '', '', ''],
        [day(2), 'X', '', '', 'Meetng', '', '', '', ''],
        [day(3), 'X', '', '', 'Proposl', '', '', '', 'fix'],
      ],
      'Stage History row 3: "Proposl" is not a stage of the pipeline. Did you mean "Proposal"?',
    ],
    // A status-only entry shows the stage it kept as a later rename names it.
    [
      [
        [day(1), 'X', '', '', 'Done', '', '', '', ''],
        [day(2), 'X', '', '', '', 'lost', '', '', ''],
        [day(3), '', '', 'Done', 'Won', '', '', '', 'rename'],
      ],
      'Stage History row 2: The won stage "Won" has the status "lost".',
    ],
    // A When that is not a date comes first, before a fix that cannot be read on an earlier row.
    [
      [
        [day(1), 'X', '', '', 'Lead', '', '', '', ''],
        [day(2), 'X', '', '', '', '', '', '', 'fix'],
        ['soon', 'X', '', '', 'Lead', '', '', '', ''],
      ],
      'Stage History row 3: the When cell "soon" is not a date',
    ],
  ])('names the row and what to do for bad history %#', (history, message) => {
    expect(() => readHistoryLog(history, pipeline)).toThrow(message);
  });

  it('ignores a fix of a prospect the log has no entry for (Check fixed a row the log never saw): it is no entry and no error', () => {
    const log = readHistoryLog(
      [
        [day(1), 'X', '', '', 'Lead', '', '', '', 'fix'],
        [day(2), 'Y', '', '', 'Lead', '', '', '', ''],
      ],
      pipeline,
    );
    expect(log.length).toBe(1);
    expect(log.keys[log.prospect[0]]).toBe('id:y');
  });

  it("reads a fix that also sets the status as correcting the entry's status, at the entry's time", () => {
    const log = readHistoryLog(
      [
        [day(1), 'X', '', '', 'Lead', '', '', '', ''],
        [day(2), 'X', '', 'Lead', 'Closed Lost', '', '', '', 'edit'],
        [day(9), 'X', '', 'Closed Lost', 'Qualified', 'Lost', '', '', 'fix'],
      ],
      pipeline,
    );
    expect([log.length, log.when[1], log.stage[1], log.outcome[1]]).toEqual([2, day(2).getTime(), 2, 2]);
  });
});

describe('the one-pass reading of a log without fixes', () => {
  // A fix of a prospect the log never saw corrects nothing, but makes the reader take its two-pass way: both must agree.
  const withIdleFix = (rows: unknown[][]) => [...rows, [day(99), 'neverseen', '', '', 'Contacted', '', '', '', 'fix']];
  const cell = (options: unknown[]) => fc.constantFrom(...options);
  const row = fc.tuple(
    fc.integer({ min: 0, max: 30 }),
    cell(['P1', 'P2', 'p1', 'P01', '', '', 1001, '#N/A', true]),
    cell(['An', 'Bình', '']),
    cell(['New lead', 'contacted', ' PROPOSAL ', 'Won', 'Lost', '', 'Nowhere', 5]),
    cell(['', '', 'Lost', 'won', 'open', 'maybe']),
  );
  const read = (rows: unknown[][], lenient: boolean) => {
    try {
      const log = readHistoryLog(rows, pipeline, lenient);
      const n = log.length;
      return {
        n,
        skipped: log.skipped,
        keys: log.keys.filter((k) => k !== 'id:neverseen'),
        arrays: [log.prospect, log.when, log.stage, log.reached, log.outcome, log.row].map((a) => [...a.slice(0, n)]),
      };
    } catch (error) {
      return { error: (error as Error).message };
    }
  };

  it('reads as the two passes read, errors included (the first error of who, else the first of what)', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 40 }), fc.boolean(), (cells, lenient) => {
        const rows = cells.map(([d, id, name, to, status]) => [day(d), id, name, '', to, status, '', '', '']);
        expect(read(rows, lenient)).toEqual(read(withIdleFix(rows), lenient));
      }),
      { numRuns: 500 },
    );
  });

  // In time order, without renames or fixes, the reader keeps nothing per row (its one-pass way); the idle fix sends
  // the same rows its two passes in sheet order. Rows without a date are passed over (blank) or refused (text) by both the same.
  it('reads a log in time order as its two passes do, rows without a date included', () => {
    const noDate = fc.constantFrom<unknown[]>(['', '', '', '', '', '', '', '', ''], ['yesterday', 'P1', '', '', 'Contacted', '', '', '', '']);
    fc.assert(
      fc.property(
        fc.array(fc.oneof({ weight: 5, arbitrary: row }, { weight: 1, arbitrary: noDate }), { maxLength: 40 }),
        fc.boolean(),
        (cells, lenient) => {
          const rows = cells.map((c) => (c.length === 9 ? c : [day(c[0] as number), c[1], c[2], '', c[3], c[4], '', '', '']));
          const dated = rows.filter((r) => r[0] instanceof Date).sort((a, b) => (a[0] as Date).getTime() - (b[0] as Date).getTime());
          let next = 0;
          const inOrder = rows.map((r) => (r[0] instanceof Date ? dated[next++] : r));
          expect(read(inOrder, lenient)).toEqual(read(withIdleFix(inOrder), lenient));
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('the figures a reading hands its entries to', () => {
  // 5,000 prospects: past the 1,024 the reader and the figures first make room for, so they grow as prospects come.
  // Prospect i enters Lead on day i % 50 and is won i % 7 days later; every third one is lost on the way instead.
  const prospects = 5000;
  const rows: unknown[][] = [['When', 'ID', 'Prospect', 'From', 'To', 'Status', 'By', 'Note', 'Change']];
  for (let i = 0; i < prospects; i++) rows.push([day(i % 50), `P${i}`, '', '', 'Lead', '', '', '', '']);
  for (let i = 0; i < prospects; i++) rows.push([day((i % 50) + (i % 7) + 60), `P${i}`, '', 'Lead', i % 3 === 0 ? 'Lost' : 'Won', '', '', '', '']);
  rows.sort((a, b) => (a[0] === 'When' ? -1 : b[0] === 'When' ? 1 : (a[0] as Date).getTime() - (b[0] as Date).getTime()));
  const won = Array.from({ length: prospects }, (_, i) => i).filter((i) => i % 3 !== 0);

  it("CYCLETIME's passages, read straight or from a log read already, are the days of every won prospect", () => {
    const expected = won.map((i) => (i % 7) + 60).sort((a, b) => a - b);
    const straight = readHistory(rows, pipeline, () => new Passages(0, pipeline.won.index)).sink;
    expect(straight.days().sort((a, b) => a - b)).toEqual(expected);
    expect(
      replay(readHistoryLog(rows, pipeline), new Passages(0, pipeline.won.index))
        .days()
        .sort((a, b) => a - b),
    ).toEqual(expected);
  });

  it("STAGETIME's stays: every prospect's one stay in Lead ended, none still running", () => {
    const stays = readHistory(rows, pipeline, () => new StayCounter(pipeline.won.index)).sink;
    const { ended, running } = stays.stays();
    expect(ended[0].length).toBe(prospects);
    expect(ended[0].reduce((sum, d) => sum + d, 0)).toBe(Array.from({ length: prospects }, (_, i) => (i % 7) + 60).reduce((a, b) => a + b, 0));
    expect(running).toEqual(new Array(pipeline.won.index).fill(0));
    expect(staysOf(readHistoryLog(rows, pipeline), pipeline)).toEqual(stays.stays());
  });

  it('a fix of the last prospect, met long after the first 1,024, corrects its first entry', () => {
    // P4999 entered Lead on day 49; Check fixed that to Contacted, where it stayed 61 days until won.
    const fixed = [...rows, [day(49), 'P4999', '', '', 'Contacted', '', '', '', 'fix']];
    fixed.sort((a, b) => (a[0] === 'When' ? -1 : b[0] === 'When' ? 1 : (a[0] as Date).getTime() - (b[0] as Date).getTime()));
    const { ended } = readHistory(fixed, pipeline, () => new StayCounter(pipeline.won.index)).sink.stays();
    expect([ended[0].length, Array.from(ended[1])]).toEqual([prospects - 1, [61]]);
  });
});

describe('the reading of a log with renames and fixes', () => {
  const cell = (options: unknown[]) => fc.constantFrom(...options);
  // Old names the pipeline no longer has (Offer, Call), its own names, spellings of both; renames among them.
  const stageName = cell(['Lead', 'Call', 'call ', 'Contacted', 'Offer', 'OFFER', 'Proposal', 'Won', 'Lost']);
  const entry = fc.tuple(
    fc.integer({ min: 1, max: 30 }),
    cell(['P1', 'p1', 'P2', '', '']),
    cell(['An', 'Bình']),
    stageName,
    cell(['', '', 'Lost', 'won']),
  );
  const rename = fc.tuple(fc.integer({ min: 1, max: 30 }), stageName, stageName);
  const row = fc.oneof(
    { weight: 6, arbitrary: entry.map(([d, id, name, to, status]) => [day(d), id, name, '', to, status, '', '', 'move']) },
    { weight: 1, arbitrary: entry.map(([d, id, name, to, status]) => [day(d), id, name, '', to, status, '', '', 'fix']) },
    { weight: 1, arbitrary: rename.map(([d, from, to]) => [day(d), '', '', from, to, '', '', '', 'rename']) },
  );
  // Rows that cannot be read: a blank To (of an entry, of a fix), no key, an error value as key, a blank rename, a
  // stage or status that is none, a When that is not a date.
  const badRow = fc.constantFrom<unknown[]>(
    [day(5), 'P1', '', '', '', '', '', '', 'move'],
    [day(6), 'P2', '', '', '', '', '', '', 'fix'],
    [day(7), '', '', '', 'Lead', '', '', '', 'move'],
    [day(8), '#N/A', '', '', 'Lead', '', '', '', 'move'],
    [day(9), '', '', '', 'Offer', '', '', '', 'rename'],
    [day(10), 'P1', '', '', 'Nowhere', 'maybe', '', '', 'move'],
    ['soon', 'P2', '', '', 'Lead', '', '', '', 'move'],
  );
  const byTime = (rows: unknown[][]) => rows.slice().sort((a, b) => (a[0] as Date).getTime() - (b[0] as Date).getTime());
  /** Entries by prospect key (numbers depend on the order prospects are met), with the rows left out. */
  const read = (rows: unknown[][], lenient: boolean) => {
    try {
      const log = readHistoryLog(rows, pipeline, lenient);
      const entries = [];
      for (let i = 0; i < log.length; i++) {
        entries.push([log.keys[log.prospect[i]], log.when[i], log.stage[i], log.reached[i], log.outcome[i], log.row[i], log.stageName[i]]);
      }
      return { entries, skipped: log.skipped };
    } catch (error) {
      return { error: (error as Error).message };
    }
  };

  // In time order the reader takes two passes in sheet order; a fix of a prospect the log never saw, dated before
  // every row but last in the sheet, corrects nothing and sends the same log the general way (sorted by time).
  it('reads a log in time order as the general way does, errors included', () => {
    const idleFixFirstInTime = [day(0), 'neverseen', '', '', 'Contacted', '', '', '', 'fix'];
    fc.assert(
      fc.property(
        fc.array(fc.oneof({ weight: 8, arbitrary: row }, { weight: 1, arbitrary: badRow }), { maxLength: 40 }),
        fc.boolean(),
        (rows, lenient) => {
          const dated = byTime(rows.filter((r) => r[0] instanceof Date));
          let next = 0;
          const inOrder = rows.map((r) => (r[0] instanceof Date ? dated[next++] : r));
          expect(read(inOrder, lenient)).toEqual(read([...inOrder, idleFixFirstInTime], lenient));
        },
      ),
      { numRuns: 500 },
    );
  });

  // The spec's words, applied by hand: every row before a rename reads its From as its To, chained; a fix's To (as
  // the renames after it leave it) and its status replace those of the prospect's latest entry. The rename and fix
  // rows are then blanked (a blank row is passed over: row numbers stay), and the log read with no change left.
  const byHand = (rows: unknown[][]) => {
    const out = rows.map((r) => r.slice());
    const blank = ['', '', '', '', '', '', '', '', ''];
    const renamedAfter = (i: number, to: unknown) => {
      let name = to;
      for (let j = i + 1; j < rows.length; j++) {
        if (rows[j][8] === 'rename' && typeof name === 'string' && nameKey(name) === nameKey(rows[j][3] as string)) name = rows[j][4];
      }
      return name;
    };
    const keyOf = (r: unknown[]) => (r[1] !== '' ? `id:${nameKey(r[1] as string)}` : `name:${nameKey(r[2] as string)}`);
    const latest = new Map<string, number>();
    rows.forEach((r, i) => {
      if (r[8] === 'move') {
        latest.set(keyOf(r), i);
        out[i][4] = renamedAfter(i, r[4]);
      } else if (r[8] === 'fix' && latest.has(keyOf(r))) {
        const e = latest.get(keyOf(r))!;
        out[e][4] = renamedAfter(i, r[4]);
        if (r[5] !== '') out[e][5] = r[5];
      }
    });
    return out.map((r, i) => (rows[i][8] === 'move' ? r : blank));
  };

  it('reads each entry as the renames after it and the fixes of it, applied by hand, leave it', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 40 }), (rows) => {
        const inOrder = byTime(rows);
        expect(read(inOrder, true)).toEqual(read(byHand(inOrder), true));
      }),
      { numRuns: 1000 },
    );
  });
});
