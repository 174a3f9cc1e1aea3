// Search: the prospects whose name, ID, phone or email contain what the user typed.
import { searchProspects as search } from '../core/search';
import { FIRST_PROSPECT_ROW, readProspectColumns } from '../sheets/prospect-rows';
import type { ProspectSearchResult } from './api';
import { Context, prospectsOf } from './context';
import { NAME_LIMIT, optionalText } from './request-checks';

/** Hits returned at most: a search names a prospect, it does not list the sheet. */
export const SEARCH_LISTED = 20;

export function searchProspects(context: Context, query: unknown): ProspectSearchResult {
  const text = optionalText(context.t, query, 'query', NAME_LIMIT);
  if (text.trim() === '') return { query: text, hits: [], more: 0 };
  const table = prospectsOf(context);
  const { columns } = table;
  const rows = readProspectColumns(table, [columns.id, columns.prospect, columns.stage, columns.owner, columns.phone, columns.email]);
  return { query: text, ...search(rows, FIRST_PROSPECT_ROW, columns, text, SEARCH_LISTED) };
}
