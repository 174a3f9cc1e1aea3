// The first hour of issue 9's two testers, each with a messy 200-row leads file opened in the preview: set up the
// proposed pipeline, add the follow-up columns, clean up in Check, add the Status column when offered, build the
// dashboard. Counts the clicks each kind of cleanup takes (FIRST_HOUR_REPORT=1 prints them).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, FrameLocator, Locator } from 'playwright-core';
import { catalogues, type MessageKey } from '../../sidebar/i18n';
import { findTemplate } from '../../src/core/templates';
import { messyLeads, type MessyKind } from '../../preview/demo/messy';
import { launchBrowser, openPreview, sidebar, type Opened } from './preview-page';

interface Tester {
  who: string;
  kind: MessyKind;
  locale: 'en' | 'vi';
}

const TESTERS: Tester[] = [
  { who: 'Vietnamese car dealer', kind: 'car-dealer', locale: 'vi' },
  { who: 'B2B sales rep', kind: 'b2b', locale: 'en' },
];

type Kind =
  'setup' | 'stage fix all' | 'stage fix one' | 'tidy spelling' | 'value fix all' | 'value fix one' | 'navigation' | 'status column' | 'dashboard';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A catalogue message as a pattern: each {placeholder} matches anything (a capture group). */
function pattern(locale: 'en' | 'vi', key: MessageKey, anchored = true): RegExp {
  const text = catalogues[locale][key] as string;
  const body = text
    .split(/\{\w+\}/)
    .map(escape)
    .join('(.+?)');
  return new RegExp(anchored ? `^${body}$` : body);
}

function csvOf(rows: unknown[][]): string {
  const cell = (value: unknown) => {
    const text = String(value ?? '');
    return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return rows.map((row) => row.map(cell).join(',')).join('\n') + '\n';
}

class Clicks {
  readonly counts = new Map<Kind, number>();
  async click(kind: Kind, target: Locator): Promise<void> {
    await target.click();
    this.counts.set(kind, (this.counts.get(kind) ?? 0) + 1);
  }
  of(kind: Kind): number {
    return this.counts.get(kind) ?? 0;
  }
}

let browser: Browser;
let folder: string;
const report: string[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  folder = mkdtempSync(join(tmpdir(), 'first-hour-'));
});

afterAll(async () => {
  await browser?.close();
  rmSync(folder, { recursive: true, force: true });
  if (process.env.FIRST_HOUR_REPORT) console.log(report.join('\n'));
});

describe.each(TESTERS)('the first hour of a $who', ({ who, kind, locale }) => {
  const messy = messyLeads({ kind, locale });
  const words = catalogues[locale];
  const template = findTemplate(kind, locale)!;
  let opened: Opened;

  beforeAll(async () => {
    const file = join(folder, `${kind}.csv`);
    writeFileSync(file, csvOf(messy.rows));
    opened = await openPreview(browser, { file, locale });
  });

  afterAll(async () => {
    await opened?.preview.close();
  });

  test('to zero stage problems and only unreadable values left, one click per distinct slip and per amount', async () => {
    const { page, preview } = opened;
    const frame: FrameLocator = sidebar(page);
    const clicks = new Clicks();
    const sheetName = preview.session.workbook.sheets[0].name;
    const cells = () => preview.session.workbook.sheet(sheetName).values().slice(1);
    const valueAt = messy.valueColumn - 1;

    // What the file holds once imported (the preview reads "1.200.000.000" as a number in vi_VN, "$60,000" in en_US).
    const textRows = cells()
      .map((row, i) => ({ row: i + 2, value: row[valueAt] }))
      .filter((r) => typeof r.value === 'string' && r.value.trim() !== '');
    const readable = textRows.filter((r) => messy.meant.has(r.row));
    const amounts = new Set(readable.map((r) => messy.meant.get(r.row)));
    const toType = textRows.length - readable.length;

    // 1. The sidebar proposes the template fitting the data and shows what it would read.
    await clicks.click('setup', frame.getByRole('button', { name: words.firstRunOpen, exact: true }));
    const picker = frame.getByRole('combobox', { name: words.template });
    await picker.waitFor();
    expect(await picker.inputValue()).toBe(`${kind}|${locale}`);
    const slips = await frame.locator('.proposal-unmatched li').count();
    expect(slips).toBeGreaterThan(0);
    await clicks.click('setup', frame.getByRole('button', { name: words.save, exact: true }));
    await frame.getByText(pattern(locale, 'savedStages')).first().waitFor();

    // 2. The follow-up columns, as offered under the column mapping.
    const both = words.columnsAnd.replace('{a}', words.headerNextStep).replace('{b}', words.headerFollowUp);
    const addColumns = frame.getByRole('button', { name: words.addColumnsButton.replace('{columns}', both), exact: true });
    await clicks.click('setup', addColumns);
    await addColumns.waitFor({ state: 'detached' });

    // 3. Check: one "fix all" per distinct slip, Tidy spelling once, one "fix all" per amount.
    await clicks.click('navigation', frame.getByRole('tab', { name: words.tabCheck, exact: true }));
    await frame.getByRole('button', { name: words.checkAgain }).waitFor();
    const fixAll = frame.locator('button', { hasText: pattern(locale, 'fixAll') });
    while ((await fixAll.count()) > 0) {
      const label = (await fixAll.first().getAttribute('aria-label'))!;
      await clicks.click('stage fix all', fixAll.first());
      await frame.getByRole('button', { name: label, exact: true }).first().waitFor({ state: 'detached' });
    }
    // A slip on one row only has a single fix.
    const fixOne = frame.locator('button:not(.value-check button)', { hasText: pattern(locale, 'fixTo') });
    while ((await fixOne.count()) > 0) {
      const label = (await fixOne.first().getAttribute('aria-label'))!;
      await clicks.click('stage fix one', fixOne.first());
      await frame.getByRole('button', { name: label, exact: true }).waitFor({ state: 'detached' });
    }
    const tidy = frame.getByRole('button', { name: words.tidySpelling, exact: true });
    if ((await tidy.count()) > 0) {
      await clicks.click('tidy spelling', tidy);
      await tidy.waitFor({ state: 'detached' });
    }
    const valueAll = frame.locator('button', { hasText: pattern(locale, 'valuesFixAll') });
    while ((await valueAll.count()) > 0) {
      const label = (await valueAll.first().getAttribute('aria-label'))!;
      await clicks.click('value fix all', valueAll.first());
      await frame.getByRole('button', { name: label, exact: true }).waitFor({ state: 'detached' });
    }
    const valueOne = frame.locator('.value-check button', { hasText: pattern(locale, 'valuesFixTo') });
    while ((await valueOne.count()) > 0) {
      const label = (await valueOne.first().getAttribute('aria-label'))!;
      await clicks.click('value fix one', valueOne.first());
      await frame.getByRole('button', { name: label, exact: true }).waitFor({ state: 'detached' });
    }

    // Zero stage problems, every stage cell in the pipeline's exact spelling, only amounts nobody can read left.
    await frame.getByText(words.noProblems.replace('{sheet}', sheetName), { exact: true }).waitFor();
    const names = new Set(template.stages.map((s) => s.name));
    expect(cells().filter((row) => !names.has(String(row[3])))).toEqual([]);
    await frame.getByText(words.valuesTitle.replace('{n}', String(toType)), { exact: true }).waitFor();
    expect(clicks.of('stage fix all') + clicks.of('stage fix one')).toBe(slips);
    expect(clicks.of('value fix all') + clicks.of('value fix one')).toBe(amounts.size);
    const left = cells().filter((row) => typeof row[valueAt] === 'string' && row[valueAt] !== '');
    expect(left).toHaveLength(toType);

    // 4. The first Won offers the Status column, at the column it names.
    await clicks.click('navigation', frame.getByRole('tab', { name: words.tabProspect, exact: true }));
    await clicks.click('status column', frame.getByRole('button', { name: words.markWon, exact: true }));
    const offer = frame.getByRole('alert').filter({ hasText: words.statusOfferTitle });
    // "A “Status” column added as column H keeps the stage": the header and the column the offer names.
    const [, header, column] = pattern(locale, 'statusOfferBody', false).exec((await offer.innerText()).replace(/\s+/g, ' ')) ?? [];
    await clicks.click('status column', offer.getByRole('button', { name: words.statusOfferAdd }));
    await offer.waitFor({ state: 'detached' });
    const headers = preview.session.workbook.sheet(sheetName).values()[0].map(String);
    expect(header).toBeTruthy();
    expect(String.fromCharCode(65 + headers.indexOf(header))).toBe(column);

    // 5. The dashboard.
    await clicks.click('navigation', frame.getByRole('tab', { name: words.tabSetup, exact: true }));
    await clicks.click('dashboard', frame.getByRole('button', { name: words.buildDashboard, exact: true }));
    await frame.getByText(pattern(locale, 'dashboardBuilt')).first().waitFor();

    report.push(
      `${who} (${locale}): ${textRows.length} text values (${readable.length} readable, ${toType} to type); ` +
        [...clicks.counts].map(([k, n]) => `${k} ${n}`).join(', '),
    );
  });
});
