// A rep's morning in the preview, in English and Vietnamese: open Today, call the first overdue prospect, log the call
// as done with a next step and a date, then find a prospect who calls by their phone number.
import type { Browser } from 'playwright-core';
import { addDays, dayKeyOf } from '../../src/core/calendar-day';
import { TIME_ZONE } from '../../preview/demo';
import { launchBrowser, openPreview, screenshot, sidebar, textOf, textOfCell, type Opened } from './preview-page';
import { COLUMN, DemoRows } from './demo-rows';

interface Words {
  locale: 'en' | 'vi';
  todayTab: RegExp;
  prospectTab: string;
  whoAreYou: string;
  thatsMe: string;
  mine: (me: string) => string;
  overdue: RegExp;
  goTo: (row: number, name: string) => string;
  done: (name: string) => string;
  ask: string;
  nextStep: string;
  followUp: string;
  saved: (name: string) => string;
  search: string;
  open: (name: string, row: number) => string;
  byPhone: string;
  step: string;
  /** The demo's word for an open prospect's status. */
  openStatus: string;
}

const WORDS: Words[] = [
  {
    locale: 'en',
    todayTab: /^Today: (\d+) due$/,
    prospectTab: 'Prospect',
    whoAreYou: 'Which owner are you?',
    thatsMe: 'That’s me',
    mine: (me) => `Showing your prospects (${me}).`,
    overdue: /^Overdue \((\d+)\)$/,
    goTo: (row, name) => `Go to row ${row} (${name})`,
    done: (name) => `Done: set the next step of ${name}`,
    ask: 'What happens next?',
    nextStep: 'Next step',
    followUp: 'Follow-up date',
    saved: (name) => `Next step saved for ${name}.`,
    search: 'Find a prospect',
    open: (name, row) => `Open ${name} (row ${row})`,
    byPhone: 'by phone',
    step: 'Called: test drive booked for Saturday',
    openStatus: 'Open',
  },
  {
    locale: 'vi',
    todayTab: /^Hôm nay: (\d+) việc đến hạn$/,
    prospectTab: 'Khách hàng',
    whoAreYou: 'Bạn là người phụ trách nào?',
    thatsMe: 'Đó là tôi',
    mine: (me) => `Đang hiện khách của bạn (${me}).`,
    overdue: /^Quá hạn \((\d+)\)$/,
    goTo: (row, name) => `Đến dòng ${row} (${name})`,
    done: (name) => `Xong: đặt việc tiếp theo cho ${name}`,
    ask: 'Việc tiếp theo là gì?',
    nextStep: 'Việc tiếp theo',
    followUp: 'Ngày hẹn',
    saved: (name) => `Đã lưu việc tiếp theo của ${name}.`,
    search: 'Tìm khách hàng',
    open: (name, row) => `Mở ${name} (dòng ${row})`,
    byPhone: 'theo số điện thoại',
    step: 'Đã gọi: hẹn lái thử thứ Bảy',
    openStatus: 'Đang mở',
  },
];

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe.each(WORDS)('a rep’s morning ($locale)', (words) => {
  let opened: Opened;

  beforeAll(async () => {
    opened = await openPreview(browser, { locale: words.locale });
  });

  afterAll(async () => {
    await opened?.preview.close();
  });

  test('Today, the first overdue call done with its next step, and a caller found by phone', async () => {
    const { page, preview } = opened;
    const frame = sidebar(page);
    const rows = new DemoRows(preview);
    const leads = () => preview.session.workbook.sheet(rows.sheet);

    // 1. The sidebar opens on Today: something is due, and the tab says how much.
    const tab = frame.getByRole('tab', { name: words.todayTab, selected: true });
    await tab.waitFor({ timeout: 15000 });
    const due = Number(words.todayTab.exec((await tab.getAttribute('aria-label')) ?? '')?.[1]);
    expect(due).toBeGreaterThan(0);
    await screenshot(page, `morning-${words.locale}-1-today`);

    // The preview's user owns no row by email: the rep says once who they are (the rep with most overdue today).
    const today = dayKeyOf(new Date(), TIME_ZONE);
    const late = new Map<string, number>();
    for (const r of rows.all()) {
      const date = r.values[12];
      if (date instanceof Date && dayKeyOf(date, TIME_ZONE) < today) late.set(String(r.values[2]), (late.get(String(r.values[2])) ?? 0) + 1);
    }
    const me = [...late].sort((a, b) => b[1] - a[1])[0][0];
    await frame.getByRole('combobox', { name: words.whoAreYou }).selectOption(me);
    await frame.getByRole('button', { name: words.thatsMe }).click();
    await frame.getByText(words.mine(me)).waitFor();
    const overdueTitle = frame.locator('.today-section.overdue h3');
    const before = Number(words.overdue.exec(await textOf(overdueTitle, words.overdue))?.[1]);
    expect(before).toBeGreaterThan(0);

    // 2. The first overdue prospect: the rep's, with a date before today; go to its row to call.
    const first = frame.locator('.today-section.overdue li').first();
    const name = ((await first.locator('.name').textContent()) ?? '').trim();
    const row = rows.all().find((r) => r.name === name)?.row as number;
    const values = leads().values(`A${row}:M${row}`)[0];
    expect(values[2]).toBe(me);
    expect(dayKeyOf(values[12] as Date, TIME_ZONE) < today).toBe(true);
    await first.getByRole('button', { name: words.goTo(row, name) }).click();
    expect(await textOf(page.locator('#name-box'), `A${row}:M${row}`)).toBe(`A${row}:M${row}`);

    // 3. The call is done: the next step and its date, saved with Enter, land in those two cells.
    await first.getByRole('button', { name: words.done(name) }).click();
    const form = frame.getByRole('form', { name: words.ask });
    const followUp = addDays(today, 2);
    await form.getByRole('textbox', { name: words.nextStep }).fill(words.step);
    await form.getByLabel(words.followUp).fill(followUp);
    await form.getByRole('textbox', { name: words.nextStep }).press('Enter');
    expect(await textOf(frame.getByRole('status'), words.saved(name))).toBe(words.saved(name));
    expect(await textOf(textOfCell(page, `L${row}`), words.step)).toBe(words.step);
    expect(await textOf(textOfCell(page, `M${row}`), followUp)).toBe(followUp);
    const after = leads().values(`A${row}:M${row}`)[0];
    expect(dayKeyOf(after[12] as Date, TIME_ZONE)).toBe(followUp);
    expect(after.slice(0, 11)).toEqual(values.slice(0, 11));
    // It is no longer overdue.
    const fewer = new RegExp(`\\(${before - 1}\\)$`);
    expect(await textOf(overdueTitle, fewer)).toMatch(fewer);
    await screenshot(page, `morning-${words.locale}-2-done`);

    // 4. A prospect calls: typed as people read a number out, their phone finds them.
    const caller = rows.pick(['Test drive', 'Quote & trade-in', 'Lái thử', 'Báo giá & đổi xe cũ'], [COLUMN.phone], words.openStatus);
    const phone = String(leads().values(`J${caller.row}`)[0][0]);
    await frame.getByRole('searchbox', { name: words.search }).fill(phone.replace(/\s+/g, ''));
    await frame.getByRole('searchbox', { name: words.search }).press('Enter');
    const hit = frame.getByRole('button', { name: words.open(caller.name, caller.row) });
    await hit.waitFor();
    expect(await frame.locator('.search-results li', { hasText: caller.name }).textContent()).toContain(words.byPhone);
    await hit.click();
    await frame.getByRole('heading', { level: 2, name: caller.name, exact: true }).waitFor({ timeout: 10000 });
    expect(await frame.getByRole('tab', { name: words.prospectTab, exact: true }).getAttribute('aria-selected')).toBe('true');
    expect(await textOf(page.locator('#name-box'), `A${caller.row}:M${caller.row}`)).toBe(`A${caller.row}:M${caller.row}`);
    await screenshot(page, `morning-${words.locale}-3-found`);
    expect(opened.dialogs).toEqual([]);
  });
});
