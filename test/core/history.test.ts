import { enteredStage, entriesOf, historyKey, medianDaysToClose, parseHistory, sidebarLog } from '../../src/core/history';
import { defaultPipeline, parsePipeline } from '../../src/core/pipeline';

const day = (d: number) => new Date(Date.UTC(2026, 0, d));

describe('Stage History figures', () => {
  const records = parseHistory([
    [day(1), 'P1', 'Anh', 'Lead', 'Contacted', '', 'a@x', ''],
    [day(5), 'P1', 'Anh', 'Contacted', 'Won', 'Won', 'a@x', ''],
    [day(2), '', 'Binh', 'Lead', 'Meeting', '', '', ''],
    [day(12), '', 'Binh', 'Meeting', 'Won', '', '', ''],
    [day(3), 'P3', 'Chi', 'Lead', 'Qualified', '', '', ''],
    ['not a date', 'P9', 'Junk', 'Lead', 'Won', '', '', ''],
  ]);

  it('skips rows without a date', () => {
    expect(records).toHaveLength(5);
  });

  it('knows when each prospect entered its current stage, by ID or else by name', () => {
    const entered = enteredStage(sidebarLog(records, defaultPipeline()));
    expect(entered.get(historyKey('P3', 'Chi'))).toEqual({ stage: 'Qualified', when: day(3) });
    expect(entered.get(historyKey('', 'binh '))).toEqual({ stage: 'Won', when: day(12) });
  });

  it('gives the median days from first logged change to the win', () => {
    expect(medianDaysToClose(sidebarLog(records, defaultPipeline()))).toBe((4 + 10) / 2);
    expect(medianDaysToClose(sidebarLog([], defaultPipeline()))).toBeNull();
  });
});

describe('The sidebar reads Stage History as the formulas do, but leniently', () => {
  it('reads a renamed stage in earlier rows under its new name, so days in stage and days to close survive the rename', () => {
    const records = parseHistory([
      [day(1), 'P1', 'Anh', '', 'Lead', '', '', '', 'move'],
      [day(3), 'P1', 'Anh', 'Lead', 'Meeting', '', '', '', 'edit'],
      [day(4), '', '', 'Meeting', 'Site visit', '', '', '', 'rename'],
      [day(2), 'P2', 'Binh', '', 'Lead', '', '', '', 'move'],
      [day(9), 'P2', 'Binh', 'Lead', 'Won', '', '', '', 'move'],
      [day(10), '', '', 'Won', 'Signed', '', '', '', 'rename'],
    ]);
    const stages = ['Lead', 'Contacted', 'Qualified', 'Site visit', 'Proposal'].map((name) => [name, 'stage']);
    const log = sidebarLog(records, parsePipeline([...stages, ['Signed', 'won'], ['Lost', 'lost']]));
    expect(enteredStage(log).get(historyKey('P1', 'Anh'))).toEqual({ stage: 'Site visit', when: day(3) });
    expect(medianDaysToClose(log)).toBe(7);
  });

  it('keeps the time of the entry a fix corrects: a spelling fix does not restart days in stage', () => {
    const records = parseHistory([
      [day(1), 'P1', 'Anh', '', 'Lead', '', '', '', 'move'],
      [day(2), 'P1', 'Anh', 'Lead', 'Qualifed', '', '', '', 'edit'],
      [day(6), 'P1', 'Anh', 'Qualifed', 'Qualified', '', '', '', 'fix'],
    ]);
    const log = sidebarLog(records, defaultPipeline());
    expect(enteredStage(log).get(historyKey('P1', 'Anh'))).toEqual({ stage: 'Qualified', when: day(2) });
    expect(entriesOf(log, records, historyKey('P1', 'Anh')).map((e) => [e.from, e.to])).toEqual([
      ['', 'Lead'],
      ['Lead', 'Qualified'],
    ]);
  });

  it('restarts days in stage at an entry into another stage, and not at a status-only change', () => {
    const records = parseHistory([
      [day(1), 'P1', 'Anh', '', 'Lead', '', '', '', 'move'],
      [day(2), 'P1', 'Anh', 'Lead', 'Meeting', '', '', '', 'edit'],
      [day(5), 'P1', 'Anh', 'Meeting', 'Meeting', 'Open', '', '', 'edit'],
    ]);
    expect(enteredStage(sidebarLog(records, defaultPipeline())).get(historyKey('P1', 'Anh'))).toEqual({ stage: 'Meeting', when: day(2) });
  });

  it('leaves out and counts the rows it cannot read instead of failing', () => {
    const records = parseHistory([
      [day(1), 'P1', 'Anh', '', 'Lead', '', '', '', 'move'],
      [day(2), 'P1', 'Anh', 'Lead', 'Nonsense', '', '', '', 'edit'],
      [day(3), '', '', '', 'Lead', '', '', '', 'edit'],
      [day(4), '', '', 'Lead', '', '', '', '', 'rename'],
      [day(5), 'P9', 'Chi', '', 'Qualified', '', '', '', 'fix'],
    ]);
    const log = sidebarLog(records, defaultPipeline());
    // The fix of P9, who has no entry, corrects nothing: it is passed over, not counted as unreadable.
    expect(log.skipped).toBe(3);
    expect(enteredStage(log).get(historyKey('P1', 'Anh'))).toEqual({ stage: 'Lead', when: day(1) });
  });
});
