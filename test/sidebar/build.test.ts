// The built sidebar: one self-contained HTML file, small, that fetches nothing and keeps Vietnamese readable.
// (That the sources never write HTML from strings is a lint rule: no-restricted-syntax in eslint.config.mjs.)
import { sidebarHtml } from './harness';

describe('the built sidebar', () => {
  const html = sidebarHtml();

  // About 60 KB of sidebar (Prospect, Today, Pipeline, Setup, Check) and 30 KB of bundled pipeline templates, kept
  // out of Code.js. HtmlService serves it once per opening; the bound catches a dependency bundled by mistake.
  it('is one HTML file with its style and script inlined, under 150 KB', () => {
    expect(Buffer.byteLength(html)).toBeLessThan(150 * 1024);
    expect(html.match(/<script\b/g)).toHaveLength(1);
    expect(html.match(/<\/script>/g)).toHaveLength(1);
    expect(html.match(/<\/style>/g)).toHaveLength(1);
    expect(html).toContain('<meta charset="utf-8">');
  });

  it('fetches nothing: no external script, style, font or image', () => {
    expect(html).not.toMatch(/<(script|img|iframe)[^>]*\ssrc=/i);
    expect(html).not.toMatch(/<link\b/i);
    expect(html).not.toMatch(/@import|url\(/i);
  });

  it('keeps every Vietnamese string readable (UTF-8, not escaped)', () => {
    expect(html).toContain('Khoảnh khắc chân lý');
  });
});
