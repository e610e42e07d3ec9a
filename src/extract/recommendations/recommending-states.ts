// Recommending States of a recommendation: the parenthesised State lists in its text, however written —
// `(France, United Kingdom, Chile)`, `(Maldives) (Portugal)`, or one per clause of a merged paragraph.
import { resolveState, type Problem } from '../../core/index.js';
import { closestState } from './state-spelling.js';

export interface StateGroup {
  /** Offset of `(` and just past `)` in the text. */
  start: number;
  end: number;
  /** ISO3 codes in the order written. */
  iso3: string[];
}

export interface SplitRecommendation {
  /** The text without its trailing State list(s) and final `;`/`.`; inner lists are kept as written. */
  text: string;
  /** ISO3 codes of every State named in a State list, in order of first mention. */
  states: string[];
}

/** Finds balanced `( … )` groups at depth 0; names such as `Iran (Islamic Republic of)` nest inside. */
function parenGroups(text: string): { start: number; end: number; inner: string }[] {
  const out: { start: number; end: number; inner: string }[] = [];
  let depth = 0;
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(') {
      if (depth === 0) open = i;
      depth++;
    } else if (c === ')' && depth > 0) {
      depth--;
      if (depth === 0) out.push({ start: open, end: i + 1, inner: text.slice(open + 1, i) });
    }
  }
  return out;
}

/** Splits at commas, semicolons and "and" outside nested parentheses. */
function splitNames(inner: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let cur = '';
  for (const c of inner) {
    if (c === '(') depth++;
    if (c === ')') depth--;
    if (depth === 0 && (c === ',' || c === ';')) {
      parts.push(cur);
      cur = '';
    } else cur += c;
  }
  parts.push(cur);
  return parts.map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

/** Names resolved already (a report writes the same few hundred over and over; most cost an edit-distance search). */
const resolved = new Map<string, string | undefined>();

/** Resolves one written name: tolerates "the", "and", stray footnote digits and "also on behalf of". */
export function resolveWrittenState(raw: string): string | undefined {
  if (resolved.has(raw)) return resolved.get(raw);
  if (resolved.size >= 20_000) resolved.clear();
  const iso3 = resolveName(raw);
  resolved.set(raw, iso3);
  return iso3;
}

function resolveName(raw: string): string | undefined {
  const name = raw.replace(/[‟“”]/g, "'").replace(/\s+/g, ' ').replace(/^[\d*∗]+\s+/, '').replace(/^(and|the)\s+/i, '').replace(/[\d*∗]+$/, '').replace(/[.;:]+$/, '').trim();
  if (!name) return undefined;
  return resolveState(name)?.iso3 ?? closestState(name);
}

/** Two names whose comma was lost in print: "Chile Egypt" → [CHL, EGY] (exact names only, at most 8 words). */
function twoNames(part: string): string[] | undefined {
  const words = part.split(' ');
  if (words.length > 8) return undefined;
  for (let k = 1; k < words.length; k++) {
    const left = resolveState(words.slice(0, k).join(' '))?.iso3;
    const right = left && resolveState(words.slice(k).join(' '))?.iso3;
    if (left && right) return [left, right];
  }
  return undefined;
}

/** Resolves a whole group, e.g. "Spain, United Kingdom and Chile"; undefined when any name is not a State. */
export function parseStateList(inner: string): string[] | undefined {
  const whole = resolveWrittenState(inner); // "Venezuela, Bolivarian Republic of"
  if (whole) return [whole];
  const out: string[] = [];
  for (const part of splitNames(inner)) {
    const one = resolveWrittenState(part);
    if (one) {
      out.push(one);
      continue;
    }
    // "Chile and Spain" — but not "United Kingdom of Great Britain and Northern Ireland" (resolved above)
    const pieces = part.split(/\s+and\s+|\s*[&/]\s*/);
    const resolved = pieces.map((p) => { const one = resolveWrittenState(p); return one ? [one] : twoNames(p); });
    if (resolved.some((r) => r === undefined) || (pieces.length < 2 && resolved[0]!.length < 2)) return undefined;
    out.push(...(resolved as string[][]).flat());
  }
  return out.length > 0 ? out : undefined;
}

/** Every parenthesised group of the text that lists only States. */
export function findStateGroups(text: string): StateGroup[] {
  const groups: StateGroup[] = [];
  for (const g of parenGroups(text)) {
    const iso3 = parseStateList(g.inner);
    if (iso3) groups.push({ start: g.start, end: g.end, iso3 });
  }
  return groups;
}

function innermostTailGroup(text: string): StateGroup[] {
  const m = /\(([^()]+)\)[\s.;,:*\d]*$/.exec(text);
  const iso3 = m ? parseStateList(m[1]!) : undefined;
  return m && iso3 ? [{ start: m.index, end: m.index + m[0].replace(/[\s.;,:*\d]*$/, '').length, iso3 }] : [];
}

/**
 * Separates a recommendation's text from its recommending States. Problems: no State list at all, or a
 * trailing parenthesised group that names something unresolvable (probably a State spelled oddly).
 */
export function splitRecommendingStates(raw: string): { value: SplitRecommendation; problems: Problem[] } {
  const text = raw.replace(/\s+/g, ' ').trim();
  let groups = findStateGroups(text);
  // An opening parenthesis never closed ("… Protocol (OP-CRPD (Spain);"): read the last innermost group.
  if (groups.length === 0) groups = innermostTailGroup(text);
  const problems: Problem[] = [];
  const states = [...new Set(groups.flatMap((g) => g.iso3))];
  // Drop the State groups at the end of the text (with footnote marks and final punctuation between them).
  let end = text.length;
  const tail = /[\s.;,:*\d]*$/;
  for (let i = groups.length - 1; i >= 0; i--) {
    const g = groups[i]!;
    const after = text.slice(g.end, end);
    if (!/^[\s.;,:*\d]*$/.test(after) && !/^[\s.;,:*\d]*(and)?\s*$/.test(after)) break;
    end = g.start;
  }
  const body = text.slice(0, end).replace(tail, '').replace(/[\s,;:]+$/, '').trim();
  // A list whose opening parenthesis was lost in print: "… Information law Austria);"
  const unopened = states.length === 0 ? /^([^()]*?)\)[\s.;,]*$/.exec(text) : null;
  if (unopened) {
    const words = unopened[1]!.split(' ');
    for (let n = Math.min(5, words.length - 1); n >= 1; n--) {
      const lone = /^[A-Z]/.test(words.at(-n)!) ? resolveWrittenState(words.slice(-n).join(' ')) : undefined;
      if (lone) return { value: { text: words.slice(0, -n).join(' '), states: [lone] }, problems };
    }
  }
  if (states.length === 0) {
    const last = parenGroups(text).at(-1);
    const why = last && text.slice(last.end).trim().length < 3 ? `unknown recommending State "${last.inner.trim()}"` : 'no recommending State found';
    problems.push({ message: `${why}: "${text.length > 60 ? `${text.slice(0, 60)}…` : text}"` });
  }
  return { value: { text: body || text, states }, problems };
}
