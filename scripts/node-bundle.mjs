// Bundles a TypeScript entry of the repo for Node with esbuild (packages stay external) and loads it: how the
// preview, the grid bench and the I/O table run the in-memory spreadsheet and the sources without a TS loader.
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** @param {string} entry path from the repo root @param {string} name the cached bundle's file name */
export async function loadBundle(entry, name) {
  const out = join(root, 'node_modules/.cache/stagecoach', name);
  mkdirSync(dirname(out), { recursive: true });
  await esbuild.build({
    entryPoints: [join(root, entry)],
    outfile: out,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
  return createRequire(import.meta.url)(out);
}
