import { rowsToSetup, setupProblems, setupToRows } from '../../src/core/setup';
import type { StageSetup } from '../../src/core/types';

const stage = (name: string, over: Partial<StageSetup> = {}): StageSetup => ({
  name, kind: 'stage', probability: null, momentOfTruth: false, buyerStep: '', stallDays: null, exitCriteria: [], playbook: '', ...over,
});

describe('setup table', () => {
  const stages = [
    stage('Enquiry', { probability: 0.1, stallDays: 2, exitCriteria: ['Owner'], playbook: 'Call back within 1 hour.' }),
    stage('Site visit', { momentOfTruth: true, probability: 0.5, buyerStep: 'Sees the venue' }),
    stage('Booked', { kind: 'won', probability: 1 }),
    stage('Lost', { kind: 'lost', probability: 0 }),
  ];

  it('round-trips through the sheet rows', () => {
    expect(rowsToSetup(setupToRows(stages, 'en'))).toEqual(stages);
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
    const read = rowsToSetup([['Stage', 'Kind', 'Win probability'], ['Lead', 'won', 'lots'], [3, 'maybe', ''], ['Sold', 'won', '']]);
    expect(read.map((s) => [s.name, s.kind, s.probability])).toEqual([['Lead', 'won', null], ['3', 'stage', null], ['Sold', 'won', null]]);
    expect(setupProblems(read).map((p) => p.kind)).toContain('wonCount');
  });
});

describe('setupProblems', () => {
  it('accepts a valid setup', () => {
    expect(setupProblems([stage('Lead', { momentOfTruth: true }), stage('Won', { kind: 'won' })])).toEqual([]);
  });
  it('names every broken rule', () => {
    const problems = setupProblems([
      stage(''), stage('Lead'), stage('lead'), stage('Won', { kind: 'won', momentOfTruth: true }), stage('Sold', { kind: 'won', probability: 2 }),
    ]).map((p) => p.kind);
    expect(problems).toEqual(expect.arrayContaining(['noName', 'duplicate', 'wonCount', 'momentOfTruthNotStage', 'probability']));
  });
});
