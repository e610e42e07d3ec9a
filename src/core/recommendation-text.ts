// Text similarity of recommendations: token-set overlap after dropping leading "To"/"That"/"Recommended that"
// and punctuation (UPR Info lightly edits texts). Used by the extraction evaluation and the merge rule.

const LEADING = /^\s*(it\s+)?(also\s+)?(recommend(ed|s)?\s+(that\s+)?|to\s+|that\s+)+/i;

/** Lower-case word tokens of a recommendation text, without its leading formula. */
export function recommendationTokens(text: string): Set<string> {
  const t = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘`]/g, "'")
    .replace(LEADING, '')
    .toLowerCase();
  return new Set(t.split(/[^a-z0-9']+/).map((w) => w.replace(/^'+|'+$/g, '').replace(/'s$/, '')).filter((w) => w.length > 0));
}

/**
 * Share of the reference record's tokens found in the extracted text (1 = all). Containment, not Jaccard,
 * because UPR Info splits paragraphs that merge several recommendations into one record each.
 */
export function containment(reference: Set<string>, extracted: Set<string>): number {
  if (reference.size === 0) return 0;
  let n = 0;
  for (const w of reference) if (extracted.has(w)) n++;
  return n / reference.size;
}
