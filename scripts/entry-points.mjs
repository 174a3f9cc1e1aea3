// Reads src/index.ts with the TypeScript compiler: every exported function, its JSDoc and its parameter names.
import { readFileSync } from 'node:fs';
import ts from 'typescript';

/** @returns {{ name: string, params: string[], jsdoc: string }[]} */
export function readEntryPoints(file) {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2020, true);
  const entryPoints = [];
  for (const statement of source.statements) {
    if (!ts.isFunctionDeclaration(statement) || !statement.name) continue;
    const exported = statement.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
    if (!exported) continue;
    const jsdoc = (ts.getJSDocCommentsAndTags(statement) ?? [])
      .filter(ts.isJSDoc)
      .map((doc) => doc.getText())
      .join('\n');
    entryPoints.push({
      name: statement.name.text,
      params: statement.parameters.map((p) => p.name.getText()),
      jsdoc,
    });
  }
  return entryPoints;
}

/** One top-level declaration per entry point, as Apps Script needs to see it, delegating into the bundle. */
export function declareEntryPoints(entryPoints, bundleName) {
  return entryPoints
    .map(({ name, params, jsdoc }) => {
      const list = params.join(', ');
      return `${jsdoc ? jsdoc + '\n' : ''}function ${name}(${list}) {\n  return ${bundleName}.${name}(${list});\n}\n`;
    })
    .join('\n');
}
