// Decides whether a row still holds the prospect the user selected: its ID and its name match, and no other row shares them.
import type { ColumnMap } from './columns';
import { nameKey } from './names';
import { identityOf } from './prospect-row';

/** Who a row is, as cell text (trimmed): the ID ("" when blank or when the sheet has none) and the name. */
export interface ProspectIdentity {
  id: string;
  name: string;
}

/** What the sidebar saw when the user selected the prospect (ProspectRef's shape). */
export interface SelectedProspect extends ProspectIdentity {
  row: number;
  stage: string;
}

/** A row of the sheet as it is now. */
export interface RowIdentity extends ProspectIdentity {
  row: number;
}

/**
 * Why a move must not write to a row:
 * - `changed`: the row no longer holds the selected ID, name or stage (it holds `holds`);
 * - `repeated`: several rows hold what identifies the prospect, so the row cannot be trusted to be the one selected.
 *   `by` says what they share: `id` (ID and name), `name` (name, no ID), or `position` (name, and an ID that
 *   only numbers the row, such as =ROW()-1 or a 1, 2, 3… series: it renumbers when rows move).
 */
export type IdentityProblem =
  | { kind: 'changed'; row: number; selected: SelectedProspect; holds: ProspectIdentity & { stage: string } }
  | { kind: 'repeated'; by: 'id' | 'name' | 'position'; rows: number[]; identity: ProspectIdentity };

/** Trimmed text, so a stray space typed after a name does not turn the prospect into someone else. */
function text(value: string): string {
  return String(value ?? '').trim();
}

function key(identity: ProspectIdentity): string {
  return `${text(identity.id)}\u0000${text(identity.name)}`;
}

/**
 * An ID equal to the row number, or to the row number − 1 (the header is row 1), numbers the position, not the
 * prospect: after a sort or an insert it belongs to whoever is in that row now.
 */
export function isPositionalId(id: string, row: number): boolean {
  const trimmed = text(id);
  if (!/^\d+$/.test(trimmed)) return false;
  const n = Number(trimmed);
  return n === row || n === row - 1;
}

/** The rows of the sheet, looked up by ID and name, and by name alone (for IDs that only number rows). */
export interface IdentityIndex {
  byIdentity: ReadonlyMap<string, number[]>;
  byName: ReadonlyMap<string, number[]>;
}

export function indexIdentities(rows: Iterable<RowIdentity>): IdentityIndex {
  const byIdentity = new Map<string, number[]>();
  const byName = new Map<string, number[]>();
  const add = (map: Map<string, number[]>, k: string, row: number) => {
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  };
  for (const row of rows) {
    add(byIdentity, key(row), row.row);
    add(byName, text(row.name), row.row);
  }
  return { byIdentity, byName };
}

/**
 * Whether `holds` (the row the prospect was selected on, as it is now) is still that prospect, and the only row
 * that could be: the ID and the name match as text, the stage by key, and no other row of `index` shares them.
 */
export function identityProblem(
  selected: SelectedProspect,
  holds: ProspectIdentity & { stage: string },
  index: IdentityIndex,
): IdentityProblem | null {
  const same = text(holds.id) === text(selected.id) && text(holds.name) === text(selected.name) && nameKey(holds.stage) === nameKey(selected.stage);
  if (!same) return { kind: 'changed', row: selected.row, selected, holds };
  const identity = { id: text(selected.id), name: text(selected.name) };
  const positional = isPositionalId(identity.id, selected.row);
  const rows = (positional ? index.byName.get(identity.name) : index.byIdentity.get(key(identity))) ?? [selected.row];
  if (rows.length > 1)
    return { kind: 'repeated', by: positional ? 'position' : identity.id === '' ? 'name' : 'id', rows: [...rows].sort((a, b) => a - b), identity };
  return null;
}

/** The identities of rows read from the sheet (row i of `rows` is sheet row `firstRow + i`), as the sidebar names them. */
export function rowIdentities(rows: readonly (readonly unknown[])[], columns: ColumnMap, firstRow: number): RowIdentity[] {
  return rows.map((row, i) => ({ row: firstRow + i, ...identityOf(row, columns) }));
}
