// The preview page: index.html and style.css as they are, preview/page/main.ts bundled by esbuild (nothing from a CDN).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as esbuild from 'esbuild';

export interface PageAssets {
  html: string;
  css: string;
  js: string;
}

export async function buildPageAssets(root: string): Promise<PageAssets> {
  const page = join(root, 'preview/page');
  const bundle = await esbuild.build({
    entryPoints: [join(page, 'main.ts')],
    bundle: true,
    format: 'iife',
    target: 'es2020',
    platform: 'browser',
    charset: 'utf8',
    write: false,
    logLevel: 'silent',
  });
  return {
    html: readFileSync(join(page, 'index.html'), 'utf8'),
    css: readFileSync(join(page, 'style.css'), 'utf8'),
    js: (bundle.outputFiles[0] as { text: string }).text,
  };
}
