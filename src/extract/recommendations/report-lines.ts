// Lines of a UN report with their page, minus running heads, page numbers and print codes, so that
// parsers work on raw `pdftotext -layout` output as well as on normalised text.

export interface ReportLine {
  /** Trimmed text of the line ('' for a blank line). */
  text: string;
  /** 1-based page number. */
  page: number;
  /** Leading spaces as laid out. */
  indent: number;
}

const FURNITURE: RegExp[] = [
  /^GE[.:]\s?\d{2}-\d{5}\S*(\s.*)?$/, // print code, with dates or symbol after it
  /^\*\d{7,}\*$/, // bar code
  /^\d{1,3}$/, // page number
  /^(A\s?\/\s?HRC\/\S+\s+)?Page \d{1,4}$/i,
  /^A\s?\/\s?HRC\s?\/[\w.\s/-]{1,30}$/, // running-head symbol
  /^Please recycle$/i,
  /^\d{1,3}\s{3,}A\/HRC\/\S+$/, // "22     A/HRC/17/8"
  /^A\/HRC\/\S+\s{3,}\d{1,3}$/,
  /^[*∗⁎]{1,3}\s*(.{0,100}\bnot (yet )?been (formally )?edited\b.*)?$/i, // asterisk footnotes: "∗∗ The conclusions … have not been edited."
  /^(The )?conclusions and(\/or)? recommendations (contained in the present report )?have not been edited\.?$/i,
];

/** True for page headers, footers, print codes and page numbers. */
export function isPageFurniture(text: string): boolean {
  return FURNITURE.some((re) => re.test(text));
}

/** The rule above a page's footnotes. */
const FOOTNOTE_RULE = /^_{5,}$/;

/**
 * Splits pages into lines, dropping page furniture and the footnotes under a page's `_____` rule (so that a
 * note printed between two items is not read as part of either); blank lines are kept (they separate paragraphs).
 */
export function reportLines(pages: readonly string[]): ReportLine[] {
  const out: ReportLine[] = [];
  pages.forEach((page, i) => {
    for (const raw of page.split('\n')) {
      const text = raw.trim();
      if (FOOTNOTE_RULE.test(text)) break;
      if (text && isPageFurniture(text)) continue;
      out.push({ text, page: i + 1, indent: raw.length - raw.trimStart().length });
    }
  });
  return out;
}

/** Joins wrapped lines into running text; a line ending in a hyphen is glued to the next ("asylum-seekers"). */
export function joinLines(lines: readonly string[]): string {
  let out = '';
  for (const l of lines) {
    if (!l) continue;
    out += out && !/\w-$/.test(out) ? ` ${l}` : l;
  }
  return out.replace(/\s+/g, ' ').trim();
}
