// Loads dist/Code.js the way Apps Script does: one global scope, no require, no process, no modules.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';

export const CODE_PATH = join(__dirname, '../../dist/Code.js');

export function readBundle(): string {
  return readFileSync(CODE_PATH, 'utf8');
}

/** A fresh bare V8 context with the bundle loaded; `globals` stand in for Apps Script services. */
export function loadBundle(globals: Record<string, unknown> = {}): vm.Context {
  const context = vm.createContext({ ...globals });
  vm.runInContext(readBundle(), context, { filename: 'Code.js' });
  return context;
}
