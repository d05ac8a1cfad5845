import { createMemo, For, type JSX } from 'solid-js';

/** One row of a chart's table: its label (the row's header) and a value per column. */
export interface DataRow {
  label: string;
  values: ReadonlyArray<string | number>;
}

export interface DataTableProps {
  caption: string;
  /** The header of each column: the labels', then each value's. */
  headers: readonly string[];
  rows: readonly DataRow[];
  /** The table's class: `visually-hidden` beside a drawing, for screen readers only. */
  class?: string;
  /** How a value is shown in its cell (as it is, when absent). */
  cell?: (value: string | number, column: number, row: DataRow) => JSX.Element;
}

/** The table every chart gives beside (or as) its drawing, so a screen reader reads the numbers. */
export function DataTable(props: DataTableProps) {
  // Read the rows once per change: a prop given as an expression is worked out at every read.
  const rows = createMemo(() => props.rows);
  return (
    <table class={props.class}>
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
                {(value, column) => <td>{props.cell ? props.cell(value, column(), row) : value}</td>}
              </For>
            </tr>
          )}
        </For>
      </tbody>
    </table>
  );
}
