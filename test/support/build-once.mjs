// Jest globalSetup: builds dist/ once before the suites that read it, unless dist/ is newer than every source.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from '../../scripts/build.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const OUTPUTS = ['dist/Code.js', 'dist/Sidebar.html', 'dist/appsscript.json'];
// Everything scripts/build.mjs reads.
const SOURCES = ['src', 'sidebar', 'appsscript.json', 'scripts/build.mjs', 'scripts/sidebar-build.mjs', 'scripts/entry-points.cjs'];

/**
 * @param {string} path
 * @returns {number} the newest modification time under `path`
 */
function newestIn(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestIn(join(path, name))), stat.mtimeMs);
}

/** True when dist/ holds every output and each is newer than every source (so `npm test`, which just built, builds once). */
export function distIsFresh() {
  const outputs = OUTPUTS.map((path) => join(root, path));
  if (!outputs.every((path) => existsSync(path))) return false;
  const oldestOutput = Math.min(...outputs.map((path) => statSync(path).mtimeMs));
  return SOURCES.every((path) => newestIn(join(root, path)) < oldestOutput);
}

export default async function buildOnce() {
  if (distIsFresh()) return;
  await build();
}
