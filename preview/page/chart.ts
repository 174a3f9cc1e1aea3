// Draws a chart the add-on built as SVG: horizontal bars (stacked when asked), an invisible series leaves a gap.
import type { ChartView } from '../server/views';

const NS = 'http://www.w3.org/2000/svg';

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Record<string, string | number>, text?: string): SVGElementTagNameMap[K] {
  const element = document.createElementNS(NS, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  if (text !== undefined) element.textContent = text;
  return element;
}

const shown = (value: number): string =>
  Number.isInteger(value) ? value.toLocaleString('en-US') : value.toLocaleString('en-US', { maximumFractionDigits: 2 });

/** The chart as an image: its title is its accessible name, every bar carries its value as a tooltip. */
export function drawChart(chart: ChartView, noData: string): SVGSVGElement {
  const { width: chartWidth, height: chartHeight } = chart;
  const root = svg('svg', {
    width: chartWidth,
    height: chartHeight,
    viewBox: `0 0 ${chartWidth} ${chartHeight}`,
    role: 'img',
    'aria-label': chart.title || chart.type,
    class: 'chart-svg',
  });
  root.append(svg('title', {}, chart.title || chart.type));
  root.append(svg('rect', { x: 0, y: 0, width: chartWidth, height: chartHeight, fill: '#fff' }));
  if (chart.title) root.append(svg('text', { x: 16, y: 28, class: 'chart-title' }, chart.title));

  const rows = chart.labels.length;
  const totals = chart.labels.map((_, i) =>
    chart.stacked
      ? chart.series.reduce((sum, s) => sum + Math.max(0, s.values[i] ?? 0), 0)
      : Math.max(0, ...chart.series.map((s) => s.values[i] ?? 0)),
  );
  const max = Math.max(0, ...totals);
  if (!rows || max <= 0) {
    root.append(svg('text', { x: chartWidth / 2, y: chartHeight / 2, 'text-anchor': 'middle', class: 'chart-empty' }, noData));
    return root;
  }

  const labelWidth = Math.min(220, 12 + 6.6 * Math.max(...chart.labels.map((label) => label.length)));
  const left = 16 + labelWidth;
  const right = chartWidth - 24;
  const top = chart.title ? 52 : 20;
  const band = (chartHeight - top - 16) / rows;
  const barHeight = Math.max(6, Math.min(36, band * 0.72));
  const scale = (right - left) / max;
  const visible = chart.series.filter((s) => s.color !== null);

  chart.labels.forEach((label, i) => {
    const y = top + i * band + (band - barHeight) / 2;
    root.append(svg('text', { x: left - 8, y: y + barHeight / 2 + 4, 'text-anchor': 'end', class: 'chart-label' }, label));
    let x = left;
    chart.series.forEach((series) => {
      const value = Math.max(0, series.values[i] ?? 0);
      const width = value * scale;
      const offset = chart.stacked ? x : left;
      const y0 = chart.stacked ? y : y + (barHeight / Math.max(1, visible.length)) * visible.indexOf(series);
      const height = chart.stacked ? barHeight : barHeight / Math.max(1, visible.length);
      if (series.color !== null && width > 0) {
        const bar = svg('rect', { x: offset, y: y0, width, height, fill: series.color, rx: 2 });
        bar.append(svg('title', {}, `${label}: ${series.name} ${shown(value)}`));
        root.append(bar);
        if (series.dataLabels) {
          const inside = width > 44;
          root.append(
            svg(
              'text',
              {
                x: inside ? offset + width / 2 : offset + width + 6,
                y: y0 + height / 2 + 4,
                'text-anchor': inside ? 'middle' : 'start',
                class: inside ? 'chart-value inside' : 'chart-value',
              },
              shown(value),
            ),
          );
        }
      }
      if (chart.stacked) x += width;
    });
  });
  return root;
}
