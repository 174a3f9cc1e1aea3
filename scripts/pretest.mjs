// Before the tests: make sure a Chromium is there for the browser tests, installing Debian's when the machine can.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';

const { findBrowser } = createRequire(import.meta.url)('./browser.cjs');

function canInstall() {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return false;
  try {
    execFileSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

if (!findBrowser()) {
  if (process.env.CHROMIUM_PATH) {
    console.error(`CHROMIUM_PATH is ${process.env.CHROMIUM_PATH}, which does not exist: point it at a Chromium or Chrome binary.`);
    process.exit(1);
  }
  if (!canInstall()) {
    console.error(
      'The browser tests need Chromium: install it (Debian: sudo apt-get install chromium) or set CHROMIUM_PATH to a Chromium or Chrome binary.',
    );
    process.exit(1);
  }
  console.log("No Chromium found: installing Debian's chromium for the browser tests (apt-get)…");
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
  if (!findBrowser()) {
    console.error('apt-get installed chromium but no browser was found: set CHROMIUM_PATH to its binary.');
    process.exit(1);
  }
}
