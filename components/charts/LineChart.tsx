import { For } from 'solid-js';

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
  const width = 320;
  const height = 120;
  const x = (i: number) => (props.points.length <= 1 ? width / 2 : (i * width) / (props.points.length - 1));
  const y = (v: number) => height - ((v - props.min) / Math.max(1, props.max - props.min)) * height;
  const path = () =>
    props.points
      .map((p, i) => (p.value === undefined ? undefined : `${x(i).toFixed(1)},${y(p.value).toFixed(1)}`))
      .filter(Boolean)
      .join(' ');
  return (
    <figure class="chart">
      <figcaption>{props.caption}</figcaption>
      <svg
        viewBox={`-6 -6 ${width + 12} ${height + 12}`}
        width="100%"
        class="line-chart"
        role="presentation"
        aria-hidden="true"
      >
        <line x1={0} y1={height} x2={width} y2={height} class="axis-line" />
        <polyline points={path()} class="line" fill="none" />
        <For each={[...props.points]}>
          {(p, i) => (p.value === undefined ? null : <circle cx={x(i())} cy={y(p.value)} r={3} class="dot" />)}
        </For>
      </svg>
      <table class="visually-hidden">
        <caption>{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{props.headers[0]}</th>
            <th scope="col">{props.headers[1]}</th>
          </tr>
        </thead>
        <tbody>
          <For each={[...props.points]}>
            {(p) => (
              <tr>
                <th scope="row">{p.label}</th>
                <td>{p.value === undefined ? '' : p.value.toFixed(1)}</td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </figure>
  );
}
