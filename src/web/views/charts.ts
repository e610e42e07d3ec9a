// Charts rendered to SVG on the server with Observable Plot over a linkedom document: no script in the page.
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';

export interface ChartText {
  /** Accessible description of the chart (the table beneath holds the figures). */
  description: string;
  xLabel?: string;
  yLabel?: string;
  /** Formats counts on axes in the interface language. */
  num?: (n: number) => string;
}

const COLOURS = { supported: '#1b6e3a', noted: '#b3541e', pending: '#6b5b95', unknown: '#666666' };
const RESPONSE_ORDER = ['supported', 'noted', 'pending', 'unknown'];

function render(options: Plot.PlotOptions, text: ChartText): string {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const node = Plot.plot({ ...options, document, style: { fontSize: '12px', background: 'white', color: '#1a1a1a' } } as Plot.PlotOptions) as unknown as Element;
  // One accessible image per chart (its figures are in the table beneath); Plot's per-mark labels go.
  const svgs = node.tagName.toLowerCase() === 'svg' ? [node] : [...node.querySelectorAll('svg')];
  for (const el of node.querySelectorAll('[aria-label], [aria-description]')) {
    el.removeAttribute('aria-label');
    el.removeAttribute('aria-description');
  }
  for (const svg of svgs) {
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-label', text.description);
  }
  moveLegendStyles(node, svgs[0]);
  return node.outerHTML;
}

/** HTML allows `<style>` only in the head, but inside an `<svg>` it is SVG content and valid anywhere; the rules
 * of an inline SVG's stylesheet apply to the whole page, so Plot's legend styles move into the chart's SVG. */
function moveLegendStyles(node: Element, svg: Element | undefined): void {
  if (!svg) return;
  const outside = [...node.querySelectorAll('style')].filter((s) => !s.closest('svg'));
  if (outside.length === 0) return;
  let target = svg.querySelector('style');
  if (!target) {
    target = svg.ownerDocument.createElement('style');
    svg.insertBefore(target, svg.firstChild);
  }
  for (const s of outside) {
    target.textContent = `${target.textContent ?? ''}\n${s.textContent ?? ''}`;
    s.remove();
  }
}

const clip = (s: string, n = 28) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** Horizontal bar chart of `rows` (label → value), largest first. */
export function barChart(rows: { label: string; value: number }[], text: ChartText): string {
  return render({
    marginLeft: 170, height: 40 + rows.length * 22, width: 640,
    x: { label: text.xLabel ?? null, grid: true, tickFormat: text.num }, y: { label: null, tickFormat: (d: string) => clip(d) },
    marks: [Plot.barX(rows, { x: 'value', y: 'label', fill: '#1f5f99', sort: { y: '-x' } }), Plot.ruleX([0])],
  }, text);
}

/** Stacked horizontal bars: one bar per category, stacked by response with a colour legend. */
export function stackedResponseChart(rows: { category: string; response: string; count: number }[], responseLabels: Record<string, string>, text: ChartText): string {
  const present = RESPONSE_ORDER.filter((r) => rows.some((x) => x.response === r));
  return render({
    marginLeft: 200, height: 60 + new Set(rows.map((r) => r.category)).size * 22, width: 640,
    x: { label: text.xLabel ?? null, grid: true, tickFormat: text.num }, y: { label: null, tickFormat: (d: string) => clip(d, 27) },
    color: { domain: present.map((r) => responseLabels[r] ?? r), range: present.map((r) => COLOURS[r as keyof typeof COLOURS]), legend: true },
    marks: [
      Plot.barX(rows.map((r) => ({ ...r, label: responseLabels[r.response] ?? r.response })), { x: 'count', y: 'category', fill: 'label', sort: { y: '-x' } }),
      Plot.ruleX([0]),
    ],
  }, text);
}

/** Heat map: rows × columns, cell colour by count, with the count written in each cell. */
export function heatMap(cells: { row: string; column: string; count: number }[], text: ChartText): string {
  const max = Math.max(1, ...cells.map((c) => c.count));
  return render({
    marginLeft: 150, marginBottom: 150, width: 640, height: 150 + new Set(cells.map((c) => c.row)).size * 26, padding: 0.05,
    x: { label: null, tickRotate: -50, tickFormat: (d: string) => clip(d, 22) }, y: { label: null, tickFormat: (d: string) => clip(d, 22) },
    color: { type: 'linear', range: ['#eef4fa', '#0b3a66'], domain: [0, max] },
    marks: [
      Plot.cell(cells, { x: 'column', y: 'row', fill: 'count' }),
      Plot.text(cells, { x: 'column', y: 'row', text: 'count', z: null, fill: (d: { count: number }) => (d.count > max / 2 ? 'white' : '#1a1a1a') } as Plot.TextOptions),
    ],
  }, text);
}

/** Time series: one line per response over sessions. */
export function timeSeries(rows: { session: number; response: string; count: number }[], responseLabels: Record<string, string>, text: ChartText): string {
  const present = RESPONSE_ORDER.filter((r) => rows.some((x) => x.response === r));
  // Sessions without a given response count as zero, so lines do not bridge the gap.
  const sessions = [...new Set(rows.map((r) => r.session))].sort((a, b) => a - b);
  const data = present.flatMap((resp) => sessions.map((session) => ({
    session, count: rows.find((r) => r.session === session && r.response === resp)?.count ?? 0, label: responseLabels[resp] ?? resp,
  })));
  return render({
    width: 640, height: 300, marginLeft: 50,
    // Sessions as points: only those present are drawn, so gaps in the data are not bridged by a scale.
    x: { label: text.xLabel ?? null, type: 'point' }, y: { label: text.yLabel ?? null, grid: true, tickFormat: text.num },
    color: { domain: present.map((r) => responseLabels[r] ?? r), range: present.map((r) => COLOURS[r as keyof typeof COLOURS]), legend: true },
    marks: [Plot.lineY(data, { x: 'session', y: 'count', stroke: 'label', z: 'label', marker: 'circle' }), Plot.ruleY([0])],
  }, text);
}
