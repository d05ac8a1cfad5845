import { createMemo, For, Show } from 'solid-js';
import { DataTable } from './DataTable';

export interface HeatmapProps {
  /** A caption that names the chart (for the figure and its table). */
  caption: string;
  /** Rows (for example the days of the week, in the order to show them): each a label and its counts. */
  rows: ReadonlyArray<{ label: string; counts: readonly number[] }>;
  /** Each column's label (for example the hours). */
  columns: readonly string[];
  /** The header of the rows' column in the table. */
  rowHeader: string;
}

/**
 * A grid of counts as shades of one colour (darker is more), drawn in SVG for the eye and given
 * as a table for screen readers. One hue in steps of lightness reads the same for every kind of
 * colour vision, and follows the theme in dark mode. In forced colours (Windows high contrast),
 * where the browser paints every cell in one system colour, each cell shows its count instead.
 */
export function Heatmap(props: HeatmapProps) {
  // Read the rows and columns once per change: a prop given as an expression is worked out at every read.
  const rows = createMemo(() => props.rows);
  const columns = createMemo(() => props.columns);
  const most = createMemo(() => Math.max(1, ...rows().flatMap((row) => [...row.counts])));
  const cell = 14;
  const gap = 2;
  const left = 40;
  const width = () => left + columns().length * (cell + gap);
  const height = () => 16 + rows().length * (cell + gap);
  return (
    <figure class="chart">
      <figcaption>{props.caption}</figcaption>
      <svg class="heatmap" viewBox={`0 0 ${width()} ${height()}`} width="100%" role="presentation" aria-hidden="true">
        <For each={columns()}>
          {(column, c) => (
            <text x={left + c() * (cell + gap) + cell / 2} y={10} class="axis" text-anchor="middle">
              {c() % 3 === 0 ? column : ''}
            </text>
          )}
        </For>
        <For each={rows()}>
          {(row, r) => (
            <>
              <text x={0} y={16 + r() * (cell + gap) + cell - 3} class="axis">
                {row.label.slice(0, 3)}
              </text>
              <For each={[...row.counts]}>
                {(count, c) => (
                  <>
                    <rect
                      x={left + c() * (cell + gap)}
                      y={16 + r() * (cell + gap)}
                      width={cell}
                      height={cell}
                      rx={2}
                      class="heat"
                      fill-opacity={count === 0 ? 0.06 : 0.2 + 0.8 * (count / most())}
                    />
                    {/* The count itself, shown where shades cannot be (forced colours, steady.css). */}
                    <Show when={count > 0}>
                      <text
                        x={left + c() * (cell + gap) + cell / 2}
                        y={16 + r() * (cell + gap) + cell / 2}
                        class="heat-count"
                        text-anchor="middle"
                        dominant-baseline="central"
                      >
                        {count}
                      </text>
                    </Show>
                  </>
                )}
              </For>
            </>
          )}
        </For>
      </svg>
      <DataTable
        class="visually-hidden"
        caption={props.caption}
        headers={[props.rowHeader, ...columns()]}
        rows={rows().map((row) => ({ label: row.label, values: row.counts }))}
      />
    </figure>
  );
}
