// Compile-time proof that src/index.ts exports what the sidebar and the menu call; checked by `npm run typecheck`, never bundled.
import type * as Entry from './index';
import type { ServerApi } from './server/api';

/** A name Apps Script can call: an export of src/index.ts (the build turns each into a top-level function). */
export type EntryPoint = keyof typeof Entry;

/** The functions the add-on menu names, in order (src/server/menu.ts types each as an EntryPoint; test/build/entry-contract.test.ts pins the menu to this list). */
export const MENU_FUNCTIONS = [
  'showSidebar',
  'showSetup',
  'showCheck',
  'buildDashboardFromMenu',
  'showHelp',
] as const satisfies readonly EntryPoint[];

/** As function types rather than methods, so that parameters are compared strictly (methods compare them both ways). */
type AsFunctions<T> = { [K in keyof T]: T[K] extends (...args: infer A) => infer R ? (...args: A) => R : never };

/**
 * Fails to compile unless every function the sidebar may call through google.script.run (ServerApi) is exported by
 * src/index.ts, accepting what the sidebar sends and returning what it expects.
 */
export function everyServerFunctionIsAnEntryPoint(entry: typeof Entry): AsFunctions<ServerApi> {
  return entry;
}
