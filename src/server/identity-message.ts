// Says in the user's language why a row was not written: it holds someone else, or several rows hold the same prospect.
import type { IdentityProblem, ProspectIdentity } from '../core/identity';
import { showValue } from '../core/names';
import type { Context } from './context';

/** A value shortened as every cell quoted in a message is, without showValue's quotes (the template has its own). */
const short = (text: string) => showValue(text).slice(1, -1);

/** Rows 5 and 9; 5, 9 and 12; beyond five rows, the first five and "…". */
function rowList(t: Context['t'], rows: readonly number[]): string {
  if (rows.length > 5) return `${rows.slice(0, 5).join(', ')}…`;
  if (rows.length < 2) return rows.join('');
  return t('rowListLast', { rows: rows.slice(0, -1).join(', '), last: rows[rows.length - 1] });
}

/** "An" or "An" (ID 12), each shortened as every cell quoted in a message is. */
export function identityText(t: Context['t'], identity: ProspectIdentity): string {
  const name = showValue(identity.name);
  return identity.id === '' || identity.id === identity.name ? name : t('identityWithId', { name, id: short(identity.id) });
}

/** The refusal for a move. */
export function identityMessage(t: Context['t'], problem: IdentityProblem): string {
  if (problem.kind === 'repeated') {
    const key = problem.by === 'position' ? 'positionRepeated' : problem.by === 'name' ? 'nameRepeated' : 'identityRepeated';
    const identity = problem.by === 'position' ? showValue(problem.identity.name) : identityText(t, problem.identity);
    return t(key, { rows: rowList(t, problem.rows), identity });
  }
  const { selected, holds } = problem;
  if (holds.id === selected.id.trim() && holds.name === selected.name.trim()) {
    // Same prospect, another stage: someone moved it meanwhile.
    return t('rowChanged', { row: problem.row, name: short(holds.name), stage: short(holds.stage) });
  }
  return t('rowHoldsOther', { row: problem.row, selected: identityText(t, selected), holds: identityText(t, holds) });
}
