// Drives the preview page in headless Debian Chromium: one preview server and one browser per test file.
import type { Browser, FrameLocator, Locator, Page } from 'playwright-core';
import { startPreview, type Preview, type PreviewOptions } from '../../preview/server';
import { saveScreenshot } from '../support/screenshots';

export { launchBrowser } from '../support/browser';

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

/** artifacts/e2e-NAME.png, when SCREENSHOTS=1. */
export function screenshot(page: Page, name: string): Promise<void> {
  return saveScreenshot(page, `e2e-${name}`);
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

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The text of a locator's first element once it equals (or matches) what is expected, or what it held at the time
 * limit (the test then asserts, and its failure shows the difference). Playwright waits for the text, no polling here.
 */
export async function textOf(locator: Locator, expected: string | RegExp, timeoutMs = 10000): Promise<string> {
  const pattern = typeof expected === 'string' ? new RegExp(`^\\s*${escapeRegExp(expected)}\\s*$`) : expected;
  await locator
    .first()
    .filter({ hasText: pattern })
    .waitFor({ state: 'attached', timeout: timeoutMs })
    .catch(() => undefined);
  return (await locator.count()) ? ((await locator.first().textContent()) ?? '').trim() : '';
}
