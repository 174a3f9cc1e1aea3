// Possible duplicate prospects: the same phone (digits), the same email (any case), or the same name and customer (by key).
import type { ColumnMap } from './columns';
import { isBlank, nameKey } from './names';
import { cellOf, identityOf, textOfCell } from './prospect-row';

export type DuplicateKind = 'phone' | 'email' | 'nameCustomer';

export interface DuplicateGroup {
  kind: DuplicateKind;
  /** What the rows share, as the first of them spells it. */
  value: string;
  /** Sheet rows (1-based), in sheet order, with who each holds. */
  rows: { row: number; id: string; name: string }[];
}

/** Fewer digits than this is an extension or a typo, not a phone number: "090 000" would match half a sheet. */
const PHONE_DIGITS = 8;

/** A phone number's digits, the Vietnamese country code read as the leading 0 (+84 90… = 090…); "" when too short. */
export function phoneKey(cell: unknown): string {
  let digits = textOfCell(cell).replace(/\D/g, '');
  if (digits.startsWith('84') && digits.length >= 11) digits = '0' + digits.slice(2);
  return digits.length >= PHONE_DIGITS ? digits : '';
}

/** An email address in any case; "" when the cell does not hold one. */
export function emailKey(cell: unknown): string {
  const text = textOfCell(cell).toLowerCase();
  return /^[^\s@]+@[^\s@]+$/.test(text) ? text : '';
}

/**
 * Groups of two or more rows sharing a phone, an email, or a name and a customer (both filled), in that order of
 * kinds, each kind's groups in the order of their first row. `firstRow` is the sheet row of rows[0].
 */
export function findDuplicates(rows: readonly (readonly unknown[])[], columns: ColumnMap, firstRow: number): DuplicateGroup[] {
  const keyers: [DuplicateKind, boolean, (row: readonly unknown[]) => string][] = [
    ['phone', columns.phone >= 0, (row) => phoneKey(cellOf(row, columns.phone))],
    ['email', columns.email >= 0, (row) => emailKey(cellOf(row, columns.email))],
    [
      'nameCustomer',
      columns.prospect >= 0 && columns.customer >= 0,
      (row) => {
        const name = cellOf(row, columns.prospect);
        const customer = cellOf(row, columns.customer);
        return isBlank(name) || isBlank(customer) ? '' : `${nameKey(textOfCell(name))}\u0000${nameKey(textOfCell(customer))}`;
      },
    ],
  ];
  const groups: DuplicateGroup[] = [];
  for (const [kind, present, keyOf] of keyers) {
    if (!present) continue;
    const byKey = new Map<string, number[]>();
    rows.forEach((row, i) => {
      const key = keyOf(row);
      if (key === '') return;
      const list = byKey.get(key);
      if (list) list.push(i);
      else byKey.set(key, [i]);
    });
    for (const indexes of byKey.values()) {
      if (indexes.length < 2) continue;
      const first = rows[indexes[0]];
      const value =
        kind === 'phone'
          ? textOfCell(cellOf(first, columns.phone))
          : kind === 'email'
            ? textOfCell(cellOf(first, columns.email))
            : `${textOfCell(cellOf(first, columns.prospect))} · ${textOfCell(cellOf(first, columns.customer))}`;
      groups.push({ kind, value, rows: indexes.map((i) => ({ row: i + firstRow, ...identityOf(rows[i], columns) })) });
    }
  }
  return groups;
}
