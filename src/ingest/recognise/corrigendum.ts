// The instructions of a corrigendum (`…/Corr.1`), read from its pages: each block starts at a location
// ("Page 5", "Paragraph 12, line 3", "Page 5, paragraph 86.3"). A block saying "for X read Y" or "replace X
// with Y" under a paragraph number is structured (it can be applied to the stored paragraph); any other
// block ("For the existing table substitute …") is kept as printed, to be shown. Pure.

export interface CorrigendumInstruction {
  /** Number of the corrected paragraph, when named. */
  paragraph: string | null;
  /** Page of the corrected document, when named. */
  page: number | null;
  /** Words to replace and their replacement: both set for a structured instruction, else null. */
  find: string | null;
  replacement: string | null;
  /** The instruction as printed (location and text, lines kept). */
  text: string;
}

const LOCATION = /^(?:Page\s+(\d+)\s*,?\s*)?(?:(?:Paragraph|Para\.)\s+(\d+(?:\.\d+)*)\b\s*,?\s*)?(?:(?:line|lines)\s+\d+(?:\s*[-–]\s*\d+)?)?\s*[:.]?\s*/i;
const QUOTED = String.raw`“([^”]+)”|"([^"]+)"|‘([^’]+)’|'([^']+)'`;
const FOR_READ = new RegExp(String.raw`^for\s+(?:${QUOTED}|(.+?))\s+read\s+(?:${QUOTED}|(.+))$`, 'i');
const REPLACE = new RegExp(String.raw`^replace\s+(?:${QUOTED}|(.+?))\s+(?:with|by)\s+(?:${QUOTED}|(.+))$`, 'i');
/** Page furniture of the corrigendum itself: print codes, bar codes, its own symbol (with the running "Page N" under it). */
const FURNITURE = /^(?:GE[.:]\s?\d{2}-\d{5}.*|\*\d{7,}\*|\d+\s+GE[.:].*)$/;

/** The instructions of a corrigendum whose pages are `pages` and whose symbol is `symbol`. */
export function parseCorrigendum(pages: readonly string[], symbol: string): CorrigendumInstruction[] {
  const blocks: { page: number | null; paragraph: string | null; lines: string[] }[] = [];
  for (const line of bodyLines(pages, symbol)) {
    const m = LOCATION.exec(line);
    if (m && (m[1] || m[2])) {
      const last = blocks.at(-1);
      // "Page 5" on a line of its own, then "Paragraph 86.3": one location
      if (last && last.lines.length === 1 && last.paragraph === null && !m[1] && isLocationOnly(last.lines[0]!)) {
        Object.assign(last, { paragraph: m[2] ?? null, lines: [`${last.lines[0]}, ${line}`] });
      } else blocks.push({ page: m[1] ? Number(m[1]) : null, paragraph: m[2] ?? null, lines: [line] });
    } else if (blocks.length > 0) blocks.at(-1)!.lines.push(line);
    else if (line.trim()) blocks.push({ page: null, paragraph: null, lines: [line] });
  }
  return blocks.map((b) => {
    const text = b.lines.join('\n').trim();
    const flat = text.replace(/\s+/g, ' ').slice((LOCATION.exec(text.replace(/\s+/g, ' '))?.[0] ?? '').length).trim();
    const m = FOR_READ.exec(flat) ?? REPLACE.exec(flat);
    const pick = (from: number) => (m ? (m.slice(from, from + 5).find((x) => x !== undefined) ?? null) : null);
    const find = pick(1);
    const replacement = pick(6);
    return { paragraph: b.paragraph, page: b.page, find: b.paragraph && find ? find.trim() : null, replacement: b.paragraph && find ? (replacement ?? '').trim() : null, text };
  });
}

function isLocationOnly(line: string): boolean {
  const m = LOCATION.exec(line);
  return m !== null && m[0].trim().length === line.trim().length;
}

/** The lines after the title "Corrigendum" (or the whole text), without the corrigendum's own page furniture. */
function bodyLines(pages: readonly string[], symbol: string): string[] {
  const out: string[] = [];
  let started = false;
  for (const page of pages) {
    let afterSymbol = false;
    for (const raw of page.split('\n')) {
      const line = raw.trim();
      if (line === symbol) {
        afterSymbol = true;
        continue;
      }
      if (afterSymbol && /^Page\s+\d+$/i.test(line)) {
        afterSymbol = false;
        continue; // the running head's page number, not a location
      }
      afterSymbol = false;
      if (FURNITURE.test(line)) continue;
      if (!started) {
        if (/^Corrigendum$/i.test(line)) started = true;
        continue;
      }
      if (line) out.push(line);
    }
  }
  return started ? out : pages.join('\n').split('\n').map((l) => l.trim()).filter((l) => l && l !== symbol && !FURNITURE.test(l));
}
