// The Setup editor's model: its stages, and the renames a save carries (validation is core's setupProblems).
import { nameKey } from '../src/core/names';
import type { StageSetup } from '../src/server/api';

/** One stage in the editor: `original` is its saved name (null for a stage added or taken from a template). */
export interface EditedStage {
  key: number;
  original: string | null;
  stage: StageSetup;
}

/** Saved stages whose name the editor changed: old name → new name. */
export function renamesOf(edited: EditedStage[]): { from: string; to: string }[] {
  return edited
    .filter(({ original, stage }) => original !== null && stage.name.trim() !== '' && original !== stage.name.trim())
    .map(({ original, stage }) => ({ from: original as string, to: stage.name.trim() }));
}

/** Prospects that a save would carry along to the new names. */
export function prospectsRenamed(renames: { from: string; to: string }[], stageCounts: Record<string, number>): number {
  return renames.reduce((sum, { from }) => sum + (stageCounts[from] ?? 0), 0);
}

/** Saved stages that still hold prospects but are neither kept (perhaps renamed) nor named again in the editor. */
export function orphanedStages(saved: string[], edited: EditedStage[], stageCounts: Record<string, number>): { name: string; count: number }[] {
  const kept = new Set(edited.map(({ original }) => original).filter((name): name is string => name !== null));
  const named = new Set(edited.map(({ stage }) => nameKey(stage.name)));
  return saved
    .filter((name) => !kept.has(name) && !named.has(nameKey(name)) && (stageCounts[name] ?? 0) > 0)
    .map((name) => ({ name, count: stageCounts[name] }));
}

/** The stages as saved: names trimmed. */
export function stagesToSave(edited: EditedStage[]): StageSetup[] {
  return edited.map(({ stage }) => ({ ...stage, name: stage.name.trim(), exitCriteria: [...stage.exitCriteria] }));
}
