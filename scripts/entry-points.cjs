// The add-on's entry points: read from src/index.ts (to build Code.js) and from a built Code.js (tests, preview).
'use strict';
const { readFileSync } = require('node:fs');

/** @typedef {{ name: string, params: string[], jsdoc: string }} EntryPoint */

/**
 * Every export of the entry file, which must each be a function declaration: Apps Script calls only top-level
 * functions, so `export const f = () => …` or `export { f }` would be dropped silently. Type-only exports are allowed.
 * @param {string} file
 * @returns {EntryPoint[]}
 */
function readEntryPoints(file) {
  // Required here so that reading a built Code.js (the preview) does not load the compiler.
  const ts = require('typescript');
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2020, true);
  /** @type {EntryPoint[]} */
  const entryPoints = [];
  /** @type {string[]} */
  const refused = [];
  /** @param {import('typescript').Node} node */
  const where = (node) => `${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement) || ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement)) continue;
    if (ts.isExportDeclaration(statement) && statement.isTypeOnly) continue;
    const modifiers = ts.canHaveModifiers(statement) ? (ts.getModifiers(statement) ?? []) : [];
    const exported = modifiers.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
    const isDefault = modifiers.some((m) => m.kind === ts.SyntaxKind.DefaultKeyword);
    if (ts.isFunctionDeclaration(statement) && statement.name && statement.body && !isDefault) {
      if (!exported) continue;
      const jsdoc = ts
        .getJSDocCommentsAndTags(statement)
        .filter(ts.isJSDoc)
        .map((doc) => doc.getText())
        .join('\n');
      entryPoints.push({ name: statement.name.text, params: statement.parameters.map((p) => p.name.getText()), jsdoc });
    } else if (exported || ts.isExportDeclaration(statement) || ts.isExportAssignment(statement)) {
      refused.push(`${where(statement)}: \`${statement.getText().split('\n')[0]}\``);
    }
  }
  if (refused.length) {
    throw new Error(
      `Apps Script calls only top-level functions, so every export of the entry file must be \`export function NAME(…) {…}\`:\n  ${refused.join('\n  ')}`,
    );
  }
  return entryPoints;
}

/**
 * One top-level declaration per entry point, as Apps Script needs to see it, delegating into the bundle.
 * @param {EntryPoint[]} entryPoints
 * @param {string} bundleName
 */
function declareEntryPoints(entryPoints, bundleName) {
  return entryPoints
    .map(({ name, params, jsdoc }) => {
      const list = params.join(', ');
      return `${jsdoc ? jsdoc + '\n' : ''}function ${name}(${list}) {\n  return ${bundleName}.${name}(${list});\n}\n`;
    })
    .join('\n');
}

/**
 * The entry points a built Code.js declares (what declareEntryPoints wrote): the only functions Apps Script can call.
 * @param {string} code
 * @returns {EntryPoint[]}
 */
function declaredEntryPoints(code) {
  // A declaration starts a line; the JSDoc right above it (no other comment in between) is its help text.
  const pattern = /^(?:(\/\*\*(?:(?!\*\/)[\s\S])*\*\/)\n)?function ([A-Za-z_$][\w$]*)\(([^)]*)\) \{$/gm;
  return [...code.matchAll(pattern)].map((match) => ({
    name: match[2],
    params: match[3]
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean),
    jsdoc: match[1] ?? '',
  }));
}

module.exports = { readEntryPoints, declareEntryPoints, declaredEntryPoints };
