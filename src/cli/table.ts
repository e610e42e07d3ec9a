// Plain-text tables for the terminal: columns padded, long cells wrapped or cut to the width.

export interface Column<T> {
  header: string;
  get(row: T): string | number | null | undefined;
  align?: 'left' | 'right';
  /** Maximum width; longer cells are cut with an ellipsis. */
  max?: number;
}

export function renderTable<T>(rows: T[], columns: Column<T>[]): string {
  const cells = rows.map((r) => columns.map((c) => clip(String(c.get(r) ?? ''), c.max)));
  const widths = columns.map((c, i) => Math.max(c.header.length, ...cells.map((row) => row[i]!.length)));
  const fmt = (vals: string[]) =>
    vals.map((v, i) => (columns[i]!.align === 'right' ? v.padStart(widths[i]!) : v.padEnd(widths[i]!))).join('  ').trimEnd();
  const lines = [fmt(columns.map((c) => c.header)), widths.map((w) => '-'.repeat(w)).join('  ')];
  for (const row of cells) lines.push(fmt(row));
  return lines.join('\n') + '\n';
}

function clip(s: string, max?: number): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return max && flat.length > max ? flat.slice(0, max - 1) + '…' : flat;
}
