// Launches the Chromium every browser test drives: found and flagged by scripts/browser.cjs (the one place for both).
import { chromium, type Browser } from 'playwright-core';

// A CommonJS script shared with `npm test`'s pretest step, so the tests and the installer agree on the browser.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a .cjs script has no typed import here
const { findBrowser, LAUNCH_ARGS } = require('../../scripts/browser.cjs') as { findBrowser(): string | undefined; LAUNCH_ARGS: string[] };

declare const STAGECOACH_PROJECT: string | undefined;

export function launchBrowser(): Promise<Browser> {
  if (typeof STAGECOACH_PROJECT !== 'undefined' && STAGECOACH_PROJECT !== 'browser') {
    throw new Error(`${expect.getState().testPath}: this suite drives Chromium, so it belongs to the browser project (list it in jest.config.js).`);
  }
  const executablePath = findBrowser();
  if (!executablePath) throw new Error('No Chromium for the browser tests: run `npm test` (its pretest installs one) or set CHROMIUM_PATH.');
  return chromium.launch({ executablePath, headless: true, args: LAUNCH_ARGS });
}
