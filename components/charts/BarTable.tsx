import { createMemo } from 'solid-js';
import { type DataRow, DataTable } from './DataTable';

export interface BarTableProps {
  caption: string;
  /** The header of each column: the label's, then each value's. */
  headers: readonly string[];
  /**
   * Rows: a label and its values; the first value is drawn as a bar, as long as `bar` (the
   * number behind a formatted first value, "4,5"; the first value itself when absent).
   */
  rows: ReadonlyArray<DataRow & { bar?: number }>;
}

/**
 * A table whose first number is also drawn as a bar: a chart and its table in one, so a screen
 * reader reads it as a table and the eye sees the bars. The bars are one colour of the theme.
 */
export function BarTable(props: BarTableProps) {
  const length = (row: DataRow & { bar?: number }) => Math.max(0, row.bar ?? (Number(row.values[0]) || 0));
  // Read the rows once per change: a prop given as an expression is worked out at every read.
  const rows = createMemo(() => props.rows);
  const most = createMemo(() => Math.max(1, ...rows().map(length)));
  return (
    <DataTable
      class="bar-table"
      caption={props.caption}
      headers={props.headers}
      rows={rows()}
      cell={(value, column, row) =>
        column === 0 ? (
          <span class="bar-cell">
            <span class="bar" style={{ width: `${(100 * length(row)) / most()}%` }} aria-hidden="true" />
            <span>{value}</span>
          </span>
        ) : (
          value
        )
      }
    />
  );
}
