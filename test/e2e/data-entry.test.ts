// Data entry in the preview's grid as a person does it: typing, the dropdown, paste, delete, undo, find, fast typing.
// Every stage change made in the grid reaches the bundle's onEdit and lands in Stage History, as in Sheets.
import type { Browser, Page } from 'playwright-core';
import { dayClock } from '../../src/core/calendar';
import type { CellValue } from '../../src/sheets/gas';
import { clickCell, launchBrowser, openPreview, screenshot, textOf, textOfCell, type Opened } from './preview-page';
import { DemoRows, type DemoRow } from './demo-rows';

let browser: Browser;
let opened: Opened;
let page: Page;
let rows: DemoRows;

beforeAll(async () => {
  browser = await launchBrowser();
  opened = await openPreview(browser);
  page = opened.page;
  rows = new DemoRows(opened.preview);
});

afterAll(async () => {
  await opened?.preview.close();
  await browser?.close();
});

afterEach(() => expect(opened.dialogs).toEqual([]));

const leads = () => opened.preview.session.workbook.sheet('Leads');

/** Stage History rows of one prospect: From, To, Change. */
function historyOf(prospect: DemoRow): string[][] {
  const sheet = opened.preview.session.workbook.sheet('Stage History');
  return sheet
    .values(`A2:I${sheet.lastRow()}`)
    .filter((row) => row[1] === prospect.id)
    .map((row) => [String(row[3]), String(row[4]), String(row[8])]);
}

/** Waits until the page has sent every edit and drawn the answers (the page marks itself busy meanwhile). */
const settled = () => page.locator('body:not([data-busy])').waitFor({ timeout: 20000 });

/** Stage since of a row, as a Date the onEdit stamped (a logged stage change stamps today, in the spreadsheet's zone). */
const stageSince = (row: number): CellValue => leads().values(`H${row}`)[0]?.[0] ?? '';

function expectStampedSince(row: number, startedAt: number): void {
  const since = stageSince(row);
  expect(since).toBeInstanceOf(Date);
  const clock = dayClock(opened.preview.session.workbook.timeZone);
  // Today's date where the spreadsheet is (midnight there), whichever side of midnight the test ran.
  const days = [startedAt, Date.now()].map((ms) => clock.dayStart(clock.dayOf(ms)).getTime());
  expect(days).toContain((since as Date).getTime());
}

/** Text pasted from another program: the browser's paste event on the grid, with the clipboard's TSV. */
async function pasteFromOutside(tsv: string): Promise<void> {
  await page.evaluate((text) => {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    document.activeElement?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, tsv);
}

/** Two open prospects on neighbouring rows, for a pasted block. */
function neighbours(): [DemoRow, DemoRow] {
  const all = rows.all();
  for (let i = 0; i + 1 < all.length; i++) {
    const [a, b] = [all[i] as DemoRow, all[i + 1] as DemoRow];
    if (a.status === 'Open' && b.status === 'Open' && a.stage !== 'Deposit paid' && b.stage !== 'Deposit paid' && a.row > 40) {
      rows.pick(a.stage, [], 'Open'); // keeps later picks off these rows (pick takes the first unused match)
      return [a, b];
    }
  }
  throw new Error('The demo has no two open prospects on neighbouring rows.');
}

describe('a stage changed in the grid is logged in Stage History as an edit', () => {
  it('typed: From the old stage, To the typed one, Stage since stamped', async () => {
    const prospect = rows.pick('Showroom visit');
    const startedAt = Date.now();
    await clickCell(page, `D${prospect.row}`);
    await page.keyboard.type('Test drive');
    await page.keyboard.press('Enter');
    await settled();
    expect(historyOf(prospect).at(-1)).toEqual(['Showroom visit', 'Test drive', 'edit']);
    expectStampedSince(prospect.row, startedAt);
    // Enter moved the selection down, as in Sheets.
    expect(await page.locator('#name-box').textContent()).toBe(`D${prospect.row + 1}`);
  });

  it('picked from the dropdown', async () => {
    const prospect = rows.pick('Test drive');
    const startedAt = Date.now();
    await clickCell(page, `D${prospect.row}`);
    await page.keyboard.press('Alt+ArrowDown');
    await page
      .getByRole('listbox', { name: `Options for D${prospect.row}` })
      .getByRole('option', { name: 'Finance approval' })
      .click();
    expect(await textOf(textOfCell(page, `D${prospect.row}`), 'Finance approval')).toBe('Finance approval');
    await settled();
    expect(historyOf(prospect).at(-1)).toEqual(['Test drive', 'Finance approval', 'edit']);
    expectStampedSince(prospect.row, startedAt);
  });

  it('pasted as a block from outside, then undone with Ctrl+Z: one row per prospect each time', async () => {
    const [first, second] = neighbours();
    const startedAt = Date.now();
    await clickCell(page, `D${first.row}`);
    await pasteFromOutside('Deposit paid\nDeposit paid\n');
    expect(await textOf(textOfCell(page, `D${second.row}`), 'Deposit paid')).toBe('Deposit paid');
    await settled();
    // Sheets selects the pasted block.
    expect(await page.locator('#name-box').textContent()).toBe(`D${first.row}:D${second.row}`);
    expect(historyOf(first).at(-1)).toEqual([first.stage, 'Deposit paid', 'edit']);
    expect(historyOf(second).at(-1)).toEqual([second.stage, 'Deposit paid', 'edit']);
    expectStampedSince(first.row, startedAt);
    expectStampedSince(second.row, startedAt);
    await screenshot(page, 'data-entry-pasted');

    await page.keyboard.press('Control+Z');
    expect(await textOf(textOfCell(page, `D${first.row}`), first.stage)).toBe(first.stage);
    await settled();
    expect(await textOfCell(page, `D${second.row}`).textContent()).toBe(second.stage);
    expect(historyOf(first).at(-1)).toEqual(['Deposit paid', first.stage, 'edit']);
    expect(historyOf(second).at(-1)).toEqual(['Deposit paid', second.stage, 'edit']);
  });

  it('typed and undone: the undo is logged back to the old stage', async () => {
    const prospect = rows.pick('Enquiry');
    await clickCell(page, `D${prospect.row}`);
    await page.keyboard.type('Showroom visit');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+Z');
    expect(await textOf(textOfCell(page, `D${prospect.row}`), 'Enquiry')).toBe('Enquiry');
    await settled();
    expect(historyOf(prospect).slice(-2)).toEqual([
      ['Enquiry', 'Showroom visit', 'edit'],
      ['Showroom visit', 'Enquiry', 'edit'],
    ]);
    // The undone cell is selected again.
    expect(await page.locator('#name-box').textContent()).toBe(`D${prospect.row}`);
  });

  it('a cell deleted leaves no history row (a blank stage is no stage), and undo brings it back', async () => {
    const prospect = rows.pick('Quote & trade-in');
    const before = historyOf(prospect).length;
    await clickCell(page, `D${prospect.row}`);
    await page.keyboard.press('Delete');
    await settled();
    expect(leads().values(`D${prospect.row}`)[0]?.[0]).toBe('');
    await page.keyboard.press('Control+Z');
    expect(await textOf(textOfCell(page, `D${prospect.row}`), 'Quote & trade-in')).toBe('Quote & trade-in');
    await settled();
    expect(historyOf(prospect).length).toBe(before);
  });
});

describe('data entry as in Sheets', () => {
  it('Tab moves right, Escape cancels what was typed', async () => {
    const prospect = rows.pick('Enquiry', [11]);
    const nextStep = String(leads().values(`L${prospect.row}`)[0]?.[0]);
    await clickCell(page, `K${prospect.row}`);
    await page.keyboard.press('Tab');
    expect(await page.locator('#name-box').textContent()).toBe(`L${prospect.row}`);
    await page.keyboard.type('Never saved');
    await page.keyboard.press('Escape');
    await settled();
    expect(leads().values(`L${prospect.row}`)[0]?.[0]).toBe(nextStep);
    expect(await textOfCell(page, `L${prospect.row}`).textContent()).toBe(nextStep);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('grid');
  });

  it('Ctrl+C and Ctrl+V copy a block within the grid', async () => {
    const top = rows.pick('Enquiry').row;
    await clickCell(page, `L${top}`);
    await page.keyboard.type('Call back Monday');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Send the brochure');
    await page.keyboard.press('Enter');
    await settled();
    await clickCell(page, `L${top}`);
    await clickCell(page, `L${top + 1}`, ['Shift']);
    await page.keyboard.press('Control+C');
    await clickCell(page, `M${top}`);
    await page.keyboard.press('Control+V');
    expect(await textOf(textOfCell(page, `M${top + 1}`), 'Send the brochure')).toBe('Send the brochure');
    await settled();
    expect(leads().values(`M${top}:M${top + 1}`)).toEqual([['Call back Monday'], ['Send the brochure']]);
  });

  it('Ctrl+F finds a prospect by name and selects its cell', async () => {
    const prospect = rows.all()[200] as DemoRow;
    await clickCell(page, 'A2');
    await page.keyboard.press('Control+F');
    const box = page.getByRole('searchbox', { name: 'Find in sheet' });
    await box.fill(prospect.id);
    await box.press('Enter');
    expect(await textOf(page.locator('#name-box'), `A${prospect.row}`)).toBe(`A${prospect.row}`);
    await expectInView(`A${prospect.row}`);
    await box.fill('nobody is called this');
    await box.press('Enter');
    expect(await textOf(page.getByRole('search').getByRole('status'), /No cell holds/)).toMatch(/No cell holds/);
    await box.press('Escape');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('grid');
  });

  it('100 cells typed fast, Enter after each, lose no keystroke and land each in its own row', async () => {
    const start = 2;
    const count = 100;
    const before = leads().values(`A1:L${start + count + 5}`);
    await clickCell(page, `M${start}`);
    const typed: string[] = [];
    const startedAt = Date.now();
    for (let i = 0; i < count; i++) {
      // 150–800 ms a cell on an idle machine: a short word at 20–80 ms a key, varied from cell to cell.
      const text = `r${i}${'x'.repeat(i % 5)}`;
      typed.push(text);
      await page.keyboard.type(text, { delay: 20 + ((i * 37) % 60) });
      await page.keyboard.press('Enter');
    }
    console.log(`typed ${count} cells in ${Date.now() - startedAt} ms`);
    await settled();
    const column = leads()
      .values(`M${start}:M${start + count - 1}`)
      .map((row) => row[0]);
    expect(column).toEqual(typed);
    // Nothing else moved: the columns beside are as they were, the row after the last is untouched.
    expect(leads().values(`A1:L${start + count + 5}`)).toEqual(before);
    expect(leads().values(`M${start + count}`)[0]?.[0]).toBe('');
    expect(await page.locator('#name-box').textContent()).toBe(`M${start + count}`);
    expect(await textOfCell(page, `M${start + count - 1}`).textContent()).toBe(typed[count - 1]);
  }, 240000);
});

async function expectInView(a1: string): Promise<void> {
  const box = await page.locator(`[data-cell="${a1}"]`).boundingBox();
  const scroller = await page.locator('#grid-scroller').boundingBox();
  expect(box && scroller && box.y >= scroller.y && box.y + box.height <= scroller.y + scroller.height).toBe(true);
}
