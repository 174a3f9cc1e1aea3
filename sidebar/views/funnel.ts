// The funnel as inline SVG: one centred bar per stage, width ∝ prospects that reached it, the drop between stages.
import type { FunnelStep } from '../../src/server/api';
import { svg } from '../dom';
import { count, percent } from '../format';
import { t } from '../i18n';

const WIDTH = 276;
const LABEL = 16;
const BAR = 16;
const GAP = 18;

export function renderFunnel(steps: FunnelStep[]): SVGSVGElement {
  const max = Math.max(1, ...steps.map((step) => step.reached));
  const rowHeight = LABEL + BAR;
  const height = steps.length * rowHeight + Math.max(0, steps.length - 1) * GAP;
  const summary = steps.map((step) => `${step.stage}${step.momentOfTruth ? ` (${t('momentOfTruth')})` : ''}: ${count(step.reached)}`).join('; ');
  const chart = svg('svg', {
    class: 'funnel',
    width: WIDTH,
    height,
    viewBox: `0 0 ${WIDTH} ${height}`,
    role: 'img',
    'aria-label': `${t('funnelTitle')}. ${summary}`,
  });
  steps.forEach((step, index) => {
    const top = index * (rowHeight + GAP);
    const width = Math.max(2, (step.reached / max) * WIDTH);
    const row = svg('g', { class: step.momentOfTruth ? 'step moment' : 'step', 'aria-hidden': 'true' });
    row.append(
      svg('text', { x: 0, y: top + 12, class: 'stage-label' }, `${step.momentOfTruth ? '★ ' : ''}${step.stage}`),
      svg('text', { x: WIDTH, y: top + 12, 'text-anchor': 'end', class: 'count-label' }, count(step.reached)),
      svg('rect', { x: (WIDTH - width) / 2, y: top + LABEL, width, height: BAR, rx: 2, class: 'bar' }),
    );
    if (index > 0) {
      const drop = step.stepRate === null ? null : 1 - step.stepRate;
      row.append(
        svg(
          'text',
          { x: WIDTH / 2, y: top - GAP / 2 + 4, 'text-anchor': 'middle', class: 'drop-label' },
          drop === null ? '▼' : t('drop', { rate: percent(drop) }),
        ),
      );
    }
    chart.append(row);
  });
  return chart;
}
