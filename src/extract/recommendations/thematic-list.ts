// OHCHR "Thematic list of recommendations" (DOCX, read as HTML tables by mammoth): each row gives the
// recommendation with its number and States, the State's position, the source of that position, themes.
// The tables are read with linkedom's HTML parser (which also decodes the character references).
import { parseHTML } from 'linkedom';
import type { Parsed, Problem, Response } from '../../core/index.js';
import { splitRecommendingStates } from './recommending-states.js';

export interface ThematicListRow {
  /** e.g. `121.1`. */
  paragraph: string;
  text: string;
  recommendingStates: string[];
  response: Response;
  /** As the list writes it, e.g. `A/HRC/43/15/Add.1 - Para.3`; null when absent. */
  positionSource: string | null;
  /** Document symbol of the source of the position, e.g. `A/HRC/43/15/Add.1`. */
  positionSymbol: string | null;
  themes: string[];
  /** 1-based row of the table (header excluded). */
  row: number;
}

/** The table rows of the list's HTML, each as its cells' paragraphs (text with spaces collapsed). */
function tableRows(html: string): { cells: string[][]; header: boolean }[] {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return [...document.querySelectorAll('tr')].map((tr) => {
    const cells = [...tr.children].filter((c) => c.tagName === 'TD' || c.tagName === 'TH');
    return {
      header: cells.some((c) => c.tagName === 'TH'),
      cells: cells.map((c) => [...c.querySelectorAll('p')].map((p) => (p.textContent ?? '').replace(/\s+/g, ' ').trim()).filter(Boolean)),
    };
  });
}

function responseOf(text: string): Response | undefined {
  if (/^(supported|accepted)/i.test(text)) return 'supported';
  if (/^(noted|not supported|rejected)/i.test(text)) return 'noted';
  if (/^pending/i.test(text)) return 'pending';
  return undefined;
}

/** Parses the thematic list's table(s); rows without a numbered recommendation (theme headings) are skipped. */
export function parseThematicList(html: string): Parsed<ThematicListRow[]> {
  const problems: Problem[] = [];
  const rows: ThematicListRow[] = [];
  const seen = new Set<string>();
  let n = 0;
  for (const { cells: c, header } of tableRows(html)) {
    if (c.length < 2 || header) continue;
    n++;
    const first = c[0]!;
    const rec = /^(\d{1,3}\.\d{1,3})\.?\s+(.*)$/.exec(first[0] ?? '');
    if (!rec) continue;
    const sourceLine = first.find((p) => /^Source of position:/i.test(p));
    const positionSource = sourceLine ? sourceLine.replace(/^Source of position:\s*/i, '').trim() || null : null;
    const positionText = c[1]!.join(' ');
    const response = responseOf(positionText);
    if (!response) problems.push({ line: n, field: 'position', value: positionText, message: `row ${rec[1]}: unknown position` });
    if (seen.has(rec[1]!)) problems.push({ line: n, message: `recommendation ${rec[1]} listed twice` });
    seen.add(rec[1]!);
    const body = first.slice(1).filter((p) => !/^Source of position:/i.test(p));
    const split = splitRecommendingStates([rec[2]!, ...body].join(' '));
    for (const p of split.problems) problems.push({ ...p, line: n });
    const themeCell = c[2] ?? [];
    const label = themeCell.findIndex((p) => /:$/.test(p));
    const themes = (label < 0 ? themeCell : themeCell.slice(0, label)).map((p) => p.replace(/^-\s*/, ''));
    rows.push({
      paragraph: rec[1]!,
      text: split.value.text,
      recommendingStates: split.value.states,
      response: response ?? 'unknown',
      positionSource,
      positionSymbol: /A\/HRC\/[\w./]+?(?=\s|,|$)/.exec(positionSource ?? '')?.[0] ?? null,
      themes,
      row: n,
    });
  }
  if (rows.length === 0) problems.push({ message: 'no numbered recommendation found in the thematic list tables' });
  return { value: rows, problems };
}
