// The built add-on in dist/, which jest's globalSetup (test/support/build-once.mjs) builds once before the suites.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '../..');

export const distPath = (name: 'Code.js' | 'Sidebar.html' | 'appsscript.json'): string => join(ROOT, 'dist', name);

const read = new Map<string, string>();

/** A file of dist/ (read once per test file). */
export function distFile(name: 'Code.js' | 'Sidebar.html' | 'appsscript.json'): string {
  let text = read.get(name);
  if (text === undefined) {
    text = readFileSync(distPath(name), 'utf8');
    read.set(name, text);
  }
  return text;
}
