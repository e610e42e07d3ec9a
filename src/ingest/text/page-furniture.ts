// Page furniture of UN documents: running heads (document symbol, "Page 3"), page numbers, print codes
// (`GE.19-23444(E)`, `GE:09-17825`), bar-code lines (`*1923444*`) and recycling marks. Pure functions.

const FURNITURE: RegExp[] = [
  /^GE[.:]\s?\d{2}-\d{5}(\s*\([A-Z]\))?(\s+\d{6}(\s+\d{6})?)?$/, // print code with optional dates
  /^\*\d{7,}\*$/, // bar code
  /^[\uE000-\uF8FF\s]+$/, // bar code drawn in a private-use font
  /^\d{1,4}$/, // page number
  /^Page \d{1,4}$/i,
  /^Please recycle$/i,
  /^[-–]\s?\d{1,4}\s?[-–]$/, // "- 3 -"
];

/** The running-head symbol of a document, e.g. `A/HRC/WG.6/34/SVN/1` (spaces inside it are tolerated). */
const SYMBOL_LINE = /^A\s?\/\s?(HRC|C)\b[\w./ -]*\*?$/;

/** True when `line` (trimmed) is a page header, footer, print code or page number. */
export function isFurniture(line: string, symbol?: string | null): boolean {
  const t = line.trim();
  if (!t) return false;
  if (FURNITURE.some((re) => re.test(t))) return true;
  const compact = t.replace(/\s+|\*$/g, '');
  if (symbol && (compact === symbol || compact === `${symbol}Page` || compact.startsWith(`${symbol}Page`))) return true;
  if (SYMBOL_LINE.test(t) && t.length < 40 && !/\s{2,}\S/.test(t)) return true;
  // "A/HRC/8/29   Page 3" written on one line, or "GE.09-17008   A/HRC/..." pairs
  return /^(A\/\S+\s+)?Page \d+$/i.test(t) || /^GE[.:]\d{2}-\d{5}\S*\s{2,}A\/\S+$/.test(t);
}

/**
 * Removes furniture lines from the top and bottom of each page (and bar codes anywhere).
 * Body lines are kept as laid out; the page count is unchanged.
 */
export function stripFurniture(pages: string[], symbol?: string | null): string[] {
  return pages.map((page) => {
    const lines = page.split('\n');
    let start = 0;
    let end = lines.length;
    const blank = (i: number) => lines[i]!.trim() === '';
    for (let guard = 0; start < end && guard < 6; ) {
      if (blank(start)) start++;
      else if (isFurniture(lines[start]!, symbol)) { start++; guard++; }
      else break;
    }
    for (let guard = 0; end > start && guard < 6; ) {
      if (blank(end - 1)) end--;
      else if (isFurniture(lines[end - 1]!, symbol)) { end--; guard++; }
      else break;
    }
    return lines.slice(start, end).filter((l) => !isBarCodeOrSpaces(l) && !isPrintCodeLine(l)).join('\n');
  });
}

/** A bar code (`*1923444*`, or drawn in a private-use font) or a line of spaces only; one character class, so no backtracking. */
function isBarCodeOrSpaces(line: string): boolean {
  return /^[\uE000-\uF8FF\s]+$/.test(line) || /^\*\d{7,}\*$/.test(line.trim());
}

/** A footer line made of a print code plus page number, symbol or dates (`2    GE.12-14978`). */
function isPrintCodeLine(line: string): boolean {
  if (!/GE[.:]\s?\d{2}-\d{5}/.test(line)) return false;
  return !/\p{L}{2,}/u.test(line.replace(/GE[.:]\s?\d{2}-\d{5}(\s?\([A-Z]\))?/g, '').replace(/A\/HRC\/\S+/g, '').replace(/\bPage\b/g, ''));
}
