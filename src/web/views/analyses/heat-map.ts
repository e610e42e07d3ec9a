// The focus matrix as an SVG heat map rendered on the server: no script, and readable without colour —
// each cell prints its number, darkness only repeats it, and specialised cells are outlined with a
// thick border and marked "*". Every cell links to the search listing its recommendations.
export interface HeatCell {
  count: number;
  /** Specialisation, null below the minimum count. */
  index: number | null;
  href: string;
}

export interface HeatMapInput {
  rows: string[];
  columns: string[];
  cells: HeatCell[][];
  title: string;
  /** Outline cells from this specialisation up. */
  outlineFrom: number;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The SVG text of the heat map. */
export function heatMapSvg(h: HeatMapInput): string {
  const cw = 44, ch = 24, left = 150, top = 170;
  const max = Math.max(1, ...h.cells.flat().map((c) => c.count));
  const width = left + h.columns.length * cw + 10, height = top + h.rows.length * ch + 10;
  const out: string[] = [`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" font-family="system-ui,sans-serif" font-size="12">`,
    `<title>${esc(h.title)}</title>`];
  h.columns.forEach((c, j) => {
    const x = left + j * cw + cw / 2;
    out.push(`<text x="${x}" y="${top - 6}" transform="rotate(-50 ${x} ${top - 6})" fill="#1a1a1a">${esc(c)}</text>`);
  });
  h.rows.forEach((r, i) => {
    const y = top + i * ch;
    out.push(`<text x="${left - 6}" y="${y + ch / 2 + 4}" text-anchor="end" fill="#1a1a1a">${esc(r)}</text>`);
    h.cells[i]!.forEach((c, j) => {
      const x = left + j * cw;
      // Grey from white to dark blue-grey by count; the number is always printed (black on light, white on dark).
      const level = c.count / max;
      const shade = Math.round(255 - level * 200);
      const fill = c.count === 0 ? '#ffffff' : `rgb(${shade},${Math.min(255, shade + 10)},${Math.min(255, shade + 25)})`;
      const outlined = c.index !== null && c.index >= h.outlineFrom;
      const label = `${r}, ${h.columns[j]}: ${c.count}${c.index !== null ? ` (${c.index})` : ''}`;
      out.push(`<a href="${esc(c.href)}" aria-label="${esc(label)}"><rect x="${x + 1}" y="${y + 1}" width="${cw - 2}" height="${ch - 2}" fill="${fill}" stroke="${outlined ? '#000' : '#bbb'}" stroke-width="${outlined ? 3 : 1}"/>`
        + `<text x="${x + cw / 2}" y="${y + ch / 2 + 4}" text-anchor="middle" fill="${level > 0.55 ? '#fff' : '#1a1a1a'}"${outlined ? ' font-weight="700"' : ''}>${c.count}${outlined ? '*' : ''}</text></a>`);
    });
  });
  out.push('</svg>');
  return out.join('');
}
