// OHCHR "Thematic list of recommendations" (DOCX, read as HTML tables by mammoth): each row gives the
// recommendation with its number and States, the State's position, the source of that position, themes.
import type { Parsed, Problem } from '../../core/problems.js';
import type { Response } from '../../core/types.js';
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

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };

function plain(html: string): string {
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&(#?\w+);/g, (m, e: string) => ENTITIES[e] ?? (e.startsWith('#') ? String.fromCodePoint(Number(e.slice(1))) : m))
    .replace(/\s+/g, ' ')
    .trim();
}

const cells = (row: string) => [...row.matchAll(/<t[dh][^>]*>([\s\S]*?)<\/t[dh]>/g)].map((m) => m[1]!);
const paragraphs = (cell: string) => [...cell.matchAll(/<p[^>]*>([\s\S]*?)<\/p>/g)].map((m) => plain(m[1]!)).filter(Boolean);

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
  for (const m of html.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)) {
    const c = cells(m[1]!);
    if (c.length < 2 || /<th/.test(m[1]!)) continue;
    n++;
    const first = paragraphs(c[0]!);
    const rec = /^(\d{1,3}\.\d{1,3})\.?\s+(.*)$/.exec(first[0] ?? '');
    if (!rec) continue;
    const sourceLine = first.find((p) => /^Source of position:/i.test(p));
    const positionSource = sourceLine ? sourceLine.replace(/^Source of position:\s*/i, '').trim() || null : null;
    const positionText = paragraphs(c[1]!).join(' ');
    const response = responseOf(positionText);
    if (!response) problems.push({ line: n, field: 'position', value: positionText, message: `row ${rec[1]}: unknown position` });
    if (seen.has(rec[1]!)) problems.push({ line: n, message: `recommendation ${rec[1]} listed twice` });
    seen.add(rec[1]!);
    const body = first.slice(1).filter((p) => !/^Source of position:/i.test(p));
    const split = splitRecommendingStates([rec[2]!, ...body].join(' '));
    for (const p of split.problems) problems.push({ ...p, line: n });
    const themeCell = c[2] ? paragraphs(c[2]) : [];
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
