import { findTemplate } from '../../src/core/templates';
import { makeWorkbook, prospectRows, userOf } from './workbook';

describe('setting up a sheet that already holds prospects', () => {
  const typo = prospectRows(6).map((row, i) => (i === 2 ? [...row.slice(0, 3), 'Qualifed', ...row.slice(4)] : row));

  it('detects the columns and says which sheet it found', () => {
    const { server } = userOf(makeWorkbook(typo));
    const state = server.getSidebarState();
    expect(state.prospectsSheet).toBe('Leads');
    expect(state.mapping).toMatchObject({
      id: 'ID',
      prospect: 'Company',
      owner: 'Owner',
      stage: 'Stage',
      status: 'Status',
      value: 'Value',
      customer: 'Customer',
      stageSince: 'Stage since',
      lostReason: 'Lost reason',
    });
    expect(state.problems).toEqual([]);
  });

  it('writes Pipeline Setup, a stage dropdown that refuses other values, and highlights invalid values', () => {
    const workbook = makeWorkbook(typo);
    const { server } = userOf(workbook);
    const result = server.saveSetup({ stages: server.getSetup().stages, renames: [], renameProspects: false });
    expect(result.invalidValues).toBe(1);
    expect(workbook.sheet('Pipeline Setup').values('A1:C3')).toEqual([
      ['Stage', 'Kind', 'Win probability'],
      ['Lead', 'stage', ''],
      ['Contacted', 'stage', ''],
    ]);
    expect(workbook.sheet('Pipeline Setup').cellInfo(5, 4)).toMatchObject({ value: true });
    expect(workbook.sheet('Pipeline Setup').cellInfo(5, 4).validation?.getCriteriaType()).toBe('CHECKBOX');
    const rule = workbook.sheet('Leads').cellInfo(3, 4).validation!;
    expect(rule.getCriteriaType()).toBe('VALUE_IN_RANGE');
    expect(rule.list).toEqual(['Lead', 'Contacted', 'Qualified', 'Meeting', 'Proposal', 'Won', 'Lost']);
    expect(rule.getAllowInvalid()).toBe(false);
    expect(() => workbook.userEdit('Leads', 'D3', 'Banana')).toThrow(/violates the data validation rules/);
    // The user's language only (moves write statuses in the dropdown's language).
    expect(workbook.sheet('Leads').cellInfo(4, 5).validation!.getCriteriaValues()[0]).toEqual(['Open', 'Won', 'Lost']);
    const [highlight] = workbook.sheet('Leads').conditionalFormats;
    expect(highlight.formula).toContain(`COUNTIF(INDIRECT("'Pipeline Setup'!A2:A"), TRIM($D2))=0`);
    expect(highlight.ranges).toEqual([expect.objectContaining({ row: 2, col: 4, numRows: 999, numCols: 1 })]);
  });

  it('keeps other conditional formats and does not pile up its own on a second save', () => {
    const workbook = makeWorkbook();
    const { services, server } = userOf(workbook);
    const sheet = services.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Leads')!;
    const theirs = services.SpreadsheetApp.newConditionalFormatRule()
      .whenFormulaSatisfied('=$F2>5000')
      .setBackground('#b7e1cd')
      .setRanges([sheet.getRange('F2:F')])
      .build();
    sheet.setConditionalFormatRules([theirs]);
    const stages = server.getSetup().stages;
    server.saveSetup({ stages, renames: [], renameProspects: false });
    server.saveSetup({ stages, renames: [], renameProspects: false });
    expect(workbook.sheet('Leads').conditionalFormats.map((r) => r.formula)).toEqual(['=$F2>5000', expect.stringContaining('INDIRECT')]);
  });

  it('renaming a stage carries its prospects along and logs nothing else', () => {
    const workbook = makeWorkbook();
    const { server } = userOf(workbook);
    const setup = server.getSetup();
    expect(setup.stageCounts.Meeting).toBe(4);
    const stages = setup.stages.map((s) => (s.name === 'Meeting' ? { ...s, name: 'Site visit' } : s));
    const result = server.saveSetup({ stages, renames: [{ from: 'Meeting', to: 'Site visit' }], renameProspects: true });
    expect(result).toMatchObject({ renamedProspects: 4, invalidValues: 0 });
    expect(workbook.sheet('Leads').values('D5')[0][0]).toBe('Site visit');
    expect(server.checkStages().problems).toEqual([]);
  });

  it('swaps two stage names without merging their prospects', () => {
    const workbook = makeWorkbook();
    const { server } = userOf(workbook);
    const stages = server
      .getSetup()
      .stages.map((s) => (s.name === 'Lead' ? { ...s, name: 'Contacted' } : s.name === 'Contacted' ? { ...s, name: 'Lead' } : s));
    server.saveSetup({
      stages,
      renames: [
        { from: 'Lead', to: 'Contacted' },
        { from: 'Contacted', to: 'Lead' },
      ],
      renameProspects: true,
    });
    expect(workbook.sheet('Leads').values('D2:D3').flat()).toEqual(['Contacted', 'Lead']);
  });

  it("reads another sheet's columns for the mapping, and switches to it on save", () => {
    const workbook = makeWorkbook();
    workbook.addSheet('Leads 2027', [
      ['Tên', 'Giai đoạn', 'Người phụ trách'],
      ['An', 'Lead', 'Hùng'],
    ]);
    const { server } = userOf(workbook);
    const other = server.getSetup('Leads 2027');
    expect(other).toMatchObject({
      prospectsSheet: 'Leads 2027',
      headers: ['Tên', 'Giai đoạn', 'Người phụ trách'],
      mapping: { prospect: 'Tên', stage: 'Giai đoạn', owner: 'Người phụ trách' },
      stageCounts: { Lead: 1 },
    });
    expect(server.getSetup().prospectsSheet).toBe('Leads');
    server.saveSetup({ stages: other.stages, renames: [], renameProspects: false, prospectsSheet: 'Leads 2027', mapping: other.mapping });
    expect(server.getSidebarState().prospectsSheet).toBe('Leads 2027');
  });

  it('refuses an invalid setup with every reason', () => {
    const { server } = userOf(makeWorkbook());
    const stages = server.getSetup().stages.map((s) => ({ ...s, kind: s.kind === 'lost' ? ('won' as const) : s.kind, momentOfTruth: false }));
    expect(() => server.saveSetup({ stages, renames: [], renameProspects: false })).toThrow(
      'The pipeline cannot be saved: exactly one stage must be won (now 2); mark exactly one moment of truth (now 0)',
    );
  });

  it('saves a template whose stage names look like numbers or formulas as text', () => {
    const workbook = makeWorkbook(prospectRows(2, () => 'Lead'));
    const { server } = userOf(workbook);
    const stages = findTemplate('b2b', 'en')!.stages.map((s, i) => (i === 1 ? { ...s, name: '=2+2' } : s));
    server.saveSetup({ stages, renames: [], renameProspects: false });
    expect(workbook.sheet('Pipeline Setup').values('A3')[0][0]).toBe('=2+2');
    expect(workbook.sheet('Pipeline Setup').formulas('A3')[0][0]).toBe('');
  });
});

describe('check and fix', () => {
  it('lists unreadable stage cells by sheet row with a suggestion, and fixes one in one click', () => {
    const rows = prospectRows(5).map((row, i) =>
      i === 1 ? [...row.slice(0, 3), 'contactd', ...row.slice(4)] : i === 3 ? [...row.slice(0, 3), 42, ...row.slice(4)] : row,
    );
    const workbook = makeWorkbook(rows);
    const { server } = userOf(workbook);
    const check = server.checkStages();
    expect(check.problems).toEqual([
      {
        row: 3,
        id: 'P00002',
        name: 'Company 2',
        value: 'contactd',
        problem: '"contactd" is not a stage of the pipeline.',
        suggestion: 'Contacted',
        suggestedStatus: '',
        sameFix: 1,
      },
      {
        row: 5,
        id: 'P00004',
        name: 'Company 4',
        value: '42',
        problem: '42 is a number, not a stage name.',
        suggestion: '',
        suggestedStatus: '',
        sameFix: 0,
      },
    ]);
    const after = server.fixStage({ row: 3, id: 'P00002', name: 'Company 2', value: 'contactd', replacement: 'Contacted' });
    expect(after.problems.map((p) => p.row)).toEqual([5]);
    expect(workbook.sheet('Leads').values('D3')[0][0]).toBe('Contacted');
    expect(workbook.sheet('Stage History').values('D2:E2')[0]).toEqual(['contactd', 'Contacted']);
  });

  it('refuses a fix when the cell changed since the check', () => {
    const rows = prospectRows(3).map((row, i) => (i === 0 ? [...row.slice(0, 3), 'Leed', ...row.slice(4)] : row));
    const workbook = makeWorkbook(rows);
    const { server } = userOf(workbook);
    workbook.userEdit('Leads', 'D2', 'Meeting');
    expect(() => server.fixStage({ row: 2, id: 'P00001', name: 'Company 1', value: 'Leed', replacement: 'Lead' })).toThrow(
      'Row 2 no longer holds "Leed"',
    );
    expect(workbook.sheet('Leads').values('D2')[0][0]).toBe('Meeting');
  });
});

describe('fixStage', () => {
  const typo = () => makeWorkbook(prospectRows(4).map((row, i) => (i === 1 ? [...row.slice(0, 3), 'Contactd', ...row.slice(4)] : row)));

  it('refuses to "fix" a valid stage, which would move the prospect past its exit criteria', () => {
    const workbook = typo();
    const { server } = userOf(workbook);
    expect(() => server.fixStage({ row: 2, id: 'P00001', name: 'Company 1', value: 'Lead', replacement: 'Won' })).toThrow(
      'Row 2: Check does not suggest "Won" for "Lead". Run Check again.',
    );
    expect(workbook.sheet('Leads').values('D2')[0][0]).toBe('Lead');
    expect(workbook.findSheet('Stage History')).toBeFalsy();
  });

  it('refuses a replacement other than the one Check suggests', () => {
    const { server } = userOf(typo());
    expect(() => server.fixStage({ row: 3, id: 'P00002', name: 'Company 2', value: 'Contactd', replacement: 'Proposal' })).toThrow(
      'Check does not suggest "Proposal" for "Contactd"',
    );
  });

  it('refuses a fix when the row now holds another prospect with the same typo', () => {
    const workbook = typo();
    const { server } = userOf(workbook);
    const [problem] = server.checkStages().problems;
    workbook.userEdit('Leads', 'B3', 'Company 9'); // a colleague retyped the row
    expect(() => server.fixStage({ ...problem, replacement: problem.suggestion })).toThrow(
      'Row 3 no longer holds "Company 2" (ID P00002); run Check again.',
    );
    expect(workbook.sheet('Leads').values('D3')[0][0]).toBe('Contactd');
  });
});

describe('the selection and the pipeline summary', () => {
  it('shows the selected prospect with its playbook stage, missing exit criteria and days in stage', () => {
    const workbook = makeWorkbook();
    const { services, server } = userOf(workbook);
    const setup = server.getSetup();
    setup.stages[1].exitCriteria = ['Phone'];
    server.saveSetup({ stages: setup.stages, renames: [], renameProspects: false });
    const since = new Date(Date.now() - 3 * 24 * 3600 * 1000 - 60000);
    services.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Leads')!.getRange('H3').setValue(since);
    services.select('Leads', 'B3'); // Company 2 at Contacted, with a phone
    expect(server.getSelection().prospects).toEqual([
      {
        row: 3,
        id: 'P00002',
        name: 'Company 2',
        stage: 'Contacted',
        status: 'open',
        owner: 'Lan',
        value: '1,001',
        daysInStage: 3,
        stalled: false,
        nextStage: 'Qualified',
        missingExitCriteria: [],
        stageKnown: true,
        movedWithout: [],
        lostWithoutReason: false,
        // The sheet has no Next step or Follow-up column.
        nextStep: '',
        followUp: '',
        followUpUnreadable: '',
      },
    ]);
    services.select('Leads', ['B8', 'C2']); // Company 7 at Contacted without a phone, and Company 1
    expect(server.getSelection().prospects.map((p) => [p.row, p.missingExitCriteria])).toEqual([
      [2, []],
      [8, ['Phone']],
    ]);
  });

  it('reports nothing selected off the prospects sheet', () => {
    const workbook = makeWorkbook();
    workbook.addSheet('Notes', [['hello']]);
    const { services, server } = userOf(workbook);
    server.getSidebarState();
    services.select('Notes', 'A1');
    expect(server.getSelection()).toEqual({ sheet: 'Notes', onProspects: false, prospects: [], more: 0 });
  });

  it('computes the KPIs, the funnel and stalled prospects', () => {
    const rows = prospectRows(10, (i) => ['Lead', 'Lead', 'Contacted', 'Meeting', 'Meeting', 'Proposal', 'Won', 'Won', 'Lost', 'Qualified'][i]);
    rows[5][7] = new Date(Date.now() - 40 * 24 * 3600 * 1000); // Proposal for 40 days
    const workbook = makeWorkbook(rows);
    const { server } = userOf(workbook);
    const setup = server.getSetup();
    setup.stages = setup.stages.map((s) => ({ ...s, momentOfTruth: s.name === 'Meeting', stallDays: s.name === 'Proposal' ? 14 : null }));
    server.saveSetup({ stages: setup.stages, renames: [], renameProspects: false });
    const summary = server.getPipelineSummary(null);
    expect(summary).toMatchObject({
      prospects: 10,
      leadToSale: 2 / 10,
      momentOfTruthStage: 'Meeting',
      momentOfTruthToSale: 2 / 5,
      winRate: 2 / 3,
      problems: 0,
    });
    expect(summary.funnel.map((s) => s.reached)).toEqual([10, 7, 6, 5, 3, 2]);
    expect(summary.funnel.find((s) => s.momentOfTruth)?.stage).toBe('Meeting');
    expect(summary.stalled).toEqual([expect.objectContaining({ row: 7, name: 'Company 6', stage: 'Proposal', daysInStage: 40, stallDays: 14 })]);
    expect(summary.owners).toEqual(['Lan', 'Minh']);
    expect(server.getPipelineSummary('Lan').prospects).toBe(5);
  });
});
