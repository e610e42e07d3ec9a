// A table of figures shared by the report's HTML and the web pages (the State page's "By response" and
// "By issue" tables, the report's summary tables): caption, column headers, a row header per row, numbers
// right-aligned (class "n" in both stylesheets). Text is escaped by hono/jsx.
import type { Child } from 'hono/jsx';

export interface DataColumn {
  label: string;
  /** Right-aligned numbers. */
  numeric?: boolean;
}

export interface DataTableProps {
  caption: Child;
  columns: DataColumn[];
  /** One array per row: the row header, then one cell per further column. */
  rows: Child[][];
}

export function DataTable({ caption, columns, rows }: DataTableProps) {
  const n = (i: number): string | undefined => (columns[i]?.numeric ? 'n' : undefined);
  return (
    <table>
      <caption>{caption}</caption>
      <thead><tr>{columns.map((c, i) => <th scope="col" class={n(i)}>{c.label}</th>)}</tr></thead>
      <tbody>{rows.map(([head, ...cells]) => (
        <tr><th scope="row">{head}</th>{cells.map((c, i) => <td class={n(i + 1)}>{c}</td>)}</tr>
      ))}</tbody>
    </table>
  );
}
