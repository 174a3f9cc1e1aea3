// Finds the prospects sheet's columns by their headers (English or Vietnamese; case, accents and spacing ignored).
import { COLUMN_ROLES, type ColumnMapping, type ColumnRole } from './types';
import { nameKey, STAGE_COLUMN_NAMES, withoutAccents } from './names';

/**
 * Header key: the name key without accents, so "Giai doan" finds "Giai đoạn", and without a trailing unit in
 * brackets, so "Giá trị (VNĐ)" finds "Giá trị".
 */
export function headerKey(header: unknown): string {
  const key = fullHeaderKey(header);
  const unitless = key.replace(/\s*[([][^()[\]]*[)\]]$/, '').trim();
  return unitless === '' ? key : unitless;
}

/** The header key with its bracketed part kept: "Stage (old)" and "Stage" differ. */
function fullHeaderKey(header: unknown): string {
  return typeof header === 'string' ? withoutAccents(nameKey(header)) : '';
}

const ALIASES: Record<ColumnRole, string[]> = {
  id: ['ID', 'Lead ID', 'Prospect ID', 'Deal ID', 'Customer ID', 'Mã', 'Mã KH', 'Mã khách hàng', 'Mã khách', 'Mã số'],
  prospect: [
    'Prospect',
    'Name',
    'Lead',
    'Company',
    'Khách hàng',
    'Tên',
    'Tên khách',
    'Tên khách hàng',
    'Prospect name',
    'Deal name',
    'Deal',
    'Lead name',
    'Họ tên',
    'Họ và tên',
  ],
  stage: STAGE_COLUMN_NAMES,
  status: ['Status', 'Outcome', 'Trạng thái', 'Deal status', 'Kết quả'],
  value: ['Value', 'Amount', 'Deal size', 'Revenue', 'Deal value', 'Giá trị', 'Doanh thu', 'Giá trị hợp đồng', 'Giá trị đơn hàng'],
  owner: [
    'Owner',
    'Rep',
    'Salesperson',
    'Sales rep',
    'Deal owner',
    'Phụ trách',
    'Nhân viên',
    'Người phụ trách',
    'NV phụ trách',
    'Nhân viên kinh doanh',
  ],
  customer: ['Customer', 'Account', 'Company', 'Khách hàng', 'Công ty', 'Customer name', 'Account name'],
  stageSince: ['Stage since', 'Stage date', 'In stage since', 'Ngày vào giai đoạn'],
  lostReason: ['Lost reason', 'Reason lost', 'Loss reason', 'Lý do thua', 'Lý do thất bại', 'Lý do mất'],
  nextStep: ['Next step', 'Next action', 'Next steps', 'Việc tiếp theo', 'Bước tiếp theo', 'Việc cần làm'],
  followUp: ['Follow-up', 'Follow up date', 'Follow-up date', 'Next contact', 'Due', 'Due date', 'Ngày hẹn', 'Ngày liên hệ tiếp', 'Ngày gọi lại'],
  created: ['Created', 'Date added', 'Lead date', 'Created date', 'Created on', 'Ngày tạo', 'Ngày nhận'],
  expectedClose: ['Expected close', 'Close date', 'Expected close date', 'Ngày dự kiến chốt'],
  phone: ['Phone', 'Mobile', 'Phone number', 'Tel', 'Điện thoại', 'SĐT', 'Số điện thoại', 'ĐT'],
  email: ['Email', 'E-mail', 'Email address', 'Thư điện tử'],
};
const ALIAS_KEYS = Object.fromEntries(Object.entries(ALIASES).map(([role, names]) => [role, new Set(names.map(headerKey))])) as Record<
  ColumnRole,
  Set<string>
>;

/** The role a header or role name stands for ("Giá trị", "Value", "value", "nextStep"), whatever the language; undefined when none. */
export function roleOfName(name: string): ColumnRole | undefined {
  const key = headerKey(name);
  if (key === '') return undefined;
  return COLUMN_ROLES.find((role) => headerKey(role) === key || ALIAS_KEYS[role].has(key));
}

/** Column index (0-based) per role, or −1 when the sheet has no such column. */
export type ColumnMap = Record<ColumnRole, number>;

/**
 * Reads the header row. A saved mapping (role → header) wins; otherwise headers are matched by alias.
 * "Khách hàng" and "Company" name the prospect unless another column does ("Deal name"), then they are the customer.
 */
export function detectColumns(headers: readonly unknown[], mapping: ColumnMapping = {}): ColumnMap {
  const keys = headers.map(headerKey);
  const fullKeys = headers.map(fullHeaderKey);
  const columns = Object.fromEntries(COLUMN_ROLES.map((role) => [role, -1])) as ColumnMap;
  const taken = new Set<number>();
  for (const role of COLUMN_ROLES) {
    const header = mapping[role];
    if (header === undefined || header.trim() === '') continue; // "" = the user said the sheet has no such column
    // The header as saved, unit included ("Value (VND)" beside "Value (USD)"); without its unit only if none is.
    const exact = fullKeys.indexOf(fullHeaderKey(header));
    const index = exact >= 0 ? exact : keys.indexOf(headerKey(header));
    if (index >= 0) {
      columns[role] = index;
      taken.add(index);
    }
  }
  // A header that is exactly an alias ("Stage") wins over one that is an alias with a bracketed note ("Stage (old)").
  const find = (role: ColumnRole) => {
    const exact = fullKeys.findIndex((key, i) => !taken.has(i) && key !== '' && ALIAS_KEYS[role].has(key));
    return exact >= 0 ? exact : keys.findIndex((key, i) => !taken.has(i) && key !== '' && ALIAS_KEYS[role].has(key));
  };
  const ambiguous = new Set(['Khách hàng', 'Company'].map(headerKey));
  for (const role of COLUMN_ROLES) {
    if (columns[role] >= 0 || mapping[role] !== undefined) continue;
    let index = find(role);
    if (role === 'prospect' && index >= 0 && ambiguous.has(keys[index])) {
      const other = keys.findIndex((key, i) => i !== index && !taken.has(i) && !ambiguous.has(key) && ALIAS_KEYS.prospect.has(key));
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
