import { blankStage, mappingProblems, rowsToSetup, setupProblems, setupToRows } from '../../src/core/setup';
import type { ColumnMapping, StageSetup } from '../../src/core/types';

const stage = blankStage;

describe('setup table', () => {
  const stages = [
    stage('Enquiry', { probability: 0.1, stallDays: 2, exitCriteria: ['Owner'], playbook: 'Call back within 1 hour.', followUpDays: 1 }),
    stage('Site visit', { momentOfTruth: true, probability: 0.5, buyerStep: 'Sees the venue' }),
    stage('Booked', { kind: 'won', probability: 1 }),
    stage('Lost', { kind: 'lost', probability: 0 }),
  ];

  it('round-trips through the sheet rows', () => {
    expect(rowsToSetup(setupToRows(stages, 'en'))).toEqual(stages);
  });

  it('keeps the follow-up default in the ninth column, after the playbook', () => {
    const rows = setupToRows(stages, 'en');
    expect(rows[0][8]).toBe('Follow up after (days)');
    expect(rows[1][8]).toBe(1);
    expect(rows[2][8]).toBe('');
  });

  it('writes Vietnamese headers and kinds that the formulas still read', () => {
    const rows = setupToRows(stages, 'vi');
    expect(rows[0][0]).toBe('Giai đoạn');
    expect(rows[3][1]).toBe('thắng');
    expect(rowsToSetup(rows)).toEqual(stages);
  });

  it('reads a hand-edited sheet: checkbox text, comma lists, blank kinds', () => {
    const read = rowsToSetup([
      ['Stage', 'Kind', 'Win probability', 'Moment of truth', 'Buyer step', 'Stall after (days)', 'Exit criteria', 'Playbook'],
      ['Lead', '', '', 'x', '', 5, ' Owner ,Value,', ''],
      ['Won', '', '', '', '', '', '', ''],
    ]);
    expect(read[0]).toMatchObject({ name: 'Lead', kind: 'stage', momentOfTruth: true, stallDays: 5, exitCriteria: ['Owner', 'Value'] });
    expect(read[1].kind).toBe('won');
  });

  it('opens a sheet the formulas would refuse, so the editor can fix it', () => {
    const read = rowsToSetup([
      ['Stage', 'Kind', 'Win probability'],
      ['Lead', 'won', 'lots'],
      [3, 'maybe', ''],
      ['Sold', 'won', ''],
    ]);
    expect(read.map((s) => [s.name, s.kind, s.probability])).toEqual([
      ['Lead', 'won', null],
      ['3', 'stage', null],
      ['Sold', 'won', null],
    ]);
    expect(setupProblems(read).map((p) => p.kind)).toContain('wonCount');
  });
});

describe('setupProblems', () => {
  const valid = () => [
    stage('Lead', { stallDays: 3 }),
    stage('Qualified'),
    stage('Meeting', { momentOfTruth: true }),
    stage('Proposal'),
    stage('Won', { kind: 'won' }),
    stage('Lost', { kind: 'lost' }),
  ];
  const kinds = (stages: StageSetup[], mapping?: ColumnMapping) => setupProblems(stages, mapping).map((p) => p.kind);

  it('accepts a valid setup', () => {
    expect(setupProblems(valid(), { prospect: 'Prospect', stage: 'Stage' })).toEqual([]);
  });

  it('names every broken rule', () => {
    const problems = kinds([
      stage(''),
      stage('Lead'),
      stage('lead'),
      stage('Won', { kind: 'won', momentOfTruth: true }),
      stage('Sold', { kind: 'won', probability: 2 }),
    ]);
    expect(problems).toEqual(expect.arrayContaining(['noName', 'duplicate', 'wonCount', 'momentOfTruthNotStage', 'probability']));
  });

  it('points at the stage and field of a problem, so the editor can highlight it', () => {
    const stages = valid();
    stages[3].stallDays = 2.5;
    expect(setupProblems(stages)).toEqual([{ kind: 'stallDays', stage: 3, field: 'stallDays', name: 'Proposal' }]);
  });

  it('accepts a stall limit of 0 days and refuses one that is negative or not whole', () => {
    const stages = valid();
    stages[0].stallDays = 0;
    expect(setupProblems(stages)).toEqual([]);
    stages[1].stallDays = -1;
    stages[2].stallDays = 1.5;
    expect(kinds(stages)).toEqual(['stallDays', 'stallDays']);
  });

  it('accepts a follow-up default of 0 days or blank and refuses one that is negative or not whole, naming the stage', () => {
    const stages = valid();
    stages[0].followUpDays = 0;
    stages[1].followUpDays = null;
    stages[2].followUpDays = 3;
    expect(setupProblems(stages)).toEqual([]);
    stages[1].followUpDays = -2;
    stages[3].followUpDays = 0.5;
    expect(setupProblems(stages)).toEqual([
      { kind: 'followUpDays', stage: 1, field: 'followUpDays', name: stages[1].name },
      { kind: 'followUpDays', stage: 3, field: 'followUpDays', name: 'Proposal' },
    ]);
  });

  it('refuses a first stage named like the header, which the formulas would skip', () => {
    const stages = valid();
    stages[0].name = 'Stage';
    expect(setupProblems(stages)).toEqual([{ kind: 'reservedName', stage: 0, field: 'name', name: 'Stage' }]);
    stages[0].name = 'giai đoạn';
    expect(kinds(stages)).toEqual(['reservedName']);
  });

  it('refuses two won stages, pointing at the second, and names them', () => {
    const stages = valid();
    stages[3].kind = 'won';
    expect(setupProblems(stages)).toEqual([{ kind: 'wonCount', count: 2, names: ['Proposal', 'Won'], stage: 4, field: 'kind' }]);
  });

  it('refuses a pipeline with no won stage, no ordinary stage or no moment of truth', () => {
    expect(kinds([stage('Lost', { kind: 'lost' })])).toEqual(['wonCount', 'noStage', 'momentOfTruthCount']);
  });

  it('refuses names that are empty or the same once case and spacing are ignored, giving the trimmed name', () => {
    const stages = valid();
    stages[0].name = '  ';
    stages[2].name = ' qualified ';
    expect(setupProblems(stages).slice(0, 2)).toEqual([
      { kind: 'noName', stage: 0, field: 'name' },
      { kind: 'duplicate', stage: 2, field: 'name', name: 'qualified' },
    ]);
  });

  it('refuses two moments of truth, and one that is not an ordinary stage', () => {
    const stages = valid();
    stages[5].momentOfTruth = true;
    expect(kinds(stages)).toEqual(['momentOfTruthNotStage', 'momentOfTruthCount']);
  });

  it('refuses probabilities outside 0–100%, including one that is not a number', () => {
    const stages = valid();
    stages[0].probability = 1.5;
    stages[1].probability = Number.NaN;
    expect(kinds(stages)).toEqual(['probability', 'probability']);
  });

  it('requires a stage column and a column naming the prospect, where an ID column is enough', () => {
    expect(setupProblems(valid(), { prospect: '', status: 'Status' })).toEqual([
      { kind: 'roleMissing', role: 'stage', field: 'mapping' },
      { kind: 'roleMissing', role: 'prospect', field: 'mapping' },
    ]);
    expect(mappingProblems({ id: 'ID', stage: 'Stage' })).toEqual([]);
  });

  it('refuses one column for two roles, even written with other accents or case', () => {
    expect(mappingProblems({ prospect: 'Tên', stage: 'Giai đoạn', owner: 'giai doan' })).toEqual([
      { kind: 'headerTwice', header: 'giai doan', role: 'owner', other: 'stage', field: 'mapping' },
    ]);
  });

  it('leaves the mapping alone when none is given (a new sheet starts from its own headers)', () => {
    expect(setupProblems(valid(), null)).toEqual([]);
  });
});
