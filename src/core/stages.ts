// Finds a stage named in a formula argument ("Site visit") with a helpful error when it is not there.
import { closestName } from './closest';
import { fail, Phrase, shown } from './localized-error';
import { nameKey, showValue } from './names';
import type { Pipeline, Stage } from './pipeline';

/** The step (ordinary or won stage) named `name`; `role` says which argument it was, for the message. */
export function findStep(pipeline: Pipeline, name: unknown, role: string): Stage {
  if (typeof name !== 'string') {
    throw fail('errStageNotText', { role, value: shown(name), example: showValue(pipeline.steps[0].name) });
  }
  const stage = pipeline.byKey.get(nameKey(name));
  if (!stage) {
    const close = closestName(name, pipeline.names);
    const hint: Phrase = close
      ? { key: 'errDidYouMean', params: { name: showValue(close) } }
      : { key: 'hintStages', params: { names: pipeline.steps.map((s) => showValue(s.name)).join(', ') } };
    throw fail('errStageUnknown', { role, value: showValue(name), hint });
  }
  if (stage.kind === 'lost') {
    throw fail('errStageLost', { role, value: showValue(stage.name) });
  }
  return stage;
}
