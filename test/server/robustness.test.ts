// What the review found: stale setup, odd sidebar input, mappings, and a refused save that must write nothing.
import { makeWorkbook, prospectRows, refsOf, userOf } from './workbook';
import type { MoveRequest } from '../../src/server/api';

describe('moves read the pipeline fresh', () => {
  it('writes the stage as Pipeline Setup names it now, after a hand edit', () => {
    const workbook = makeWorkbook();
    const { services, server } = userOf(workbook);
    server.saveSetup({ stages: server.getSetup().stages, renames: [], renameProspects: false });
    workbook.userEdit('Pipeline Setup', 'A6', 'Quote'); // Proposal → Quote, by hand
    server.moveProspects({ prospects: refsOf(server, services, 'A5'), action: { kind: 'advance' } }); // at Meeting
    expect(workbook.sheet('Leads').values('D5')[0][0]).toBe('Quote');
  });
});

describe('odd input from the sidebar gets a clear refusal, never a TypeError', () => {
  const setUp = () => userOf(makeWorkbook());
  const move = (request: unknown) => {
    const { server } = setUp();
    try {
      server.moveProspects(request as MoveRequest);
      return 'moved';
    } catch (error) {
      return `${(error as Error).name}: ${(error as Error).message}`;
    }
  };

  it.each([
    [{ prospects: [null], action: { kind: 'advance' } }, 'StagecoachError: The sidebar sent prospects[0] in a form Stagecoach does not know.'],
    [
      { prospects: [{ row: '3' }], action: { kind: 'advance' } },
      'StagecoachError: The sidebar sent prospects[0].row as something other than a row number.',
    ],
    [{ prospects: [{ row: 3.5 }], action: { kind: 'advance' } }, 'StagecoachError: Row 3.5 is no longer a prospect row.'],
    [{ prospects: [{ row: 1 }], action: { kind: 'advance' } }, 'StagecoachError: Row 1 is no longer a prospect row.'],
    [
      { prospects: [{ row: 2, id: 'P00001', name: 'Company 1', stage: 'Lead' }], action: null },
      'StagecoachError: The sidebar asked for a move Stagecoach does not know.',
    ],
    [
      { prospects: [{ row: 2, id: 'P00001', name: 'Company 1', stage: 'Lead' }], action: { kind: 'explode' } },
      'StagecoachError: The sidebar asked for a move Stagecoach does not know.',
    ],
    [null, 'StagecoachError: Select one or more prospect rows first.'],
  ])('refuses %j plainly', (request, message) => {
    expect(move(request)).toContain(message);
  });

  it('moves a prospect once when the same row is sent twice', () => {
    const workbook = makeWorkbook();
    const { server } = userOf(workbook);
    const ref = { row: 3, id: 'P00002', name: 'Company 2', stage: 'Contacted' };
    server.moveProspects({ prospects: [ref, { ...ref }], action: { kind: 'advance' } });
    expect(workbook.sheet('Stage History').lastRow()).toBe(2);
  });

  it('refuses an owner filter that is not text', () => {
    const { server } = setUp();
    expect(() => server.getPipelineSummary(5 as unknown as string)).toThrow('The sidebar sent owner as something other than text.');
  });

  it('ignores renames to names that are not stages, and refuses renames that are not pairs of names', () => {
    const workbook = makeWorkbook();
    const { server } = userOf(workbook);
    const stages = server.getSetup().stages;
    expect(server.saveSetup({ stages, renames: [{ from: 'Lead', to: 'Nowhere' }], renameProspects: true }).renamedProspects).toBe(0);
    expect(() => server.saveSetup({ stages, renames: [null as unknown as { from: string; to: string }], renameProspects: true })).toThrow(
      'The sidebar sent renames[0] in a form Stagecoach does not know.',
    );
  });
});

describe('column mapping', () => {
  it('writes no status when the user says the sheet has no status column', () => {
    const workbook = makeWorkbook();
    const { services, server } = userOf(workbook);
    server.saveSetup({
      stages: server.getSetup().stages,
      renames: [],
      renameProspects: false,
      mapping: { id: 'ID', prospect: 'Company', stage: 'Stage', status: '' },
    });
    server.moveProspects({ prospects: refsOf(server, services, 'A2'), action: { kind: 'won' } });
    expect(workbook.sheet('Leads').values('D2:E2')[0]).toEqual(['Won', '']);
  });

  it('refuses a header mapped to two roles, or one the sheet does not have, and writes nothing', () => {
    const workbook = makeWorkbook();
    const { server } = userOf(workbook);
    const stages = server.getSetup().stages;
    expect(() =>
      server.saveSetup({ stages, renames: [], renameProspects: false, mapping: { prospect: 'Company', stage: 'Stage', status: 'Stage' } }),
    ).toThrow('The column "Stage" is mapped to two roles.');
    expect(() => server.saveSetup({ stages, renames: [], renameProspects: false, mapping: { prospect: 'Company', stage: 'Phase' } })).toThrow(
      'The prospects sheet has no column "Phase".',
    );
    expect(workbook.findSheet('Pipeline Setup')).toBeFalsy();
  });

  it('starts a newly chosen sheet from its own headers, and refuses it whole when it cannot hold prospects', () => {
    const workbook = makeWorkbook();
    workbook.addSheet('Other', [
      ['Note', 'Stage'],
      ['hello', 'Lead'],
    ]);
    const { server } = userOf(workbook);
    const stages = server.getSetup().stages;
    server.saveSetup({ stages, renames: [], renameProspects: false, mapping: { prospect: 'Company', stage: 'Stage' } });
    const renamed = stages.map((s) => (s.name === 'Meeting' ? { ...s, name: 'Demo' } : s));
    expect(() =>
      server.saveSetup({ stages: renamed, renames: [{ from: 'Meeting', to: 'Demo' }], renameProspects: true, prospectsSheet: 'Other' }),
    ).toThrow('The sheet "Other" has no column naming the prospect');
    expect(workbook.sheet('Pipeline Setup').values('A5')[0][0]).toBe('Meeting');
    expect(server.getSidebarState().prospectsSheet).toBe('Leads');
  });
});

describe('stage since and languages', () => {
  it('stamps Stage since when a won prospect is marked lost and moves to the lost stage', () => {
    const workbook = makeWorkbook(prospectRows(2, () => 'Won'));
    const { services, server } = userOf(workbook);
    server.moveProspects({ prospects: refsOf(server, services, 'A2'), action: { kind: 'lost', reason: 'Cancelled the order' } });
    expect(workbook.sheet('Leads').values('D2:E2')[0]).toEqual(['Lost', 'Lost']);
    expect(workbook.sheet('Leads').values('H2')[0][0]).toBeInstanceOf(Date);
  });

  it('quotes values in Check and heads Stage History in Vietnamese for a Vietnamese user', () => {
    const rows = prospectRows(3).map((row, i) => (i === 0 ? [...row.slice(0, 3), new Date(Date.UTC(2026, 0, 5)), ...row.slice(4)] : row));
    const workbook = makeWorkbook(rows);
    const { services, server } = userOf(workbook, 'an@x', 'vi');
    expect(server.checkStages().problems[0].problem).toBe('"2026-01-05" là một ngày, không phải tên giai đoạn.');
    server.moveProspects({ prospects: refsOf(server, services, 'A3'), action: { kind: 'advance' } });
    expect(workbook.sheet('Stage History').values('A1:H1')[0]).toEqual([
      'Thời điểm',
      'Mã',
      'Khách hàng tiềm năng',
      'Từ',
      'Đến',
      'Trạng thái',
      'Người thực hiện',
      'Ghi chú',
    ]);
  });
});
