// What the server says about a prospect's standing: days in stage (Stage since, else the log), stalled, next stage.
import { HEADERS, makeWorkbook, refsOf, userOf } from './workbook';

const DAY = 86400000;
const row = (id: string, stage: string, status: string, since: unknown) => [id, `Company ${id}`, 'Lan', stage, status, 1000, '', since, '', ''];

function stallingWorkbook(headers = HEADERS) {
  const longAgo = new Date(Date.now() - 30 * DAY);
  const workbook = makeWorkbook([row('P1', 'Meeting', '', longAgo), row('P2', 'Meeting', 'Lost', longAgo), row('P3', 'Won', '', longAgo)], headers);
  const user = userOf(workbook);
  const stages = user.server.getSetup().stages.map((s) => ({ ...s, stallDays: s.kind === 'stage' ? 7 : null }));
  user.server.saveSetup({ stages, renames: [], renameProspects: false });
  return { workbook, ...user };
}

describe("a prospect's standing", () => {
  it("shows an open prospect past its stage's limit as stalled, with where Advance takes it", () => {
    const { services, server } = stallingWorkbook();
    services.select('Leads', 'A2');
    expect(server.getSelection().prospects[0]).toMatchObject({ daysInStage: 30, stalled: true, nextStage: 'Proposal' });
  });

  it('never shows a lost prospect as stalled, in the Prospect view or the Pipeline view', () => {
    const { services, server } = stallingWorkbook();
    services.select('Leads', 'A3:A4');
    expect(server.getSelection().prospects.map((p) => [p.status, p.stalled, p.nextStage])).toEqual([
      ['lost', false, 'Proposal'],
      ['won', false, null],
    ]);
    expect(server.getPipelineSummary(null).stalled.map((p) => p.name)).toEqual(['Company P1']);
  });

  it('counts the days from Stage History when the sheet has no Stage since column', () => {
    const headers = HEADERS.map((h) => (h === 'Stage since' ? 'Notes' : h));
    const { services, server } = stallingWorkbook(headers);
    services.select('Leads', 'A2');
    expect(server.getSelection().prospects[0]).toMatchObject({ daysInStage: null, stalled: false });
    jest.useFakeTimers({ now: Date.now() - 10 * DAY });
    try {
      const moved = server.moveProspects({ prospects: refsOf(server, services, 'A2'), action: { kind: 'advance' } });
      expect(moved.prospects[0]).toMatchObject({ stage: 'Proposal', daysInStage: 0, stalled: false, nextStage: 'Won' });
    } finally {
      jest.useRealTimers();
    }
    expect(server.getProspectHistory(2)).toMatchObject({ daysInStage: 10, stalled: true, entries: [{ from: 'Meeting', to: 'Proposal' }] });
  });
});
