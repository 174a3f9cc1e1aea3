// The preview end to end: the real bundle answering the real sidebar, driven through the grid and the sidebar.
import type { Browser, Page } from 'playwright-core';
import { cell, textOfCell, clickCell, launchBrowser, openPreview, screenshot, sidebar, textOf, type Opened } from './preview-page';
import { COLUMN, DemoRows } from './demo-rows';

const OPEN_STAGES = ['Enquiry', 'Showroom visit', 'Test drive', 'Quote & trade-in', 'Finance approval', 'Deposit paid'];

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

afterEach(() => {
  // Nothing the sheet holds may ever run as script: no alert() from the page or the sidebar.
  expect(opened.dialogs).toEqual([]);
});

const frame = () => sidebar(page);
const historyRow = () => opened.preview.session.workbook.sheet('Stage History').lastRow();

async function selectProspect(row: number, name: string): Promise<void> {
  await clickCell(page, `B${row}`);
  await frame().getByRole('heading', { level: 2, name, exact: true }).waitFor({ timeout: 10000 });
}

test('the page opens on the demo as a spreadsheet with the sidebar following a prospect', async () => {
  await page.getByRole('grid', { name: 'Leads' }).waitFor();
  expect(await page.getByRole('tab', { name: 'Leads' }).getAttribute('aria-selected')).toBe('true');
  for (const name of ['Pipeline Setup', 'Stage History']) await page.getByRole('tab', { name }).waitFor();
  expect(await page.getByRole('columnheader', { name: 'D', exact: true }).count()).toBe(1);
  // The demo has follow-ups due today: the sidebar opens on Today, and Prospect is one click away.
  await frame()
    .getByRole('tab', { name: /^Today: \d+ due$/, selected: true })
    .waitFor({ timeout: 10000 });
  await frame().getByRole('tab', { name: 'Prospect' }).click();
  await frame()
    .getByRole('heading', { name: /^Playbook: / })
    .waitFor({ timeout: 10000 });
  await screenshot(page, '01-first-view');
});

test('selecting a prospect shows its name, stage and playbook in the sidebar', async () => {
  const prospect = rows.pick('Test drive', [COLUMN.phone, COLUMN.nextStep, COLUMN.value]);
  await selectProspect(prospect.row, prospect.name);
  await frame().getByRole('heading', { name: 'Playbook: Test drive' }).waitFor();
  expect(await frame().locator('.playbook').textContent()).toContain('Moment of truth');
  expect(await frame().locator('[aria-current="step"]').textContent()).toContain('Test drive');
  expect(await page.locator('#name-box').textContent()).toBe(`B${prospect.row}`);
  await screenshot(page, '02-prospect-selected');
});

test('Advance moves the prospect: the stage cell changes and Stage History gains a row', async () => {
  const prospect = rows.pick('Showroom visit', [COLUMN.owner, COLUMN.phone, COLUMN.nextStep]);
  const before = historyRow();
  await selectProspect(prospect.row, prospect.name);
  await frame().getByRole('button', { name: 'Advance to Test drive' }).click();
  expect(await textOf(textOfCell(page, `D${prospect.row}`), 'Test drive')).toBe('Test drive');
  expect(await textOf(frame().getByRole('status'), `${prospect.name} moved.`)).toBe(`${prospect.name} moved.`);
  await screenshot(page, '03-advanced');

  await page.getByRole('tab', { name: 'Stage History' }).click();
  await page.getByRole('grid', { name: 'Stage History' }).waitFor();
  const last = historyRow();
  expect(last).toBe(before + 1);
  expect(await textOf(textOfCell(page, `C${last}`), prospect.name)).toBe(prospect.name);
  expect(await textOfCell(page, `D${last}`).textContent()).toBe('Showroom visit');
  expect(await textOfCell(page, `E${last}`).textContent()).toBe('Test drive');
  expect(await textOfCell(page, `G${last}`).textContent()).toBe('you@example.com');
  await cell(page, `C${last}`).evaluate((element) => element.scrollIntoView({ block: 'center' }));
  await screenshot(page, '04-stage-history');
  await page.getByRole('tab', { name: 'Leads' }).click();
  await page.getByRole('grid', { name: 'Leads' }).waitFor();
});

test('three selected prospects move in one batch', async () => {
  const three = [rows.pick('Enquiry'), rows.pick('Enquiry'), rows.pick('Enquiry')];
  const before = historyRow();
  await clickCell(page, `B${three[0].row}`);
  await clickCell(page, `B${three[1].row}`, ['Control']);
  await clickCell(page, `B${three[2].row}`, ['Control']);
  await frame().getByRole('heading', { name: '3 prospects selected' }).waitFor({ timeout: 10000 });
  await frame().getByLabel('Move to').selectOption('Showroom visit');
  await frame().getByRole('button', { name: 'Move', exact: true }).click();
  for (const prospect of three) expect(await textOf(textOfCell(page, `D${prospect.row}`), 'Showroom visit')).toBe('Showroom visit');
  expect(historyRow()).toBe(before + 3);
  await screenshot(page, '05-batch-move');
});

test('Lost asks for a reason and writes status and reason', async () => {
  const prospect = rows.pick(['Quote & trade-in', 'Finance approval', 'Test drive']);
  await selectProspect(prospect.row, prospect.name);
  await frame().getByRole('button', { name: 'Mark as lost' }).click();
  await frame().getByLabel('Why was it lost?').fill('Chose a competitor with faster delivery');
  await frame().locator('form').getByRole('button', { name: 'Mark as lost' }).click();
  expect(await textOf(textOfCell(page, `E${prospect.row}`), 'Lost')).toBe('Lost');
  expect(await textOf(textOfCell(page, `I${prospect.row}`), 'Chose a competitor with faster delivery')).toBe(
    'Chose a competitor with faster delivery',
  );
  await frame().locator('.badge.lost').waitFor({ timeout: 10000 });
  await screenshot(page, '06-lost');
});

test('a prospect named like HTML shows as text in the grid and the sidebar and runs nothing', async () => {
  const payload = '<img src=x onerror=alert(1)>';
  const prospect = rows.pick(OPEN_STAGES);
  await clickCell(page, `B${prospect.row}`);
  await page.keyboard.type(payload);
  await page.keyboard.press('Enter');
  expect(await textOf(textOfCell(page, `B${prospect.row}`), payload)).toBe(payload);
  await selectProspect(prospect.row, payload);
  // The sidebar has rendered the name by now: an element injected by it would already be there.
  expect(await page.locator('img').count()).toBe(0);
  expect(await frame().locator('img').count()).toBe(0);
  await screenshot(page, '07-html-name-as-text');
});

test('typing a value the stage dropdown does not offer is refused with a message', async () => {
  const prospect = rows.pick(OPEN_STAGES);
  await clickCell(page, `D${prospect.row}`);
  await page.keyboard.type('Maybe next year');
  const editor = page.getByRole('combobox', { name: `Edit cell D${prospect.row}` });
  const typed = await editor.elementHandle();
  await page.waitForFunction(([input, text]) => (input as HTMLInputElement).value === text, [typed, 'Maybe next year'] as const);
  expect(await editor.inputValue()).toBe('Maybe next year');
  await page.keyboard.press('Enter');
  expect(await textOf(page.getByRole('alert'), /violates the data validation rules/)).toMatch(/violates the data validation rules/);
  expect(await textOfCell(page, `D${prospect.row}`).textContent()).toBe(prospect.stage);
  await screenshot(page, '08-refused-edit');
});

test('Check lists the demo’s typos and one click fixes one', async () => {
  await frame().getByRole('tab', { name: 'Check' }).click();
  const heading = frame().getByRole('heading', { name: /^Stage problems: / });
  expect(await textOf(heading, 'Stage problems: 6')).toBe('Stage problems: 6');
  const fix = frame()
    .getByRole('button', { name: /^Row \d+: replace/ })
    .first();
  const label = (await fix.getAttribute('aria-label')) ?? '';
  const [, row, , suggestion] = /^Row (\d+): replace “(.*)” with “(.*)”$/.exec(label) ?? [];
  await screenshot(page, '09-check');
  await fix.click();
  expect(await textOf(heading, 'Stage problems: 5')).toBe('Stage problems: 5');
  expect(await textOf(textOfCell(page, `D${row}`), suggestion as string)).toBe(suggestion);
  await screenshot(page, '10-check-fixed');
});

test('Setup: a stage added and saved is offered by the stage column’s dropdown', async () => {
  await frame().getByRole('tab', { name: 'Setup' }).click();
  await frame().getByRole('button', { name: 'Add stage' }).click();
  await frame().getByRole('textbox', { name: 'Stage name' }).fill('Home delivery check');
  await frame().getByRole('button', { name: 'Save', exact: true }).click();
  expect(await textOf(frame().getByRole('status'), /^Pipeline saved: 9 stages/)).toMatch(/^Pipeline saved: 9 stages/);
  const rule = opened.preview.session.workbook.sheet('Leads').cellInfo(2, 4).validation;
  expect(rule?.list).toContain('Home delivery check');

  const prospect = rows.pick(OPEN_STAGES);
  await clickCell(page, `D${prospect.row}`);
  await page.keyboard.press('Alt+ArrowDown');
  const list = page.getByRole('listbox', { name: `Options for D${prospect.row}` });
  await list.getByRole('option', { name: 'Home delivery check' }).waitFor();
  await screenshot(page, '11-setup-dropdown');
  await page.keyboard.press('Escape');
});

test('Build dashboard from the Extensions menu draws the funnel chart on the dashboard sheet', async () => {
  // Fix the remaining typos first, so that the dashboard's formulas read every row.
  const fix = frame().getByRole('button', { name: /^Row \d+: replace/ });
  await frame().getByRole('tab', { name: 'Check' }).click();
  await frame()
    .getByRole('heading', { name: /^Stage problems: / })
    .waitFor();
  for (let left = await fix.count(); left > 0; left--) {
    await fix.first().click();
    await fix.nth(left - 1).waitFor({ state: 'detached' });
  }
  // The number typed as a stage has no suggestion: "Go to row" selects it, and typing fixes it.
  const label = await frame().locator('.row-label').first().textContent();
  const row = Number(/\d+/.exec(label ?? '')?.[0]);
  await frame()
    .getByRole('button', { name: `Go to row ${row}` })
    .click();
  expect(await textOf(page.locator('#name-box'), `A${row}:M${row}`)).toBe(`A${row}:M${row}`);
  await clickCell(page, `D${row}`);
  await page.keyboard.type('Enquiry');
  await page.keyboard.press('Enter');
  expect(await textOf(textOfCell(page, `D${row}`), 'Enquiry')).toBe('Enquiry');

  await page.getByRole('button', { name: 'Extensions' }).click();
  await page.getByRole('menuitem', { name: 'Build dashboard' }).click();
  await page.getByRole('tab', { name: 'Pipeline Dashboard', selected: true }).waitFor();
  const chart = page.getByRole('img', { name: 'Sales funnel' });
  await chart.waitFor();
  expect(await chart.locator('rect[fill="#1a73e8"]').count()).toBeGreaterThanOrEqual(7);
  expect(await textOf(textOfCell(page, 'B7'), /%$/)).toMatch(/^\d+\.\d%$/);
  await page.locator('.toast').first().waitFor();
  // Wide enough to show the KPIs beside the chart, as on a large screen.
  await page.setViewportSize({ width: 1760, height: 900 });
  await screenshot(page, '12-dashboard');
  await page.setViewportSize({ width: 1440, height: 900 });
});

test('Help shows the add-on’s alert as a dialog', async () => {
  await page.getByRole('button', { name: 'Extensions' }).click();
  await page.getByRole('menuitem', { name: 'Help' }).click();
  const dialog = page.getByRole('dialog', { name: 'Stagecoach' });
  await dialog.waitFor();
  expect(await dialog.textContent()).toContain('Stagecoach turns this sheet into a sales pipeline.');
  await screenshot(page, '13-help');
  await dialog.getByRole('button', { name: 'OK' }).click();
});
