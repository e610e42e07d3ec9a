// User search text → a safe SQLite FTS5 MATCH expression (phrases, AND/OR/NOT, prefix*, parentheses).
import { UprError } from '../core/index.js';

const OPERATORS = new Set(['AND', 'OR', 'NOT']);

/**
 * Keeps `"quoted phrases"`, upper-case `AND`/`OR`/`NOT`, parentheses and `word*` prefixes; quotes
 * every other word so punctuation (`child's`, `-`, `:`) cannot break FTS5 syntax. Returns null for an
 * empty query. Throws `invalid_input` for an unbalanced quote or parenthesis.
 */
export function toFtsQuery(input: string): string | null {
  const tokens: string[] = [];
  const re = /"([^"]*)"|(\()|(\))|([^\s()"]+)/g;
  if ((input.match(/"/g) ?? []).length % 2 === 1) {
    throw new UprError('invalid_input', `unbalanced quote in search query: ${input}`, { field: 'query', value: input });
  }
  let depth = 0;
  for (const m of input.matchAll(re)) {
    if (m[1] !== undefined) {
      const words = wordsOf(m[1]);
      if (words.length) tokens.push(`"${words.join(' ')}"`);
    } else if (m[2]) {
      depth++;
      tokens.push('(');
    } else if (m[3]) {
      depth--;
      if (depth < 0) break;
      tokens.push(')');
    } else if (m[4]) {
      const raw = m[4];
      if (OPERATORS.has(raw)) tokens.push(raw);
      else {
        const prefix = raw.endsWith('*');
        const words = wordsOf(raw);
        if (words.length === 1) tokens.push(`"${words[0]}"${prefix ? '*' : ''}`);
        else if (words.length > 1) tokens.push(`"${words.join(' ')}"`);
      }
    }
  }
  if (depth !== 0) {
    throw new UprError('invalid_input', `unbalanced parenthesis in search query: ${input}`, { field: 'query', value: input });
  }
  return tidy(tokens);
}

function wordsOf(s: string): string[] {
  return s.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** Drops operators with nothing to join (leading, trailing, doubled) so FTS5 accepts the query. */
function tidy(tokens: string[]): string | null {
  const out: string[] = [];
  for (const t of tokens) {
    const prev = out[out.length - 1];
    if (OPERATORS.has(t) && (prev === undefined || OPERATORS.has(prev) || prev === '(')) {
      if (t === 'NOT' && prev === undefined) continue;
      if (t !== 'NOT' || prev === undefined || OPERATORS.has(prev) || prev === '(') continue;
    }
    if (t === ')' && prev !== undefined && OPERATORS.has(prev)) out.pop();
    out.push(t);
  }
  while (out.length && OPERATORS.has(out[out.length - 1]!)) out.pop();
  const q = out.join(' ').replace(/\(\s*\)/g, '').trim();
  return q ? q : null;
}
