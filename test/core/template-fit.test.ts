// The template proposed to a sheet without a setup: by the stages its cells name, in either language.
import { proposeTemplate } from '../../src/core/template-fit';

const repeat = (value: string, n: number) => Array<string>(n).fill(value);

describe('proposeTemplate', () => {
  it('proposes the Vietnamese car dealer to a dealer whose sheet names its stages, with counts and unmatched values', () => {
    const cells = [
      ...repeat('Khách hỏi xe', 40),
      ...repeat('Lái thử', 25),
      ...repeat('lái  thử', 3), // same key: read as Lái thử
      ...repeat('Đã giao xe', 12),
      ...repeat('Closed Won', 2),
      ...repeat('Lai thu', 1), // no accents: chosen by it, but the pipeline will not read it
      '',
      '  ',
    ];
    const fit = proposeTemplate(cells, 'en');
    expect(fit).toMatchObject({ id: 'car-dealer', locale: 'vi', title: 'Đại lý ô tô', rows: 83 });
    expect(fit.counts.filter((c) => c.count > 0)).toEqual([
      { stage: 'Khách hỏi xe', count: 40 },
      { stage: 'Lái thử', count: 28 },
      { stage: 'Đã giao xe', count: 12 },
    ]);
    expect(fit.counts.map((c) => c.stage)).toEqual(fit.stages.map((s) => s.name));
    expect(fit.unmatched).toEqual([
      { value: 'Closed Won', count: 2 },
      { value: 'Lai thu', count: 1 },
    ]);
    expect(fit.stages.find((s) => s.momentOfTruth)?.name).toBe('Lái thử');
  });

  it('takes the language the cells are written in, whatever the user speaks', () => {
    const english = [...repeat('Enquiry', 5), ...repeat('Test drive', 4), 'Car delivered'];
    expect(proposeTemplate(english, 'vi')).toMatchObject({ id: 'car-dealer', locale: 'en' });
    expect(proposeTemplate(['Site visit', 'Brief taken'], 'vi')).toMatchObject({ id: 'hospitality', locale: 'en' });
  });

  it("keeps the built-in pipeline for a sheet that uses its names, and breaks a language tie by the user's", () => {
    expect(proposeTemplate(['Lead', 'Meeting', 'Proposal', 'Won', 'Lost', 'Contacted'], 'en')).toMatchObject({ id: 'default', locale: 'en' });
    // "Contacted" and "Qualified" are B2B's names too; the default names all five.
    expect(proposeTemplate(['Lead', 'Contacted', 'Qualified'], 'vi')).toMatchObject({ id: 'default' });
    // B2B's own English names: its English version, though its Vietnamese one is the user's language.
    expect(proposeTemplate(['Proposal sent', 'Negotiation'], 'vi')).toMatchObject({ id: 'b2b', locale: 'en' });
    expect(proposeTemplate(['Proposal sent', 'Negotiation'], 'en')).toMatchObject({ id: 'b2b', locale: 'en' });
  });

  it('proposes by language alone when the sheet names no stage of any template', () => {
    expect(proposeTemplate([], 'vi')).toMatchObject({ id: 'b2b', locale: 'vi', rows: 0, unmatched: [] });
    expect(proposeTemplate([], 'en')).toMatchObject({ id: 'default', locale: 'en' });
    const odd = proposeTemplate(['Banana', 'Banana', 42], 'vi');
    expect(odd).toMatchObject({ id: 'b2b', locale: 'vi', rows: 3 });
    expect(odd.unmatched).toEqual([
      { value: 'Banana', count: 2 },
      { value: '42', count: 1 },
    ]);
  });

  it('hands out copies: editing a proposal never edits the template', () => {
    const first = proposeTemplate(['Lái thử'], 'vi');
    first.stages[0].name = 'Changed';
    first.stages[0].exitCriteria.push('X');
    const second = proposeTemplate(['Lái thử'], 'vi');
    expect(second.stages[0].name).toBe('Khách hỏi xe');
    expect(second.stages[0].exitCriteria).not.toContain('X');
  });
});
