// User search text → a small query tree (words, "phrases", prefix*, AND/OR/NOT, unary NOT or `-word`,
// parentheses, implicit AND between neighbours), with bounds on its cost checked before any search runs.
import { UprError } from '../core/index.js';

export type QueryNode =
  | { kind: 'term'; word: string; prefix: boolean }
  | { kind: 'phrase'; words: string[] }
  | { kind: 'not'; of: QueryNode }
  | { kind: 'and' | 'or'; of: QueryNode[] };

/** What one query may cost: longer or wider queries are refused with `invalid_input` (HTTP 400). */
export const QUERY_LIMITS = { maxLength: 500, maxTerms: 30, maxPrefixTerms: 4, minPrefixLength: 3 } as const;

type Token = { t: 'word'; raw: string } | { t: 'phrase'; raw: string } | { t: '(' | ')' | 'AND' | 'OR' | 'NOT' };

const refuse = (input: string, why: string) => new UprError('invalid_input', `${why} in search query: ${input}`, { field: 'query', value: input });

function tokenize(input: string): Token[] {
  if ((input.match(/"/g) ?? []).length % 2 === 1) throw refuse(input, 'unbalanced quote');
  const tokens: Token[] = [];
  let depth = 0;
  for (const m of input.matchAll(/"([^"]*)"|(\()|(\))|([^\s()"]+)/g)) {
    if (m[1] !== undefined) tokens.push({ t: 'phrase', raw: m[1] });
    else if (m[2]) {
      depth++;
      tokens.push({ t: '(' });
    } else if (m[3]) {
      if (--depth < 0) break;
      tokens.push({ t: ')' });
    } else {
      const raw = m[4]!;
      if (raw === 'AND' || raw === 'OR' || raw === 'NOT') tokens.push({ t: raw });
      else if (raw.startsWith('-') && raw.length > 1) tokens.push({ t: 'NOT' }, { t: 'word', raw: raw.slice(1) });
      else tokens.push({ t: 'word', raw });
    }
  }
  if (depth !== 0) throw refuse(input, 'unbalanced parenthesis');
  return tokens;
}

export const wordsOf = (s: string): string[] => s.split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/** Recursive descent: OR binds loosest, then AND (explicit or implicit), then NOT. Dangling operators are dropped. */
function parseTokens(tokens: Token[]): QueryNode | null {
  let k = 0;
  const peek = () => tokens[k]?.t;
  const group = (kind: 'and' | 'or', of: QueryNode[]): QueryNode | null => (of.length === 0 ? null : of.length === 1 ? of[0]! : { kind, of });
  const parseOr = (): QueryNode | null => {
    const of: QueryNode[] = [];
    for (;;) {
      const n = parseAnd();
      if (n) of.push(n);
      if (peek() !== 'OR') return group('or', of);
      k++;
    }
  };
  const parseAnd = (): QueryNode | null => {
    const of: QueryNode[] = [];
    for (let p = peek(); p !== undefined && p !== ')' && p !== 'OR'; p = peek()) {
      if (p === 'AND') k++;
      else {
        const n = parseUnary();
        if (n) of.push(n);
      }
    }
    return group('and', of);
  };
  const parseUnary = (): QueryNode | null => {
    const tok = tokens[k++]!;
    if (tok.t === 'NOT') {
      const p = peek();
      if (p === undefined || p === ')' || p === 'OR' || p === 'AND') return null;
      const of = parseUnary();
      return of ? (of.kind === 'not' ? of.of : { kind: 'not', of }) : null;
    }
    if (tok.t === '(') {
      const n = parseOr();
      if (peek() === ')') k++;
      return n;
    }
    if (tok.t === 'phrase' || tok.t === 'word') {
      const words = wordsOf(tok.raw);
      if (words.length === 0) return null;
      if (words.length > 1) return { kind: 'phrase', words };
      return { kind: 'term', word: words[0]!, prefix: tok.t === 'word' && tok.raw.endsWith('*') };
    }
    return null;
  };
  const tree = parseOr();
  return tree;
}

function checkBounds(input: string, tree: QueryNode): void {
  let terms = 0;
  let prefixes = 0;
  const walk = (n: QueryNode): void => {
    if (n.kind === 'term') {
      terms++;
      if (!n.prefix) return;
      prefixes++;
      if (n.word.length < QUERY_LIMITS.minPrefixLength) {
        throw refuse(input, `prefix "${n.word}*" is too short (at least ${QUERY_LIMITS.minPrefixLength} letters before *)`);
      }
    } else if (n.kind === 'phrase') terms += n.words.length;
    else if (n.kind === 'not') walk(n.of);
    else n.of.forEach(walk);
  };
  walk(tree);
  if (terms > QUERY_LIMITS.maxTerms) throw refuse(input, `too many words (${terms}; at most ${QUERY_LIMITS.maxTerms})`);
  if (prefixes > QUERY_LIMITS.maxPrefixTerms) throw refuse(input, `too many prefix terms (${prefixes}; at most ${QUERY_LIMITS.maxPrefixTerms} words ending in *)`);
}

/** The query tree of `input`, null when it holds no word. Throws `invalid_input` for bad syntax or a query over QUERY_LIMITS. */
export function parseQuery(input: string): QueryNode | null {
  if (input.length > QUERY_LIMITS.maxLength) {
    throw new UprError('invalid_input', `search query too long (${input.length} characters; at most ${QUERY_LIMITS.maxLength})`, { field: 'query', value: input.slice(0, 80) });
  }
  const tree = parseTokens(tokenize(input));
  if (tree) checkBounds(input, tree);
  return tree;
}
