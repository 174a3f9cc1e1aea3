// The sidebar's figures from Stage History survive renames and fixes: stalled prospects, median days to close, days in stage.
import { handleEdit } from '../../src/server/on-edit';
import { editEvent } from './edit-event';
import { HEADERS, makeWorkbook, prospectRows, refsOf, userOf } from './workbook';

const DAY = 86400000;
// No Stage since column: days in stage come from the log alone.
const NO_SINCE = HEADERS.map((h) => (h === 'Stage since' ? 'Notes' : h));

function at<T>(daysAgo: number, run: () => T): T {
  jest.useFakeTimers({ now: Date.now() - daysAgo * DAY });
  try {
    return run();
  } finally {
    jest.useRealTimers();
  }
}

describe('figures read from Stage History', () => {
  it('keeps the stalled list and the median days to close when stages are renamed in Setup', () => {
    const workbook = makeWorkbook(
      prospectRows(4, () => 'Meeting'),
      NO_SINCE,
    );
    const { services, server } = userOf(workbook);
    const stages = server.getSetup().stages.map((s) => ({ ...s, stallDays: s.kind === 'stage' ? 7 : null }));
    server.saveSetup({ stages, renames: [], renameProspects: false });
    at(30, () => server.moveProspects({ prospects: refsOf(server, services, 'A2:A5'), action: { kind: 'advance' } }));
    at(20, () => server.moveProspects({ prospects: refsOf(server, services, 'A5'), action: { kind: 'won' } }));
    const before = server.getPipelineSummary(null);
    expect(before.stalled).toHaveLength(3);
    expect(before.medianDaysToClose).toBe(10);

    const renamed = stages.map((s) => (s.name === 'Proposal' ? { ...s, name: 'Offer' } : s.name === 'Won' ? { ...s, name: 'Signed' } : s));
    server.saveSetup({
      stages: renamed,
      renames: [
        { from: 'Proposal', to: 'Offer' },
        { from: 'Won', to: 'Signed' },
      ],
      renameProspects: true,
    });
    const after = server.getPipelineSummary(null);
    expect(after.stalled.map((p) => [p.stage, p.daysInStage])).toEqual([
      ['Offer', 30],
      ['Offer', 30],
      ['Offer', 30],
    ]);
    expect(after.medianDaysToClose).toBe(10);
    expect(server.getProspectHistory(2).entries[0]).toMatchObject({ from: 'Meeting', to: 'Offer' });
  });

  it('does not restart days in stage at a Check fix, but does at a typed edit', () => {
    const workbook = makeWorkbook(
      prospectRows(3, () => 'Lead'),
      NO_SINCE,
    );
    const { services, server } = userOf(workbook);
    at(30, () => server.moveProspects({ prospects: refsOf(server, services, 'A3'), action: { kind: 'advance' } })); // saves the layout
    at(20, () => {
      workbook.userEdit('Leads', 'D2', 'Qualifed');
      handleEdit(services, editEvent(services, 'Leads', 'D2', 'Lead'));
      workbook.userEdit('Leads', 'D4', 'Contacted');
      handleEdit(services, editEvent(services, 'Leads', 'D4', 'Lead'));
    });
    server.fixStage({ row: 2, id: 'P00001', name: 'Company 1', value: 'Qualifed', replacement: 'Qualified' });
    expect(server.getProspectHistory(2)).toMatchObject({ daysInStage: 20, entries: [{ from: 'Lead', to: 'Qualified' }] });

    at(5, () => {
      workbook.userEdit('Leads', 'D4', 'Meeting');
      handleEdit(services, editEvent(services, 'Leads', 'D4', 'Contacted'));
    });
    expect(server.getProspectHistory(4).daysInStage).toBe(5);
  });

  it('shows the pipeline even when a history row cannot be read', () => {
    const workbook = makeWorkbook(prospectRows(3), NO_SINCE);
    const { services, server } = userOf(workbook);
    server.moveProspects({ prospects: refsOf(server, services, 'A2'), action: { kind: 'advance' } });
    workbook.sheet('Stage History').userWrite(3, 1, '2026-01-05');
    workbook.sheet('Stage History').userWrite(3, 5, 'No such stage');
    workbook.sheet('Stage History').userWrite(3, 2, 'P00002');
    expect(() => server.getPipelineSummary(null)).not.toThrow();
    expect(server.getProspectHistory(3).entries).toEqual([]);
  });
});
