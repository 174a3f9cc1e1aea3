// Finds the Chromium the browser tests drive, and the flags every launch shares (one place for both).
const { existsSync } = require('node:fs');
const { execFileSync } = require('node:child_process');

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
const NAMES = ['chromium', 'chromium-browser', 'google-chrome'];

/** Launch flags: no sandbox (tests run as root in CI), nothing that reaches the network on its own. */
const LAUNCH_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** @param {string} name */
function onPath(name) {
  try {
    return execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

/** CHROMIUM_PATH, else the first Chromium or Chrome found; undefined when there is none. */
function findBrowser() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return CANDIDATES.find((path) => existsSync(path)) ?? NAMES.map(onPath).find(Boolean);
}

module.exports = { findBrowser, LAUNCH_ARGS };
