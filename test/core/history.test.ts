import { enteredStage, historyKey, medianDaysToClose, parseHistory } from '../../src/core/history';
import { defaultPipeline } from '../../src/core/pipeline';

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
    const entered = enteredStage(records);
    expect(entered.get(historyKey('P3', 'Chi'))).toEqual({ stage: 'Qualified', when: day(3) });
    expect(entered.get(historyKey('', 'binh '))).toEqual({ stage: 'Won', when: day(12) });
  });

  it('gives the median days from first logged change to the win', () => {
    expect(medianDaysToClose(records, defaultPipeline())).toBe((4 + 10) / 2);
    expect(medianDaysToClose([], defaultPipeline())).toBeNull();
  });
});
