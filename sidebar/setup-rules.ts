// The Setup editor's model rules: validation before save, and the renames a save carries.
import { nameKey } from '../src/core/names';
import type { ColumnMapping, ColumnRole, StageSetup } from '../src/server/api';
import type { MessageKey } from './i18n';

/** One stage in the editor: `original` is its saved name (null for a stage added or taken from a template). */
export interface EditedStage {
  key: number;
  original: string | null;
  stage: StageSetup;
}

export type StageField = 'name' | 'kind' | 'probability' | 'momentOfTruth' | 'stallDays';

export interface SetupProblem {
  message: MessageKey;
  params?: Record<string, string | number>;
  /** The stage and field the problem is about, when it is about one. */
  key?: number;
  field?: StageField | 'mapping';
}

export const REQUIRED_ROLES: ColumnRole[] = ['prospect', 'stage'];

/** Every reason the edited pipeline and mapping cannot be saved; empty when they can. */
export function validateSetup(edited: EditedStage[], mapping: ColumnMapping | null): SetupProblem[] {
  const problems: SetupProblem[] = [];
  const seen = new Map<string, number>();
  edited.forEach(({ key, stage }, index) => {
    const name = stage.name.trim();
    if (!name) {
      problems.push({ message: 'errNameEmpty', params: { n: index + 1 }, key, field: 'name' });
    } else if (seen.has(nameKey(name))) {
      problems.push({ message: 'errNameTwice', params: { name }, key, field: 'name' });
    } else {
      seen.set(nameKey(name), key);
    }
    if (stage.probability !== null && !(stage.probability >= 0 && stage.probability <= 1)) {
      problems.push({ message: 'errProbability', params: { name: name || index + 1 }, key, field: 'probability' });
    }
    if (stage.stallDays !== null && !(Number.isInteger(stage.stallDays) && stage.stallDays >= 1)) {
      problems.push({ message: 'errStallDays', params: { name: name || index + 1 }, key, field: 'stallDays' });
    }
    if (stage.momentOfTruth && stage.kind !== 'stage') {
      problems.push({ message: 'errMomentOfTruthKind', params: { name: name || index + 1 }, key, field: 'momentOfTruth' });
    }
  });
  const won = edited.filter(({ stage }) => stage.kind === 'won');
  if (won.length !== 1) {
    const names = won.map(({ stage }) => stage.name.trim()).join(', ');
    problems.push({ message: won.length ? 'errWonMany' : 'errWonNone', params: { n: won.length, names }, key: won[1]?.key, field: 'kind' });
  }
  if (!edited.some(({ stage }) => stage.kind === 'stage')) problems.push({ message: 'errNoOrdinary' });
  const moments = edited.filter(({ stage }) => stage.momentOfTruth).length;
  if (moments !== 1) problems.push({ message: moments ? 'errMomentOfTruthMany' : 'errMomentOfTruthNone', params: { n: moments } });
  if (mapping) {
    for (const role of REQUIRED_ROLES) {
      if (!mapping[role]) problems.push({ message: 'errRoleMissing', params: { role }, field: 'mapping' });
    }
    const used = new Map<string, ColumnRole>();
    for (const [role, header] of Object.entries(mapping) as [ColumnRole, string | undefined][]) {
      if (!header) continue;
      const other = used.get(nameKey(header));
      if (other) problems.push({ message: 'errHeaderTwice', params: { header, role, other }, field: 'mapping' });
      else used.set(nameKey(header), role);
    }
  }
  return problems;
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
