// The dashboard's progress chart, drawn on the server as SVG: one horizontal bar per status with its count,
// so it reads without script and prints as it shows. The numbers are in the table beside it as well.
import type { ProgressSummary, ProgressKey } from '../../../followup/index.js';
import { PROGRESS_KEYS } from '../../../followup/index.js';

/** Colours per status (contrast ≥ 3:1 on white), in PROGRESS_KEYS order. */
export const STATUS_COLOURS: Readonly<Record<ProgressKey, string>> = {
  not_started: '#8a6d00', partially_implemented: '#1f6fb2', fully_implemented: '#1a7f37', regressed: '#b3261e', unclear: '#6b4fa1', unassessed: '#6e6e6e',
};

export function ProgressChart(props: { summary: ProgressSummary; label: (k: ProgressKey) => string; title: string }) {
  const { summary } = props;
  const max = Math.max(1, ...PROGRESS_KEYS.map((k) => summary.byStatus[k]));
  const rowH = 28;
  const labelW = 200;
  const barW = 360;
  const h = PROGRESS_KEYS.length * rowH + 10;
  return (
    <svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label={props.title} width={labelW + barW + 60} height={h} viewBox={`0 0 ${labelW + barW + 60} ${h}`} class="progress-chart">
      <title>{props.title}</title>
      {PROGRESS_KEYS.map((k, i) => {
        const n = summary.byStatus[k];
        const w = Math.round((n / max) * barW);
        const y = 5 + i * rowH;
        return (
          <g>
            <text x={labelW - 8} y={y + 17} text-anchor="end" font-size="13">{props.label(k)}</text>
            <rect x={labelW} y={y + 3} width={w} height={rowH - 8} fill={STATUS_COLOURS[k]} />
            <text x={labelW + w + 6} y={y + 17} font-size="13">{String(n)}</text>
          </g>
        );
      })}
    </svg>
  );
}
