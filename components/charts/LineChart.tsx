import { createMemo, For, Show } from 'solid-js';
import { DataTable } from './DataTable';

export interface LineChartProps {
  caption: string;
  /** Points in order: a label (a week) and a value, or none for a gap. */
  points: ReadonlyArray<{ label: string; value: number | undefined }>;
  /** The values' range, for the scale (for example 0 to 10). */
  min: number;
  max: number;
  /** Headers of the table: the label's column and the value's. */
  headers: readonly [string, string];
}

/** Values over time as a line in SVG for the eye, and as a table for screen readers. */
export function LineChart(props: LineChartProps) {
  // Read the points once per change: a prop given as an expression is worked out at every read.
  const points = createMemo(() => props.points);
  const width = 320;
  const height = 120;
  /** Room for the scale's numbers on the left and the first and last labels below. */
  const left = 22;
  const below = 16;
  const x = (i: number) =>
    left + (points().length <= 1 ? (width - left) / 2 : (i * (width - left)) / (points().length - 1));
  const y = (v: number) => height - ((v - props.min) / Math.max(1, props.max - props.min)) * height;
  const path = () =>
    points()
      .map((p, i) => (p.value === undefined ? undefined : `${x(i).toFixed(1)},${y(p.value).toFixed(1)}`))
      .filter(Boolean)
      .join(' ');
  return (
    <figure class="chart">
      <figcaption>{props.caption}</figcaption>
      <svg
        viewBox={`-6 -6 ${width + 12} ${height + below + 12}`}
        width="100%"
        class="line-chart"
        role="presentation"
        aria-hidden="true"
      >
        <For each={[props.min, (props.min + props.max) / 2, props.max]}>
          {(value) => (
            <>
              <line x1={left} y1={y(value)} x2={width} y2={y(value)} class="axis-line" />
              <text x={left - 6} y={y(value) + 3} class="axis" text-anchor="end">
                {value}
              </text>
            </>
          )}
        </For>
        <Show when={points().length > 0}>
          <text x={left} y={height + below} class="axis">
            {points()[0]?.label}
          </text>
          <Show when={points().length > 1}>
            <text x={width} y={height + below} class="axis" text-anchor="end">
              {points()[points().length - 1]?.label}
            </text>
          </Show>
        </Show>
        <polyline points={path()} class="line" fill="none" />
        <For each={[...points()]}>
          {(p, i) => (p.value === undefined ? null : <circle cx={x(i())} cy={y(p.value)} r={3} class="dot" />)}
        </For>
      </svg>
      <DataTable
        class="visually-hidden"
        caption={props.caption}
        headers={props.headers}
        rows={points().map((p) => ({ label: p.label, values: [p.value === undefined ? '' : p.value.toFixed(1)] }))}
      />
    </figure>
  );
}
