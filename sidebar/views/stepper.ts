// The stage stepper: every ordinary stage and the won stage, the current one highlighted, the moment of truth starred.
import type { StageSetup } from '../../src/server/api';
import { el } from '../dom';
import { t } from '../i18n';
import { findStage, stepperStages } from '../stages';

export function renderStepper(stages: StageSetup[], current: string): HTMLElement {
  const steps = stepperStages(stages);
  const currentStage = findStage(steps, current);
  const at = currentStage ? steps.indexOf(currentStage) : -1;
  return el(
    'ol',
    { class: 'stepper', 'aria-label': t('stagesLabel') },
    ...steps.map((stage, index) =>
      el(
        'li',
        {
          class: [index === at ? 'current' : index < at ? 'done' : '', stage.kind === 'won' ? 'won' : ''].join(' ').trim() || null,
          'aria-current': index === at ? 'step' : null,
        },
        el('span', { class: 'dot', 'aria-hidden': 'true' }),
        el('span', { class: 'step-name' }, stage.name),
        stage.momentOfTruth && el('span', { class: 'star', title: t('momentOfTruth'), 'aria-hidden': 'true' }, '★'),
        stage.momentOfTruth && el('span', { class: 'sr-only' }, ` (${t('momentOfTruth')})`),
        index === at && el('span', { class: 'sr-only' }, ` (${t('currentStage')})`),
      ),
    ),
  );
}
