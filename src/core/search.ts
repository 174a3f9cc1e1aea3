// Finding a prospect from what the user types: part of a name, an ID, a phone number or an email ("a prospect calls").
import type { ColumnMap } from './columns';
import { nameKey, withoutAccents } from './names';
import { cellOf, identityOf, textOfCell } from './prospect-row';

/** Text as search compares it: no accents, no case, no spaces ("Nguyễn Văn An" and "nguyenvanan" are the same). */
export function searchKey(text: string): string {
  return withoutAccents(nameKey(text)).replace(/\s+/g, '');
}

/**
 * A phone number as its digits, with Vietnam's country code read as the leading 0 people dial at home
 * ("+84 90 123 4567" and "090 123 4567" are the same number).
 */
export function phoneDigits(text: string): string {
  const digits = text.replace(/\D+/g, '');
  return digits.startsWith('84') && digits.length >= 11 ? `0${digits.slice(2)}` : digits;
}

/** Fewer digits than this match too many numbers to mean one. */
const MIN_PHONE_DIGITS = 3;

export type MatchedBy = 'id' | 'name' | 'phone' | 'email';

export interface SearchHit {
  row: number;
  id: string;
  name: string;
  stage: string;
  owner: string;
  phone: string;
  email: string;
  by: MatchedBy;
}

export interface SearchResult {
  hits: SearchHit[];
  /** Matches beyond the ones returned. */
  more: number;
}

/** How good a hit is (lower first): an exact ID, a name or ID that starts with the query, then anything containing it. */
function rank(by: MatchedBy, exact: boolean, starts: boolean): number {
  if (by === 'id' && exact) return 0;
  if (starts) return 1;
  return by === 'name' ? 2 : 3;
}

/**
 * The prospects whose name, ID, email (accents, case and spaces ignored) or phone (digits only, at least three)
 * contain the query; the best `limit` of them, then the sheet's order. An empty query finds nothing.
 */
export function searchProspects(
  rows: readonly (readonly unknown[])[],
  firstRow: number,
  columns: ColumnMap,
  query: string,
  limit: number,
): SearchResult {
  const key = searchKey(query);
  if (key === '') return { hits: [], more: 0 };
  // A query of digits and phone punctuation only is a number: it is looked for in phones (and in IDs, as typed).
  const digits = /^[\d\s+().-]+$/.test(query.trim()) ? phoneDigits(query) : '';
  const found: { hit: SearchHit; rank: number }[] = [];
  rows.forEach((row, i) => {
    const { id, name } = identityOf(row, columns);
    if (!id && !name) return;
    const phone = textOfCell(cellOf(row, columns.phone));
    const email = textOfCell(cellOf(row, columns.email));
    const fields: [MatchedBy, string][] = [
      ['id', searchKey(id)],
      ['name', searchKey(name)],
      ['email', searchKey(email)],
    ];
    let best: { by: MatchedBy; rank: number } | null = null;
    for (const [by, text] of fields) {
      const at = text.indexOf(key);
      if (at < 0) continue;
      const r = rank(by, text === key, at === 0);
      if (!best || r < best.rank) best = { by, rank: r };
    }
    if (!best && digits.length >= MIN_PHONE_DIGITS && columns.phone >= 0) {
      const at = phoneDigits(phone).indexOf(digits);
      if (at >= 0) best = { by: 'phone', rank: at === 0 ? 1 : 3 };
    }
    if (!best) return;
    const hit: SearchHit = {
      row: firstRow + i,
      id,
      name,
      stage: textOfCell(cellOf(row, columns.stage)),
      owner: textOfCell(cellOf(row, columns.owner)),
      phone,
      email,
      by: best.by,
    };
    found.push({ hit, rank: best.rank });
  });
  found.sort((a, b) => a.rank - b.rank || a.hit.row - b.hit.row);
  return { hits: found.slice(0, limit).map((f) => f.hit), more: Math.max(0, found.length - limit) };
}
