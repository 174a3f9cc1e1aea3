// LOCALE=vi: the page, the add-on's menu and the whole sidebar in Vietnamese, with no English label left over.
import type { Browser } from 'playwright-core';
import { catalogues } from '../../sidebar/i18n';
import { launchBrowser, openPreview, screenshot, sidebar, type Opened } from './preview-page';

let browser: Browser;
let opened: Opened;

beforeAll(async () => {
  browser = await launchBrowser();
  opened = await openPreview(browser, { locale: 'vi' });
});

afterAll(async () => {
  await opened?.preview.close();
  await browser?.close();
});

/** The literal parts (four letters or more) of every sidebar label whose English differs from its Vietnamese. */
function englishLabels(): string[] {
  const { en, vi } = catalogues;
  const parts = new Set<string>();
  for (const key of Object.keys(en) as Array<keyof typeof en>) {
    if (en[key] === vi[key]) continue;
    for (const part of en[key].split(/\{\w+\}/)) {
      const text = part
        .trim()
        .replace(/^[:·→(]+|[:·→).]+$/g, '')
        .trim();
      if ((text.match(/[A-Za-z]/g) ?? []).length >= 4) parts.add(text);
    }
  }
  return [...parts];
}

async function englishIn(view: string): Promise<string[]> {
  const text = await sidebar(opened.page).locator('body').innerText();
  expect(text.length).toBeGreaterThan(40);
  const found = englishLabels().filter((label) => text.includes(label));
  await screenshot(opened.page, `vi-${view}`);
  return found;
}

test('the page and the add-on menu speak Vietnamese', async () => {
  const { page } = opened;
  expect(await page.locator('html').getAttribute('lang')).toBe('vi');
  await page.getByRole('grid', { name: 'Khách hàng' }).waitFor();
  await page.getByRole('button', { name: 'Tiện ích mở rộng' }).click();
  for (const item of ['Mở thanh bên', 'Trợ giúp']) await page.getByRole('menuitem', { name: item }).waitFor();
  await screenshot(page, 'vi-menu');
  await page.keyboard.press('Escape');
});

test('the Prospect view has no English label', async () => {
  const frame = sidebar(opened.page);
  await frame.getByRole('tab', { name: 'Khách hàng' }).click();
  await frame.getByRole('heading', { name: /^Việc cần làm: / }).waitFor({ timeout: 10000 });
  expect(await englishIn('prospect')).toEqual([]);
});

test.each([
  ['Hôm nay', 'today', /^Hôm nay, /],
  ['Kênh bán hàng', 'pipeline', /^Tỷ lệ chuyển đổi$/],
  ['Thiết lập', 'setup', /^Các giai đoạn của kênh bán hàng$/],
  ['Kiểm tra', 'check', /^Lỗi giai đoạn: /],
])('the %s view has no English label', async (tab, view, heading) => {
  const frame = sidebar(opened.page);
  await frame.getByRole('tab', { name: tab }).click();
  await frame.getByRole('heading', { name: heading }).first().waitFor({ timeout: 10000 });
  expect(await englishIn(view)).toEqual([]);
});
