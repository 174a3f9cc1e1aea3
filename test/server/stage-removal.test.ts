// Removing a stage that holds prospects: Setup says where they go, and the save moves them (issue 9, item 10).
import { makeWorkbook, prospectRows, userOf } from './workbook';

function saved() {
  // Stages cycle Lead, Contacted, Qualified, Meeting, Proposal: 4 prospects each.
  const workbook = makeWorkbook(prospectRows(20));
  const user = userOf(workbook);
  user.server.saveSetup({ stages: user.server.getSetup().stages, renames: [], renameProspects: false });
  return { workbook, ...user };
}

describe('saveSetup with moves', () => {
  it('moves the prospects of a removed stage in one batch, logged as moves with a note, Stage since stamped', () => {
    const { workbook, server, services } = saved();
    const stages = server.getSetup().stages.filter((s) => s.name !== 'Meeting');
    stages.find((s) => s.name === 'Qualified')!.momentOfTruth = true;
    const before = workbook.sheet('Leads').values('A1:J21');
    services.counters.reset();
    const result = server.saveSetup({ stages, renames: [], renameProspects: false, moves: [{ from: 'Meeting', to: 'qualified' }] });
    expect(result).toMatchObject({ movedProspects: 4, invalidValues: 0, renamedProspects: 0 });
    const after = workbook.sheet('Leads').values('A1:J21');
    const meetingRows = before.flatMap((row, i) => (row[3] === 'Meeting' ? [i] : []));
    expect(meetingRows).toHaveLength(4);
    for (const i of meetingRows) {
      expect(after[i][3]).toBe('Qualified'); // spelt as the pipeline spells it
      expect(after[i][7]).toBeInstanceOf(Date);
      after[i][3] = before[i][3];
      after[i][7] = before[i][7];
    }
    // Nothing else in the sheet changed.
    expect(after).toEqual(before);
    const log = workbook.sheet('Stage History').values('A2:I5');
    expect(log.map((row) => [row[1], row[3], row[4], row[7], row[8]])).toEqual(
      meetingRows.map((i) => [before[i][0], 'Meeting', 'Qualified', 'Stage Meeting removed in Setup', 'move']),
    );
    // One write of the stage cells, one of Stage since, one history append.
    const leadsWrites = services.counters.io.filter((io) => io.kind === 'write' && io.sheet === 'Leads' && io.method !== 'Range.setDataValidation');
    expect(leadsWrites.filter((io) => /^D/.test(io.a1))).toHaveLength(1);
    expect(leadsWrites.filter((io) => /^H/.test(io.a1))).toHaveLength(1);
    expect(server.getPipelineSummary(null).problems).toBe(0);
  });

  it('refuses a target that is not a stage of the pipeline being saved, before writing anything', () => {
    const { workbook, server } = saved();
    const stages = server.getSetup().stages.filter((s) => s.name !== 'Proposal');
    const before = workbook.sheet('Leads').values();
    const setupBefore = workbook.sheet('Pipeline Setup').values();
    expect(() => server.saveSetup({ stages, renames: [], renameProspects: false, moves: [{ from: 'Proposal', to: 'Meeting 2' }] })).toThrow(
      'The prospects of Proposal cannot go to Meeting 2',
    );
    expect(workbook.sheet('Leads').values()).toEqual(before);
    expect(workbook.sheet('Pipeline Setup').values()).toEqual(setupBefore);
  });

  it('ignores a move out of a stage that is kept or renamed: renames carry their prospects', () => {
    const { workbook, server } = saved();
    const stages = server.getSetup().stages.map((s) => (s.name === 'Proposal' ? { ...s, name: 'Offer' } : s));
    const result = server.saveSetup({
      stages,
      renames: [{ from: 'Proposal', to: 'Offer' }],
      renameProspects: true,
      moves: [
        { from: 'Proposal', to: 'Lead' },
        { from: 'Lead', to: 'Contacted' },
      ],
    });
    expect(result).toMatchObject({ movedProspects: 0, renamedProspects: 4 });
    expect(workbook.sheet('Leads').values('D2:D6').flat()).toEqual(['Lead', 'Contacted', 'Qualified', 'Meeting', 'Offer']);
  });
});
