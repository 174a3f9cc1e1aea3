// All or nothing: an action checks everything it will write before its first write; read paths write no property.
import { openSidebar } from '../../src/server/menu';
import type { MoveRequest, SaveSetupRequest, StageSetup } from '../../src/server/api';
import { makeWorkbook, propertyWrites, refsOf, runEveryReadPath, userOf } from './workbook';

/** What a refused action must leave as it was: the prospects, the log, Pipeline Setup and the document properties. */
function snapshot(workbook: ReturnType<typeof makeWorkbook>) {
  const sheet = (name: string) => workbook.findSheet(name)?.values() ?? null;
  return { leads: sheet('Leads'), history: sheet('Stage History'), setup: sheet('Pipeline Setup'), properties: workbook.properties.entries() };
}

function refusal(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return `${(error as Error).name}: ${(error as Error).message}`;
  }
  throw new Error('the action was not refused');
}

describe('a move checks every text it will write before writing any', () => {
  const setUp = () => {
    const workbook = makeWorkbook();
    const user = userOf(workbook);
    user.server.saveSetup({ stages: user.server.getSetup().stages, renames: [], renameProspects: false });
    return { workbook, ...user };
  };

  it('refuses a lost reason longer than a cell holds, leaving the status unwritten and nothing logged', () => {
    const { workbook, services, server } = setUp();
    const before = snapshot(workbook);
    const message = refusal(() =>
      server.moveProspects({ prospects: refsOf(server, services, 'A3'), action: { kind: 'lost', reason: 'x'.repeat(50001) } }),
    );
    expect(message).toBe(
      'StagecoachError: The lost reason is 50001 characters long, but a cell of Google Sheets holds at most 50000. Shorten it and try again; nothing was changed.',
    );
    expect(snapshot(workbook)).toEqual(before);
  });

  it('refuses a reason and note that together overflow the Stage History cell', () => {
    const { workbook, services, server } = setUp();
    const before = snapshot(workbook);
    const request: MoveRequest = {
      prospects: refsOf(server, services, 'A3'),
      action: { kind: 'lost', reason: 'r'.repeat(30000) },
      note: 'n'.repeat(30000),
    };
    expect(refusal(() => server.moveProspects(request))).toContain('The lost reason and the note together (Stage History keeps them in one cell)');
    expect(snapshot(workbook)).toEqual(before);
  });

  it('refuses force sent as the text "false" instead of reading it as true', () => {
    const { workbook, services, server } = setUp();
    const before = snapshot(workbook);
    const request = { prospects: refsOf(server, services, 'A3'), action: { kind: 'advance' }, force: 'false' };
    expect(refusal(() => server.moveProspects(request as unknown as MoveRequest))).toBe(
      'StagecoachError: The sidebar sent force as something other than true or false. Reload the sidebar and try again; nothing was changed.',
    );
    expect(snapshot(workbook)).toEqual(before);
  });
});

describe('saveSetup refuses what it could only half save', () => {
  const setUp = (locale = 'en') => {
    const workbook = makeWorkbook();
    const user = userOf(workbook, 'minh@example.com', locale);
    const stages = user.server.getSetup().stages;
    user.server.saveSetup({ stages, renames: [], renameProspects: false });
    user.server.moveProspects({ prospects: refsOf(user.server, user.services, 'A2'), action: { kind: 'advance' } }); // Stage History exists
    return { workbook, stages, ...user };
  };
  /** 60 stages with long Vietnamese playbooks: Pipeline Setup holds them, document properties cannot. */
  const largeSetup = (stages: StageSetup[], repeat: number): StageSetup[] => {
    const open = stages.filter((s) => s.kind === 'stage');
    const rest = stages.filter((s) => s.kind !== 'stage');
    const playbook = 'Gọi điện cho khách hàng tiềm năng và hỏi nhu cầu. '.repeat(repeat);
    return [...Array.from({ length: 57 }, (_, i) => ({ ...open[0], name: `Giai đoạn ${i + 1}`, momentOfTruth: i === 2, playbook })), ...rest];
  };

  it.each(['Stage History', 'Pipeline Setup', 'stage history'])('refuses the add-on tab "%s" as the prospects sheet', (sheet) => {
    const { workbook, server, stages } = setUp();
    const before = snapshot(workbook);
    const message = refusal(() => server.saveSetup({ stages, renames: [], renameProspects: false, prospectsSheet: sheet, mapping: {} }));
    expect(message).toMatch(/is a sheet Stagecoach keeps itself: it cannot be the prospects sheet/);
    expect(snapshot(workbook)).toEqual(before);
  });

  it('refuses, in Vietnamese and with nothing written, playbooks too long for the copy in document properties', () => {
    const { workbook, server, stages } = setUp('vi');
    const before = snapshot(workbook);
    const message = refusal(() => server.saveSetup({ stages: largeSetup(stages, 150), renames: [], renameProspects: false }));
    expect(message).toMatch(
      /^StagecoachError: Các kịch bản dài quá \d+ KB nên chưa lưu được: .* tối đa \d+ KB\. Hãy rút ngắn các kịch bản dài nhất \("Giai đoạn 1"/,
    );
    expect(snapshot(workbook)).toEqual(before);
  });

  it('refuses a playbook longer than a cell of Pipeline Setup holds, naming its stage', () => {
    const { workbook, server, stages } = setUp();
    const before = snapshot(workbook);
    const long = stages.map((s, i) => (i === 1 ? { ...s, playbook: 'p'.repeat(50001) } : s));
    expect(refusal(() => server.saveSetup({ stages: long, renames: [], renameProspects: false }))).toContain(
      `The playbook of "${stages[1].name}" is 50001 characters long`,
    );
    expect(snapshot(workbook)).toEqual(before);
  });

  it('removes the chunks of an older, longer copy when a shorter setup is saved', () => {
    const { workbook, server, stages } = setUp();
    server.saveSetup({ stages: largeSetup(stages, 40), renames: [], renameProspects: false });
    const chunks = () => Object.keys(workbook.properties.entries()).filter((key) => /^stagecoach\.setup\.\d+$/.test(key)).length;
    expect(chunks()).toBeGreaterThan(10);
    server.saveSetup({ stages, renames: [], renameProspects: false });
    expect(chunks()).toBe(Number(workbook.properties.get('stagecoach.setup.parts')));
    expect(server.getSetup().stages).toEqual(stages);
  });

  it.each([
    ['missing chunks', { 'stagecoach.setup.parts': '3', 'stagecoach.setup.0': '[{"name":"Lead"' }],
    ['a copy that is not a setup', { 'stagecoach.setup.parts': '1', 'stagecoach.setup.0': '[{"name":5}]' }],
    ['a count that is not a number', { 'stagecoach.setup.parts': 'many' }],
  ])('reads Pipeline Setup, writing nothing, when the copy is broken (%s)', (_, broken) => {
    const { workbook, services, server } = setUp();
    workbook.userEdit('Pipeline Setup', 'A6', 'Quote'); // only the sheet says Quote
    for (const [key, value] of Object.entries(broken)) workbook.properties.set(key, value);
    // The poll's cached copy of the settings has expired (it lives ten minutes): the poll reads the properties again.
    services.CacheService.getDocumentCache()!.remove('stagecoach.pollCopy');
    services.log.length = 0;
    services.select('Leads', 'A6');
    expect(server.getSelection().prospects[0].stage).toBe('Proposal');
    expect(server.getSelection().prospects[0].stageKnown).toBe(false); // read against the sheet, not a stale copy
    expect(server.getPipelineSummary(null).funnel.map((step) => step.stage)).toContain('Quote');
    expect(propertyWrites(services.log)).toBe(0);
  });
});

describe('read paths write no document property', () => {
  it('takes the view the menu asked for without writing a property, and only once', () => {
    const workbook = makeWorkbook();
    const { services, server } = userOf(workbook);
    openSidebar(services, 'setup');
    services.log.length = 0;
    expect(server.getSidebarState().view).toBe('setup');
    expect(propertyWrites(services.log)).toBe(0);
    expect(server.getSidebarState().view).toBe('prospect');
  });

  it('writes none in any read path, after the menu opened the sidebar and an action saved the setup', () => {
    const workbook = makeWorkbook();
    const { services, server } = userOf(workbook);
    server.saveSetup({ stages: server.getSetup().stages, renames: [], renameProspects: false } satisfies SaveSetupRequest);
    server.moveProspects({ prospects: refsOf(server, services, 'A3'), action: { kind: 'advance' } });
    openSidebar(services, 'check');
    services.select('Leads', 'A2:A4');
    services.log.length = 0;
    runEveryReadPath(server);
    expect(services.log.filter((call) => call.startsWith('Properties.')).length).toBeGreaterThan(0); // they do read
    expect(propertyWrites(services.log)).toBe(0);
  });
});

// addon.md, Safety and data: "if Apps Script fails part-way anyway, history records what was written".
describe('a move that Google Sheets stops part-way', () => {
  const setUp = () => {
    const workbook = makeWorkbook();
    const user = userOf(workbook);
    user.server.saveSetup({ stages: user.server.getSetup().stages, renames: [], renameProspects: false });
    return { workbook, ...user };
  };
  const leads = (workbook: ReturnType<typeof makeWorkbook>) => workbook.sheet('Leads').values();
  const history = (workbook: ReturnType<typeof makeWorkbook>) => workbook.findSheet('Stage History')?.values().slice(1) ?? [];

  it('records the stage it wrote when the Stage since write fails after it, and says what is missing', () => {
    const { workbook, services, server } = setUp();
    const prospects = refsOf(server, services, 'A3:A4');
    services.failWriteAfter(1); // the stage column lands; Stage since does not
    const message = refusal(() => server.moveProspects({ prospects, action: { kind: 'advance' } }));
    expect(message).toBe(
      'StagecoachError: Google Sheets stopped part-way (Service Spreadsheets failed while accessing document with id demo.). ' +
        '2 of 2 prospects were changed and recorded in Stage History; not written: Stage since. Check those rows, then try again for the others.',
    );
    expect(
      leads(workbook)
        .slice(2, 4)
        .map((row) => [row[3], row[7]]),
    ).toEqual([
      ['Qualified', ''],
      ['Meeting', ''],
    ]);
    expect(history(workbook).map((row) => [row[1], row[3], row[4], row[7], row[8]])).toEqual([
      ['P00002', 'Contacted', 'Qualified', 'Google Sheets stopped before writing: Stage since', 'move'],
      ['P00003', 'Qualified', 'Meeting', 'Google Sheets stopped before writing: Stage since', 'move'],
    ]);
  });

  it('records the stage but the old status when the status write fails after it', () => {
    const { workbook, services, server } = setUp();
    const prospects = refsOf(server, services, 'A6'); // P00005 at Proposal, status blank
    services.failWriteAfter(1); // the stage lands (Won), the status "Won" does not
    const message = refusal(() => server.moveProspects({ prospects, action: { kind: 'won' } }));
    expect(message).toContain('1 of 1 prospects were changed and recorded in Stage History; not written: Status, Stage since.');
    expect(leads(workbook)[5].slice(3, 5)).toEqual(['Won', '']);
    expect(history(workbook).map((row) => row.slice(1, 6))).toEqual([['P00005', 'Company 5', 'Proposal', 'Won', '']]);
  });

  // Two rows apart advancing to two different stages: the stage column takes one call per stage, and the second fails.
  it('logs the prospect whose stage landed and not the one whose write failed, within one column', () => {
    const { workbook, services, server } = setUp();
    const prospects = refsOf(server, services, ['A2', 'A4']); // P00001 at Lead, P00003 at Qualified
    services.failWriteAfter(1);
    const message = refusal(() => server.moveProspects({ prospects, action: { kind: 'advance' } }));
    expect(message).toContain('1 of 2 prospects were changed and recorded in Stage History; not written: Stage since.');
    const stages = [leads(workbook)[1][3], leads(workbook)[3][3]];
    expect(stages).toEqual(['Contacted', 'Qualified']);
    expect(history(workbook).map((row) => row.slice(1, 5))).toEqual([['P00001', 'Company 1', 'Lead', 'Contacted']]);
  });

  it('writes nothing and logs nothing when the first write fails', () => {
    const { workbook, services, server } = setUp();
    const before = snapshot(workbook);
    const prospects = refsOf(server, services, 'A3');
    services.failWriteAfter(0);
    expect(refusal(() => server.moveProspects({ prospects, action: { kind: 'advance' } }))).toBe(
      'StagecoachError: Google Sheets stopped the change before anything was written (Service Spreadsheets failed while accessing document with id demo.). Nothing was changed; try again.',
    );
    expect({ leads: snapshot(workbook).leads, history: snapshot(workbook).history }).toEqual({ leads: before.leads, history: before.history });
  });
});
