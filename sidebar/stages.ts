// What the sidebar reads from the pipeline: the stepper's stages, the next stage, a stage by name.
import { nameKey } from '../src/core/names';
import type { StageSetup } from '../src/server/api';

/** The stage called `name` (compared as the server does: case, spacing and "-"/"_" ignored). */
export function findStage(stages: StageSetup[], name: string): StageSetup | undefined {
  const key = nameKey(name);
  return stages.find((stage) => nameKey(stage.name) === key);
}

/** The stepper: every ordinary stage in order, then the won stage. */
export function stepperStages(stages: StageSetup[]): StageSetup[] {
  return [...stages.filter((stage) => stage.kind === 'stage'), ...stages.filter((stage) => stage.kind === 'won')];
}

/** Where "Advance" takes a prospect from `current`: the next ordinary stage, after the last one the won stage. */
export function nextStage(stages: StageSetup[], current: string): StageSetup | undefined {
  const steps = stepperStages(stages);
  const at = steps.findIndex((stage) => nameKey(stage.name) === nameKey(current));
  return at >= 0 ? steps[at + 1] : undefined;
}
