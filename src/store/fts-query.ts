// User search text → a safe SQLite FTS5 MATCH expression (phrases, AND/OR/NOT, prefix*, parentheses),
// through the query tree of query-parse.ts. The porter tokenizer stems regular plurals; irregular ones
// (child/children, woman/women …) are expanded here so either form finds both.
import { parseQuery, type QueryNode } from './query-parse.js';

/** Irregular singular → plural pairs the porter stemmer does not join. */
const IRREGULAR: readonly [string, string][] = [
  ['child', 'children'], ['woman', 'women'], ['man', 'men'], ['person', 'people'], ['wife', 'wives'],
  ['life', 'lives'], ['foot', 'feet'], ['tooth', 'teeth'], ['mouse', 'mice'], ['knife', 'knives'],
  ['half', 'halves'], ['self', 'selves'], ['elf', 'elves'], ['leaf', 'leaves'], ['thief', 'thieves'],
];
const FORMS = new Map<string, string[]>();
for (const pair of IRREGULAR) for (const w of pair) FORMS.set(w, [...pair]);

const quote = (words: string[]) => `"${words.join(' ')}"`;

/** Every spelling of a phrase with its irregular nouns in both numbers (at most 8). */
function phraseForms(words: string[]): string[] {
  let out: string[][] = [[]];
  for (const w of words) {
    const forms = FORMS.get(w.toLowerCase()) ?? [w];
    const next = out.flatMap((p) => forms.map((f) => [...p, f]));
    out = next.length > 8 ? out.map((p) => [...p, w]) : next;
  }
  return out.map(quote);
}

/** A full-text condition: the rows matching `fts`, or with `negated` every row except those. */
export interface FtsPlan {
  fts: string;
  negated: boolean;
}

const wrap = (s: string) => (/^"[^"]*"\*?$/.test(s) ? s : `(${s})`);
const joined = (op: 'AND' | 'OR', parts: string[]) => (parts.length === 1 ? parts[0]! : parts.map(wrap).join(` ${op} `));

function emit(n: QueryNode): FtsPlan {
  switch (n.kind) {
    case 'term': {
      if (n.prefix) return { fts: `${quote([n.word])}*`, negated: false };
      return { fts: joined('OR', phraseForms([n.word])), negated: false };
    }
    case 'phrase': return { fts: joined('OR', phraseForms(n.words)), negated: false };
    case 'not': {
      const inner = emit(n.of);
      return { fts: inner.fts, negated: !inner.negated };
    }
    default: {
      const parts = n.of.map(emit);
      const pos = parts.filter((p) => !p.negated).map((p) => p.fts);
      const neg = parts.filter((p) => p.negated).map((p) => p.fts);
      if (n.kind === 'and') {
        // a AND b AND NOT c AND NOT d = (a AND b) NOT (c OR d); NOT c AND NOT d = everything but (c OR d).
        if (pos.length === 0) return { fts: joined('OR', neg), negated: true };
        return { fts: neg.length ? `${wrap(joined('AND', pos))} NOT ${wrap(joined('OR', neg))}` : joined('AND', pos), negated: false };
      }
      // a OR NOT c = everything but (c NOT a).
      if (neg.length === 0) return { fts: joined('OR', pos), negated: false };
      return { fts: pos.length ? `${wrap(joined('AND', neg))} NOT ${wrap(joined('OR', pos))}` : joined('AND', neg), negated: true };
    }
  }
}

/**
 * The FTS5 plan of a user query: words and phrases quoted so punctuation (`child's`, `:`) cannot break
 * FTS5 syntax, explicit AND between neighbours. Null for an empty query. Throws `invalid_input` for an
 * unbalanced quote or parenthesis or a query over QUERY_LIMITS.
 */
export function toFtsPlan(input: string): FtsPlan | null {
  const tree = parseQuery(input);
  return tree ? emit(tree) : null;
}

/**
 * The FTS5 MATCH expression of a query that selects rows by their words; null for an empty query and
 * for a purely negative one (`NOT x`, `-x`), which only toFtsPlan can express (every row but the matches).
 */
export function toFtsQuery(input: string): string | null {
  const plan = toFtsPlan(input);
  return plan && !plan.negated ? plan.fts : null;
}
