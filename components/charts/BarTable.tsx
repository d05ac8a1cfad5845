import { createMemo, For } from 'solid-js';

export interface BarTableProps {
  caption: string;
  /** The header of each column: the label's, then each value's. */
  headers: readonly string[];
  /**
   * Rows: a label and its values; the first value is drawn as a bar, as long as `bar` (the
   * number behind a formatted first value, "4,5"; the first value itself when absent).
   */
  rows: ReadonlyArray<{ label: string; values: ReadonlyArray<string | number>; bar?: number }>;
}

/**
 * A table whose first number is also drawn as a bar: a chart and its table in one, so a screen
 * reader reads it as a table and the eye sees the bars. The bars are one colour of the theme.
 */
export function BarTable(props: BarTableProps) {
  const length = (row: BarTableProps['rows'][number]) => Math.max(0, row.bar ?? (Number(row.values[0]) || 0));
  // Read the rows once per change: a prop given as an expression is worked out at every read.
  const rows = createMemo(() => props.rows);
  const most = createMemo(() => Math.max(1, ...rows().map(length)));
  return (
    <table class="bar-table">
      <caption>{props.caption}</caption>
      <thead>
        <tr>
          <For each={props.headers}>{(header) => <th scope="col">{header}</th>}</For>
        </tr>
      </thead>
      <tbody>
        <For each={rows()}>
          {(row) => (
            <tr>
              <th scope="row">{row.label}</th>
              <For each={[...row.values]}>
                {(value, i) => (
                  <td>
                    {i() === 0 ? (
                      <span class="bar-cell">
                        <span class="bar" style={{ width: `${(100 * length(row)) / most()}%` }} aria-hidden="true" />
                        <span>{value}</span>
                      </span>
                    ) : (
                      value
                    )}
                  </td>
                )}
              </For>
            </tr>
          )}
        </For>
      </tbody>
    </table>
  );
}
