/**
 * The running total of people pardoned since July 2024, over time, as an SVG step chart: each round a step, with
 * a bar under its point for the time window the sources allow. Colours come from the page's CSS (light and dark);
 * the same figures follow as a table for readers who do not see the chart.
 */
import { formatCount, monthName } from '../../extension/engine/time';
import { dayNumber, describeRoundTime, formatDay, type RoundView } from './model';

const WIDTH = 760;
const HEIGHT = 320;
const MARGIN = { top: 34, right: 24, bottom: 44, left: 52 };
/** the y axis' gridlines, in people: about eight of them, at 50, 100, 200… */
const yStep = (max: number) => [50, 100, 200, 500, 1000].find((step) => max / step <= 9) ?? 1000;

interface ChartProps {
  rounds: RoundView[];
  horizon: string;
}

function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  for (let year = Number(from.slice(0, 4)), month = Number(from.slice(5, 7)); `${year}-${String(month).padStart(2, '0')}` <= to.slice(0, 7); month === 12 ? ((month = 1), year++) : month++) {
    months.push(`${year}-${String(month).padStart(2, '0')}-01`);
  }
  return months;
}

export function RunningTotalChart({ rounds, horizon }: ChartProps) {
  // a release that was no new pardon leaves the total where it was: no step of its own
  const points = rounds.filter((r) => r.total && r.round.pardon !== false).map((r) => ({ view: r, total: r.total!.value }));
  const start = rounds[0].round.window.from;
  const [x0, x1] = [dayNumber(start), dayNumber(horizon) + 6];
  const Y_STEP = yStep(Math.max(...points.map((p) => p.total)));
  const yMax = Math.ceil(Math.max(...points.map((p) => p.total)) / Y_STEP) * Y_STEP;
  const x = (iso: string) => MARGIN.left + ((dayNumber(iso) - x0) / (x1 - x0)) * (WIDTH - MARGIN.left - MARGIN.right);
  const y = (value: number) => HEIGHT - MARGIN.bottom - (value / yMax) * (HEIGHT - MARGIN.top - MARGIN.bottom);
  // labels from the latest point back (the current total always shows), each far enough from the one to its right
  let rightmost = Number.POSITIVE_INFINITY;
  const labelled = new Set([...points].reverse().filter((p) => { const at = x(p.view.placed); if (rightmost - at < 34) return false; rightmost = at; return true; }).map((p) => p.view.round.round));
  const steps = points.map((p) => `H${x(p.view.placed).toFixed(1)}V${y(p.total).toFixed(1)}`).join('');
  const line = `M${x(start).toFixed(1)},${y(0).toFixed(1)}${steps}H${x(horizon).toFixed(1)}`;
  const last = points[points.length - 1];
  return (
    <figure class="chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby="chart-title chart-desc" data-chart="running-total">
        <title id="chart-title">People pardoned since July 2024, running total</title>
        <desc id="chart-desc">
          A step for each of the {points.length} rounds that pardoned people, from {formatCount(points[0].total)} after the first to{' '}
          {formatCount(last.total)} after the last, by {formatDay(horizon)}. The table below gives the same figures.
        </desc>
        <g class="grid" aria-hidden="true">
          {Array.from({ length: yMax / Y_STEP + 1 }, (_, i) => i * Y_STEP).map((value) => (
            <g key={value}>
              <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(value)} y2={y(value)} />
              <text class="tick" x={MARGIN.left - 8} y={y(value) + 4} text-anchor="end">{value}</text>
            </g>
          ))}
          {monthsBetween(start, horizon).map((month) => (
            <g key={month}>
              <line class="month" x1={x(month)} x2={x(month)} y1={y(0)} y2={y(0) + 6} />
              <text class="tick" x={x(month) + 3} y={y(0) + 20}>
                {monthName(Number(month.slice(5, 7))).slice(0, 1)}
              </text>
              {(month.endsWith('-01-01') || month === monthsBetween(start, horizon)[0]) && (
                <text class="tick year" x={x(month) + 3} y={y(0) + 36}>{month.slice(0, 4)}</text>
              )}
            </g>
          ))}
        </g>
        <g class="windows" aria-hidden="true">
          {points.map((p) => (
            <rect key={p.view.round.round} x={x(p.view.round.window.from)} width={Math.max(2, x(p.view.round.window.to) - x(p.view.round.window.from))} y={y(p.total) - 3} height={6} rx={3}>
              <title>Round {p.view.round.round}: {describeRoundTime(p.view.round)}</title>
            </rect>
          ))}
        </g>
        <path class="line" d={line} aria-hidden="true" />
        <line class="horizon" x1={x(horizon)} x2={x(horizon)} y1={MARGIN.top} y2={y(0)} aria-hidden="true" />
        <text class="horizon-label" x={x(horizon)} y={MARGIN.top - 12} text-anchor="end" aria-hidden="true">horizon, {formatDay(horizon)}</text>
        <g class="points" aria-hidden="true">
          {points.map((p) => (
            <g key={p.view.round.round} data-round={p.view.round.round}>
              <circle cx={x(p.view.placed)} cy={y(p.total)} r={4.5} />
              {labelled.has(p.view.round.round) && <text class="value" x={x(p.view.placed) - 6} y={y(p.total) - 9} text-anchor="end">{formatCount(p.total)}</text>}
            </g>
          ))}
        </g>
      </svg>
      <figcaption>
        Each step is a round that pardoned people (decrees and negotiated releases; releases that were no new pardon leave the total as it was), drawn on
        the day the sources give or in the month they place it; the bar under a point spans the dates the sources allow for that round. The dashed line is the KB's horizon.
      </figcaption>
    </figure>
  );
}
