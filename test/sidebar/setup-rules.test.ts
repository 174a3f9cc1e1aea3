// The Setup editor's rules, without a browser: validation, renames and stages left without prospects' home.
import type { StageSetup } from '../../src/server/api';
import { orphanedStages, prospectsRenamed, renamesOf, validateSetup, type EditedStage } from '../../sidebar/setup-rules';
import { stagesEn } from './fixtures';

const edited = (stages: StageSetup[] = stagesEn): EditedStage[] => stages.map((stage, index) => ({ key: index + 1, original: stage.name, stage: { ...stage } }));
const messages = (rows: EditedStage[], mapping = {}) => validateSetup(rows, { prospect: 'Prospect', stage: 'Stage', ...mapping }).map((p) => p.message);

describe('validateSetup', () => {
  it('accepts the fixture pipeline', () => {
    expect(messages(edited())).toEqual([]);
  });

  it('refuses two won stages, pointing at the second', () => {
    const rows = edited();
    rows[4].stage.kind = 'won';
    const problems = validateSetup(rows, null);
    expect(problems).toEqual([{ message: 'errWonMany', params: { n: 2, names: 'Proposal sent, Won' }, key: 6, field: 'kind' }]);
  });

  it('refuses a pipeline with no won stage, no ordinary stage or no moment of truth', () => {
    const rows = edited([{ ...stagesEn[6] }]);
    expect(messages(rows)).toEqual(['errWonNone', 'errNoOrdinary', 'errMomentOfTruthNone']);
  });

  it('refuses names that are empty or the same once case and spacing are ignored', () => {
    const rows = edited();
    rows[0].stage.name = '  ';
    rows[1].stage.name = ' qualified ';
    expect(messages(rows)).toEqual(['errNameEmpty', 'errNameTwice']);
  });

  it('refuses two moments of truth, and one that is not an ordinary stage', () => {
    const rows = edited();
    rows[5].stage.momentOfTruth = true;
    expect(messages(rows)).toEqual(['errMomentOfTruthKind', 'errMomentOfTruthMany']);
  });

  it('refuses probabilities outside 0–100% and stall limits that are not whole days', () => {
    const rows = edited();
    rows[0].stage.probability = 1.5;
    rows[1].stage.probability = Number.NaN;
    rows[2].stage.stallDays = 2.5;
    expect(messages(rows)).toEqual(['errProbability', 'errProbability', 'errStallDays']);
  });

  it('requires the prospect and stage columns and refuses one column for two roles', () => {
    expect(messages(edited(), { stage: undefined, owner: 'Prospect' })).toEqual(['errRoleMissing', 'errHeaderTwice']);
  });
});

describe('renames', () => {
  it('lists saved stages whose name changed, trimmed, and counts the prospects they carry', () => {
    const rows = edited();
    rows[2].stage.name = ' Qualified lead ';
    rows.push({ key: 99, original: null, stage: { ...stagesEn[0], name: 'Brand new' } });
    const renames = renamesOf(rows);
    expect(renames).toEqual([{ from: 'Qualified', to: 'Qualified lead' }]);
    expect(prospectsRenamed(renames, { Qualified: 30, Contacted: 5 })).toBe(30);
  });

  it('reports removed stages that still hold prospects, unless a stage of that name remains', () => {
    const rows = edited().filter(({ stage }) => stage.name !== 'Contacted' && stage.name !== 'Won');
    rows.push({ key: 99, original: null, stage: { ...stagesEn[5], name: 'WON' } });
    expect(orphanedStages(stagesEn.map((s) => s.name), rows, { Contacted: 35, Won: 30, Lost: 0 })).toEqual([{ name: 'Contacted', count: 35 }]);
  });
});
