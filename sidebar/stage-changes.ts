// What a Setup save does to the prospects beyond renames: where the prospects of removed stages go, and whether
// the order of the stages changed (the funnel and the learned probabilities then read differently).
import { nameKey } from '../src/core/names';
import type { StageSetup } from '../src/server/api';
import type { EditedStage } from './setup-rules';

/**
 * Where a removed stage's prospects go unless the user picks otherwise: the nearest stage before it (in the saved
 * order) that the editor still has. '' (they stay, and Check lists them) when none is left before it, as after
 * replacing every stage with a template: moving them to a stage of another pipeline is the user's call.
 */
export function defaultTarget(saved: readonly string[], removed: string, edited: readonly EditedStage[]): string {
  const byOriginal = new Map(edited.filter((row) => row.original !== null).map((row) => [row.original as string, row.stage.name.trim()]));
  const named = new Set(edited.map((row) => nameKey(row.stage.name)));
  for (let i = saved.indexOf(removed) - 1; i >= 0; i--) {
    const now = byOriginal.get(saved[i]) ?? (named.has(nameKey(saved[i])) ? saved[i] : undefined);
    if (now) return now;
  }
  return '';
}

/** True when stages kept from the saved setup now stand in another order. */
export function reordered(saved: readonly string[], edited: readonly EditedStage[]): boolean {
  const kept = new Set(edited.map((row) => row.original).filter((name): name is string => name !== null));
  const before = saved.filter((name) => kept.has(name));
  const after = edited.map((row) => row.original).filter((name): name is string => name !== null && before.includes(name));
  return before.some((name, i) => after[i] !== name);
}

/** Ordinary stages whose win probability is lower than the one before them, in the edited order: "A 40% → B 20%". */
export function probabilityFalls(stages: readonly StageSetup[]): { from: StageSetup; to: StageSetup }[] {
  const ordinary = stages.filter((s) => s.kind === 'stage' && s.probability !== null);
  const falls: { from: StageSetup; to: StageSetup }[] = [];
  for (let i = 1; i < ordinary.length; i++)
    if (ordinary[i].probability! < ordinary[i - 1].probability!) falls.push({ from: ordinary[i - 1], to: ordinary[i] });
  return falls;
}
