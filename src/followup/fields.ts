// Reading the fields of a follow-up form or JSON body: each reader names the field it refuses and why, so
// the web answers "field owner: at most 200 characters" rather than a bare 400.
import { UprError } from '../core/index.js';

/** A JSON body or form as received: anything, checked field by field. */
export type Input = Record<string, unknown>;

/** The body as an object, or a clear refusal (a JSON array, a string or null is no form). */
export function asInput(body: unknown): Input {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) throw new UprError('invalid_input', 'the body must be a JSON object (or a form)', { field: 'body' });
  return body as Input;
}

/** A text field: trimmed, at most `max` characters; absent or blank gives null unless `required`. */
export function text(input: Input, field: string, max: number, required = false): string | null {
  const v = input[field];
  if (v === undefined || v === null || v === '') {
    if (required) throw new UprError('invalid_input', `${field}: is required`, { field });
    return null;
  }
  if (typeof v !== 'string') throw new UprError('invalid_input', `${field}: must be text, not ${Array.isArray(v) ? 'a list' : typeof v}`, { field });
  const s = v.trim();
  if (s === '') {
    if (required) throw new UprError('invalid_input', `${field}: is required`, { field });
    return null;
  }
  if (s.length > max) throw new UprError('invalid_input', `${field}: at most ${max} characters (got ${s.length})`, { field });
  // Control characters and broken UTF-16 would make the XLSX and DOCX downloads unreadable (XML forbids them).
  // eslint-disable-next-line no-control-regex
  const bad = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.exec(s);
  if (bad) throw new UprError('invalid_input', `${field}: must not contain control characters (found U+${bad[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')})`, { field });
  if (/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s)) throw new UprError('invalid_input', `${field}: contains a broken character (a lone UTF-16 surrogate)`, { field });
  return s;
}

/** A required text field. */
export const requiredText = (input: Input, field: string, max: number): string => text(input, field, max, true)!;

/** One of `allowed`, or null when absent and not `required`. */
export function choice<T extends string>(input: Input, field: string, allowed: readonly T[], required = false): T | null {
  const v = text(input, field, 100, required);
  if (v === null) return null;
  if (!(allowed as readonly string[]).includes(v)) throw new UprError('invalid_input', `${field}: must be one of ${allowed.join(', ')}`, { field, value: v.slice(0, 100) });
  return v as T;
}

/** A calendar date YYYY-MM-DD that exists, between 1900 and 2100, or null when absent and not `required`. */
export function date(input: Input, field: string, required = false): string | null {
  const v = text(input, field, 10, required);
  if (v === null) return null;
  const d = new Date(`${v}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== v) {
    throw new UprError('invalid_input', `${field}: must be a date written YYYY-MM-DD`, { field, value: v });
  }
  const year = Number(v.slice(0, 4));
  if (year < 1900 || year > 2100) throw new UprError('invalid_input', `${field}: must be a date between 1900 and 2100`, { field, value: v });
  return v;
}

/** A positive integer (a number, or digits in a form), or null when absent and not `required`. */
export function positiveInt(input: Input, field: string, required = false): number | null {
  const v = input[field];
  if (v === undefined || v === null || v === '') {
    if (required) throw new UprError('invalid_input', `${field}: is required`, { field });
    return null;
  }
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^\d{1,15}$/.test(v.trim()) ? Number(v.trim()) : NaN;
  if (!Number.isSafeInteger(n) || n < 1) throw new UprError('invalid_input', `${field}: must be a whole number of at least 1`, { field, value: String(v).slice(0, 100) });
  return n;
}

/** A yes/no field: true, false, or the form values "1"/"on"/"true" and "0"/"false"; absent is false. */
export function flag(input: Input, field: string): boolean {
  const v = input[field];
  if (v === undefined || v === null || v === '' || v === false || v === '0' || v === 'false') return false;
  if (v === true || v === '1' || v === 'on' || v === 'true') return true;
  throw new UprError('invalid_input', `${field}: must be true or false`, { field });
}

/** A list of short texts (an array, or one comma-separated string), each at most `max` characters. */
export function textList(input: Input, field: string, max: number, maxItems = 50): string[] {
  const v = input[field];
  if (v === undefined || v === null || v === '') return [];
  const items = Array.isArray(v) ? v : typeof v === 'string' ? v.split(',') : null;
  if (!items || items.some((x) => typeof x !== 'string')) throw new UprError('invalid_input', `${field}: must be a list of texts`, { field });
  const list = [...new Set((items as string[]).map((x) => x.trim()).filter(Boolean))];
  if (list.length > maxItems) throw new UprError('invalid_input', `${field}: at most ${maxItems} values`, { field });
  const long = list.find((x) => x.length > max);
  if (long) throw new UprError('invalid_input', `${field}: each value at most ${max} characters`, { field, value: long.slice(0, 100) });
  return list;
}
