// The prospects a sidebar request names, as the server trusts them: whole rows below the header, text fields, each row once.
import { FIRST_PROSPECT_ROW } from '../sheets/prospect-rows';
import type { ProspectRef } from './api';
import type { Context } from './context';
import { CELL_TEXT_LIMIT, optionalList, optionalText, requireObject, requireRow, ROW_LIMIT } from './request-checks';

/** `withStage: false` for a change that does not depend on the stage the sidebar saw (a next step): stage comes back ''. */
export function prospectRefs(context: Context, raw: unknown, withStage = true): ProspectRef[] {
  const { t } = context;
  const refs = new Map<number, ProspectRef>();
  optionalList(t, raw, 'prospects', ROW_LIMIT).forEach((item, i) => {
    const field = `prospects[${i}]`;
    const ref = requireObject(t, item, field);
    const row = requireRow(t, ref.row, `${field}.row`, FIRST_PROSPECT_ROW);
    const text = (key: keyof ProspectRef) => optionalText(t, ref[key], `${field}.${key}`, CELL_TEXT_LIMIT);
    if (!refs.has(row)) refs.set(row, { row, id: text('id'), name: text('name'), stage: withStage ? text('stage') : '' });
  });
  return [...refs.values()];
}
