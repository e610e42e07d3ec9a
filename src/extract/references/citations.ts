// Which submitters a paragraph of a /3 summary cites: their acronyms in the paragraph or in its footnotes
// (`JS1, paras. 7 and 8`), resolved against that summary's own list of submissions.
import type { Submitter } from './submissions.js';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Every way a submitter may be cited: its key, each part of a compound key such as `PTPR/JS4`, and for an
 * ombudsperson institution the word "Ombudsman" (summaries write "The Ombudsman stated…").
 */
function aliases(s: Submitter): string[] {
  const parts = s.key.includes('/') && /JS\d/.test(s.key) ? s.key.split('/') : [];
  const ombudsman = s.kind === 'nhri' && /\bOmbudsman\b/.test(s.name) ? ['Ombudsman'] : [];
  return [s.key, ...parts.filter((p) => p.length >= 2), ...ombudsman];
}

/** Builds a matcher that finds, in order of first mention, the submitters cited in some texts. */
export function citationMatcher(list: Submitter[]): (texts: string[]) => Submitter[] {
  const patterns = list
    .flatMap((s) => aliases(s).map((alias) => ({ s, re: new RegExp(`(?<![\\w-])${escape(alias)}(?![\\w-]|:)`, 'i') })))
    .sort((a, b) => b.s.key.length - a.s.key.length);
  return (texts) => {
    const joined = texts.join('\n');
    const hits: { s: Submitter; at: number }[] = [];
    for (const { s, re } of patterns) {
      const m = re.exec(joined);
      if (m && !hits.some((h) => h.s.key === s.key)) hits.push({ s, at: m.index });
    }
    return hits.sort((a, b) => a.at - b.at).map((h) => h.s);
  };
}
