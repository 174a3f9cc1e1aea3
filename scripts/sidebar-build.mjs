// Builds the sidebar into one HTML string (Apps Script's HtmlService serves a single file): script and style inlined.
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const sidebar = resolve(root, 'sidebar');

const STYLE_TAG = /<link rel="stylesheet" href="style\.css">/;
const SCRIPT_TAG = /<script src="main\.ts"><\/script>/;

/**
 * Keeps inlined text from closing its own element early or opening an HTML comment.
 * @param {string} code
 * @param {string} tag
 */
function escapeInline(code, tag) {
  return code.replace(new RegExp(`</(${tag})`, 'gi'), '<\\/$1').replace(/<!--/g, '<\\!--');
}

/**
 * Bundles `sidebar/main.ts` (iife, ES2020, no external dependencies) and returns `sidebar/index.html`
 * with `style.css` and the bundle inlined.
 * @param {{ minify?: boolean }} [options]
 * @returns {Promise<string>}
 */
export async function buildSidebar({ minify = true } = {}) {
  const bundle = await esbuild.build({
    entryPoints: [resolve(sidebar, 'main.ts')],
    bundle: true,
    format: 'iife',
    target: 'es2020',
    platform: 'browser',
    minify,
    charset: 'utf8',
    legalComments: 'none',
    write: false,
    logLevel: 'silent',
  });
  const script = bundle.outputFiles[0].text;
  const css = await readFile(resolve(sidebar, 'style.css'), 'utf8');
  const style = (await esbuild.transform(css, { loader: 'css', minify, charset: 'utf8', target: 'chrome100' })).code;
  const html = await readFile(resolve(sidebar, 'index.html'), 'utf8');
  if (!STYLE_TAG.test(html) || !SCRIPT_TAG.test(html)) throw new Error('sidebar/index.html must link style.css and main.ts exactly once.');
  // Replacement functions, so that "$&" and friends in the code are not read as patterns.
  return html
    .replace(STYLE_TAG, () => `<style>${escapeInline(style.trim(), 'style')}</style>`)
    .replace(SCRIPT_TAG, () => `<script>${escapeInline(script.trim(), 'script')}</script>`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const out = process.argv.slice(2).find((arg) => !arg.startsWith('--'));
  const html = await buildSidebar({ minify: !process.argv.includes('--no-minify') });
  if (out) {
    await writeFile(out, html);
    console.log(`${out}: ${Buffer.byteLength(html)} bytes`);
  } else {
    process.stdout.write(html);
  }
}
