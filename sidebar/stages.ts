// What the sidebar reads from the setup to draw it: the stepper's stages and a stage by name (the next stage comes from the server).
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
