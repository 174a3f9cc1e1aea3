// Names of the sheets the add-on creates: fixed, because formulas in the wild refer to them.
export const SETUP_SHEET = 'Pipeline Setup';
export const HISTORY_SHEET = 'Stage History';
export const DASHBOARD_SHEET = 'Pipeline Dashboard';
