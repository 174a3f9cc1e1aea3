// Screenshots for people to look at, saved under artifacts/ only when asked for (SCREENSHOTS=1 npm test).
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';

export const ARTIFACTS = resolve(__dirname, '../../artifacts');

export const screenshotsWanted = (): boolean => process.env.SCREENSHOTS === '1';

/** Saves the page as artifacts/NAME.png when SCREENSHOTS=1; does nothing otherwise. */
export async function saveScreenshot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<void> {
  if (!screenshotsWanted()) return;
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: options.fullPage ?? false });
}
