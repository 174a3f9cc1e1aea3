// Finds a stage named in a formula argument ("Site visit") with a helpful error when it is not there.
import { closestName } from './closest';
import { StagecoachError } from './errors';
import { nameKey, showValue } from './names';
import type { Pipeline, Stage } from './pipeline';

/** The step (ordinary or won stage) named `name`; `role` says which argument it was, for the message. */
export function findStep(pipeline: Pipeline, name: unknown, role: string): Stage {
  if (typeof name !== 'string') {
    throw new StagecoachError(
      `${role}: ${showValue(name)} is not a stage name. Give a stage name as text, e.g. ${showValue(pipeline.steps[0].name)}.`,
    );
  }
  const stage = pipeline.byKey.get(nameKey(name));
  if (!stage) {
    const close = closestName(name, pipeline.names);
    const hint = close ? ` Did you mean ${showValue(close)}?` : ` The stages are: ${pipeline.steps.map((s) => showValue(s.name)).join(', ')}.`;
    throw new StagecoachError(`${role}: ${showValue(name)} is not a stage of the pipeline.${hint}`);
  }
  if (stage.kind === 'lost') {
    throw new StagecoachError(`${role}: ${showValue(stage.name)} is a lost stage; conversion runs between ordinary stages and the won stage.`);
  }
  return stage;
}
