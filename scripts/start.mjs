// npm start: the local preview. Compiles preview/server (TypeScript) with esbuild, then serves the page.
//   npm start                  the demo workbook (Saigon Auto's leads)
//   npm start -- leads.csv     your own leads (CSV or XLSX; the first row holds the headers)
//   LOCALE=vi npm start        the add-on in Vietnamese          PORT=3000 npm start   another port
//   npm start -- leads.csv --locale=vi   read the file's dates and numbers as vi_VN (without it: from its headers)
import { resolve } from 'node:path';
import { loadBundle, root } from './node-bundle.mjs';

const { startPreview } = await loadBundle('preview/server/index.ts', 'preview-server.cjs');
const file = process.argv.slice(2).find((arg) => !arg.startsWith('-'));
const port = Number(process.env.PORT ?? 8080);
const locale = process.argv.find((arg) => arg.startsWith('--locale='))?.slice('--locale='.length) ?? process.env.LOCALE;

try {
  const preview = await startPreview({ port, file: file ? resolve(process.cwd(), file) : undefined, locale, root });
  console.log(`Stagecoach preview${file ? ` of ${file}` : ' (demo workbook)'}: ${preview.url}`);
  for (const note of preview.session.workbookView().importNotes) console.log(`  ${note}`);
  console.log('Press Ctrl+C to stop.');
  const stop = () => void preview.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (/** @type {any} */ error) {
  console.error(error.code === 'EADDRINUSE' ? `Port ${port} is in use: try PORT=8081 npm start.` : error.message);
  process.exit(1);
}
