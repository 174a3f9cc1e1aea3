// Drives the preview page in headless Debian Chromium: one preview server and one browser per test file.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type FrameLocator, type Locator, type Page } from 'playwright-core';
import { startPreview, type Preview, type PreviewOptions } from '../../preview/server';

export const ARTIFACTS = resolve(__dirname, '../../artifacts');

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

export interface Opened {
  preview: Preview;
  page: Page;
  /** Dialogs the page or the sidebar opened with window.alert/confirm/prompt (there should be none). */
  dialogs: string[];
}

export async function openPreview(browser: Browser, options: PreviewOptions = {}): Promise<Opened> {
  const preview = await startPreview({ port: 0, ...options });
  // The demo dealership's time zone, so that times in the sidebar read as its staff would see them.
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, timezoneId: 'Asia/Ho_Chi_Minh' });
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(preview.url);
  await page.locator('body[data-ready="true"]').waitFor();
  return { preview, page, dialogs };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, `e2e-${name}.png`);
  await page.screenshot({ path });
  return path;
}

export const sidebar = (page: Page): FrameLocator => page.frameLocator('iframe[title="Stagecoach"]');

export const cell = (page: Page, a1: string): Locator => page.locator(`[role="gridcell"][data-cell="${a1}"]`);

/** The text a cell shows (without its dropdown arrow). */
export const textOfCell = (page: Page, a1: string): Locator => cell(page, a1).locator('.text');

/** Clicks a cell after scrolling it to the middle of the grid (clear of the frozen header). */
export async function clickCell(page: Page, a1: string, modifiers: Array<'Shift' | 'Control'> = []): Promise<void> {
  const target = cell(page, a1);
  await target.evaluate((element) => element.scrollIntoView({ block: 'center', inline: 'nearest' }));
  await target.click({ modifiers });
}

/** Waits until `probe` gives a value `accept` likes; returns the last value seen either way (the test then asserts). */
export async function eventually<T>(probe: () => Promise<T>, accept: (value: T) => boolean, timeoutMs = 10000): Promise<T> {
  const end = Date.now() + timeoutMs;
  let value = await probe();
  while (!accept(value) && Date.now() < end) {
    await new Promise((done) => setTimeout(done, 100));
    value = await probe();
  }
  return value;
}

/** The text of a locator once it equals (or matches) what is expected, or what it held at the time limit. */
export function textOf(locator: Locator, expected: string | RegExp, timeoutMs?: number): Promise<string> {
  const matches = (text: string) => (typeof expected === 'string' ? text === expected : expected.test(text));
  return eventually(async () => ((await locator.count()) ? ((await locator.first().textContent()) ?? '').trim() : ''), matches, timeoutMs);
}
