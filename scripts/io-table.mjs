// npm run bench (second part): bundles scripts/io-table/run.ts with esbuild and prints every server call's I/O.
import { createRequire } from 'node:module';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'node_modules/.cache/stagecoach-io-table/run.cjs');
mkdirSync(dirname(out), { recursive: true });
await esbuild.build({
  entryPoints: [join(root, 'scripts/io-table/run.ts')],
  outfile: out,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
createRequire(import.meta.url)(out);
