// npm run bench (second part): bundles scripts/io-table/run.ts and prints every server call's I/O.
import { loadBundle } from './node-bundle.mjs';

await loadBundle('scripts/io-table/run.ts', 'io-table.cjs');
