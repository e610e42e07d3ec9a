// The paragraph search's URL: which children's-rights paragraphs of UN documents to list (kind of document text,
// State under review, cycle, session, issue), read with the same value checks as the recommendation filters.
import { UprError } from '../core/index.js';
import { PARAGRAPH_KINDS, readFilterValues, type ParagraphKind, type ParagraphQuery } from '../store/index.js';

/** The URL of the page listing the paragraphs of `q` (the drill-down of a paragraph count). */
export function paragraphsHref(q: ParagraphQuery): string {
  const p = new URLSearchParams();
  for (const k of q.kind ?? []) p.append('kind', k);
  for (const s of q.state ?? []) p.append('state', s);
  for (const c of q.cycle ?? []) p.append('cycle', String(c));
  for (const s of q.session ?? []) p.append('session', String(s));
  for (const i of q.childIssue ?? []) p.append('childIssue', i);
  return `/paragraphs?${p.toString()}`;
}

/** Reads a paragraph query from URL parameters; `invalid_input` naming the parameter for a value not understood. */
export function readParagraphQuery(params: URLSearchParams): ParagraphQuery {
  const q: ParagraphQuery = {};
  const kinds = params.getAll('kind').filter((k) => k !== '');
  for (const k of kinds) {
    if (!(PARAGRAPH_KINDS as readonly string[]).includes(k)) throw new UprError('invalid_input', `unknown kind of document text "${k}" (${PARAGRAPH_KINDS.join(', ')})`, { field: 'kind', value: k });
  }
  if (kinds.length) q.kind = kinds as ParagraphKind[];
  const read = <K extends 'state' | 'cycle' | 'session' | 'childIssue'>(name: K) => {
    const raws = params.getAll(name).filter((v) => v !== '');
    return raws.length ? readFilterValues(name, raws, name) : undefined;
  };
  const state = read('state');
  const cycle = read('cycle');
  const session = read('session');
  const childIssue = read('childIssue');
  if (state) q.state = state.map(String);
  if (cycle) q.cycle = cycle.map(Number);
  if (session) q.session = session.map(Number);
  if (childIssue) q.childIssue = childIssue.map(String);
  return q;
}
