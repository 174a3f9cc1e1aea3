// The two messy 200-row files of issue 9 (a Vietnamese car dealer, a B2B rep): Check reads their text amounts and cleans them up in a few clicks.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { messyLeads, type MessyOptions } from '../../../preview/demo/messy';
import { Workbook } from '../../../preview/sheets';
import { readAmount } from '../../../src/core/amounts';
import { findTemplate } from '../../../src/core/templates';
import { userOf } from '../../server/workbook';

const FILES: [string, MessyOptions, string][] = [
  ['Vietnamese car dealer', { kind: 'car-dealer', locale: 'vi' }, 'vi'],
  ['B2B sales rep', { kind: 'b2b', locale: 'en' }, 'en'],
];
const report: string[] = [
  '| file | text values | readable | unreadable | Fix clicks one row at a time | clicks with Fix all | left to type |',
  '|---|---:|---:|---:|---:|---:|---:|',
];

const summaries: string[] = ['', '| file | open values not read | weighted open value |', '|---|---|---|'];

afterAll(() => {
  const dir = join(__dirname, '../../../artifacts');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'value-cleanup-clicks.md'), [...report, ...summaries].join('\n') + '\n');
});

describe.each(FILES)('the %s’s messy file', (label, options, locale) => {
  const file = messyLeads(options);
  const open = () => {
    const workbook = new Workbook({ id: 'messy', locale: locale === 'vi' ? 'vi_VN' : 'en_US', timeZone: 'Asia/Ho_Chi_Minh' });
    workbook.addSheet('Leads', file.rows);
    const user = userOf(workbook, 'owner@example.com', locale);
    // The template the user picks (its stage names are what the file's stages are misspellings of).
    user.server.saveSetup({ stages: findTemplate(options.kind, options.locale)!.stages, renames: [], renameProspects: false });
    return { workbook, ...user };
  };

  it('has 200 prospects, no Status column, about 75 values typed as text, and owners in several spellings', () => {
    expect(file.rows).toHaveLength(201);
    expect(file.rows[0]).not.toContain('Status');
    expect(file.rows[0]).not.toContain('Trạng thái');
    const texts = file.meant.size + file.unreadable.size;
    expect(texts).toBeGreaterThan(60);
    expect(texts).toBeLessThan(100);
    const owners = new Set(file.rows.slice(1).map((row) => row[2]));
    expect(owners.size).toBeGreaterThan(5);
  });

  it('is read by Check: every text amount listed, with the number it means or none where it cannot be told', () => {
    const { server } = open();
    const { problems } = server.checkValues();
    expect(problems.map((p) => p.row).sort((a, b) => a - b)).toEqual([...file.meant.keys(), ...file.unreadable].sort((a, b) => a - b));
    for (const problem of problems) expect(problem.reading).toBe(file.meant.get(problem.row) ?? null);
  });

  it('is cleaned up with one "Fix all" click per amount, every cell then holding the amount meant', () => {
    const { server, workbook } = open();
    const before = server.getPipelineSummary(null);
    let clicks = 0;
    for (;;) {
      const readable = server.checkValues().problems.filter((p) => p.reading !== null);
      if (readable.length === 0) break;
      const reading = readable[0].reading;
      const group = readable.filter((p) => p.reading === reading).map(({ row, id, name, value }) => ({ row, id, name, value }));
      const result = server.fixValues({ rows: group });
      expect(result.skipped).toEqual([]);
      clicks++;
    }
    const values = workbook.sheet('Leads').values();
    for (const [row, amount] of file.meant) expect(values[row - 1][file.valueColumn - 1]).toBe(amount);
    const left = server.checkValues().problems.map((p) => p.row);
    expect(left.sort((a, b) => a - b)).toEqual([...file.unreadable].sort((a, b) => a - b));
    expect(clicks).toBe(new Set(file.meant.values()).size);
    const after = server.getPipelineSummary(null);
    expect(after.unreadableValues).toBeLessThan(before.unreadableValues);
    expect(after.weightedOpenValue).toBeGreaterThan(before.weightedOpenValue!);
    summaries.push(
      `| ${label} | ${before.unreadableValues} → ${after.unreadableValues} | ${before.weightedOpenValue} → ${after.weightedOpenValue} |`,
    );
    report.push(
      `| ${label} | ${file.meant.size + file.unreadable.size} | ${file.meant.size} | ${file.unreadable.size} | ${file.meant.size} | ${clicks} | ${file.unreadable.size} |`,
    );
  });

  it('writes nothing the reader would not read back the same', () => {
    for (const row of file.rows.slice(1)) {
      const cell = row[file.valueColumn - 1];
      if (typeof cell === 'string' && cell !== '') expect(readAmount(cell)).toBe(file.meant.get(file.rows.indexOf(row) + 1) ?? null);
    }
  });
});
