// Names of the sheets the add-on creates: fixed, because formulas in the wild refer to them.
export const SETUP_SHEET = 'Pipeline Setup';
export const HISTORY_SHEET = 'Stage History';
export const DASHBOARD_SHEET = 'Pipeline Dashboard';

const OWN_SHEETS = new Set([SETUP_SHEET, HISTORY_SHEET, DASHBOARD_SHEET]);

/** True for the sheets the add-on creates (never a prospects sheet). */
export function isOwnSheet(name: string): boolean {
  return OWN_SHEETS.has(name);
}
