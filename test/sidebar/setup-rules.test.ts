// The Setup editor's model, without a browser: renames and stages left without prospects' home (validation: test/core/setup.test.ts).
import type { StageSetup } from '../../src/server/api';
import { orphanedStages, prospectsRenamed, renamesOf, type EditedStage } from '../../sidebar/setup-rules';
import { stagesEn } from './fixtures';

const edited = (stages: StageSetup[] = stagesEn): EditedStage[] =>
  stages.map((stage, index) => ({ key: index + 1, original: stage.name, stage: { ...stage } }));
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
    expect(
      orphanedStages(
        stagesEn.map((s) => s.name),
        rows,
        { Contacted: 35, Won: 30, Lost: 0 },
      ),
    ).toEqual([{ name: 'Contacted', count: 35 }]);
  });
});
