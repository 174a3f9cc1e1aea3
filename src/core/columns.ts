// Finds the prospects sheet's columns by their headers (English or Vietnamese; case, accents and spacing ignored).
import { COLUMN_ROLES, type ColumnMapping, type ColumnRole } from './types';
import { nameKey, STAGE_COLUMN_NAMES, withoutAccents } from './names';

/** Header key: the name key without accents, so "Giai doan" finds "Giai đoạn". */
export function headerKey(header: unknown): string {
  if (typeof header !== 'string') return '';
  return withoutAccents(nameKey(header));
}

const ALIASES: Record<ColumnRole, string[]> = {
  id: ['ID', 'Lead ID', 'Prospect ID', 'Mã', 'Mã KH', 'Mã khách hàng'],
  prospect: ['Prospect', 'Name', 'Lead', 'Company', 'Khách hàng', 'Tên', 'Tên khách hàng', 'Prospect name'],
  stage: STAGE_COLUMN_NAMES,
  status: ['Status', 'Outcome', 'Trạng thái'],
  value: ['Value', 'Amount', 'Deal size', 'Revenue', 'Giá trị', 'Doanh thu'],
  owner: ['Owner', 'Rep', 'Salesperson', 'Phụ trách', 'Nhân viên', 'Người phụ trách'],
  customer: ['Customer', 'Account', 'Khách hàng'],
  stageSince: ['Stage since', 'Stage date', 'Ngày vào giai đoạn'],
  lostReason: ['Lost reason', 'Lý do thua'],
};
const ALIAS_KEYS = Object.fromEntries(Object.entries(ALIASES).map(([role, names]) => [role, new Set(names.map(headerKey))])) as Record<
  ColumnRole,
  Set<string>
>;

/** Column index (0-based) per role, or −1 when the sheet has no such column. */
export type ColumnMap = Record<ColumnRole, number>;

/**
 * Reads the header row. A saved mapping (role → header) wins; otherwise headers are matched by alias.
 * "Khách hàng" is the prospect's name unless another column names the prospect, then it is the customer.
 */
export function detectColumns(headers: readonly unknown[], mapping: ColumnMapping = {}): ColumnMap {
  const keys = headers.map(headerKey);
  const columns = Object.fromEntries(COLUMN_ROLES.map((role) => [role, -1])) as ColumnMap;
  const taken = new Set<number>();
  for (const role of COLUMN_ROLES) {
    const header = mapping[role];
    if (header === undefined || header.trim() === '') continue; // "" = the user said the sheet has no such column
    const index = keys.indexOf(headerKey(header));
    if (index >= 0) {
      columns[role] = index;
      taken.add(index);
    }
  }
  const find = (role: ColumnRole) => keys.findIndex((key, i) => !taken.has(i) && key !== '' && ALIAS_KEYS[role].has(key));
  const ambiguous = headerKey('Khách hàng');
  for (const role of COLUMN_ROLES) {
    if (columns[role] >= 0 || mapping[role] !== undefined) continue;
    let index = find(role);
    if (role === 'prospect' && index >= 0 && keys[index] === ambiguous) {
      const other = keys.findIndex((key, i) => i !== index && !taken.has(i) && key !== ambiguous && ALIAS_KEYS.prospect.has(key));
      if (other >= 0) index = other;
    }
    if (index >= 0) {
      columns[role] = index;
      taken.add(index);
    }
  }
  return columns;
}

/** The mapping as headers, for the sidebar and for saving. */
export function mappingOf(headers: readonly unknown[], columns: ColumnMap): ColumnMapping {
  const mapping: ColumnMapping = {};
  for (const role of COLUMN_ROLES) {
    if (columns[role] >= 0) mapping[role] = String(headers[columns[role]]);
  }
  return mapping;
}
