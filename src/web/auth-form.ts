// Reading form and JSON bodies of account pages with a size limit: a body over it is refused with 413
// before it is parsed; text fields come back as strings, repeated fields as arrays, files are refused.
import type { Context } from 'hono';
import { UprError } from '../core/index.js';
import type { AppEnv } from './app-env.js';

/** Largest form body the account and admin pages accept (64 KiB). */
export const FORM_LIMIT_BYTES = 64 * 1024;

export type FormFields = Record<string, string | string[]>;

/** The request's form fields (url-encoded or multipart), parsed once and cached for later readers. */
export async function readForm(c: Context<AppEnv>, limit = FORM_LIMIT_BYTES): Promise<FormFields> {
  const declared = Number(c.req.header('content-length') ?? NaN);
  if (declared > limit) throw tooLarge(limit);
  const body = await c.req.parseBody({ all: true });
  const out: FormFields = {};
  let size = 0;
  for (const [k, v] of Object.entries(body)) {
    const values = Array.isArray(v) ? v : [v];
    if (values.some((x) => typeof x !== 'string')) throw new UprError('invalid_input', `field ${k}: files are not accepted here`, { field: k });
    size += k.length + values.reduce((n, x) => n + (x as string).length, 0);
    out[k] = values.length === 1 ? (values[0] as string) : (values as string[]);
  }
  if (size > limit) throw tooLarge(limit);
  return out;
}

/**
 * One text field of a url-encoded or multipart body whose other fields may be files (an upload form's
 * CSRF token); undefined when absent or a file. The body is parsed once and cached for the route.
 */
export async function formTextField(c: Context<AppEnv>, name: string): Promise<string | undefined> {
  let body: Record<string, unknown>;
  try {
    body = await c.req.parseBody();
  } catch {
    throw new UprError('invalid_input', 'body: the form cannot be read (a broken multipart body)', { field: 'body' });
  }
  const v = body[name];
  return typeof v === 'string' ? v : undefined;
}

/** One text field of a form: a string (the first when repeated), '' when absent. */
export function field(form: FormFields, name: string): string {
  const v = form[name];
  return Array.isArray(v) ? (v[0] ?? '') : (v ?? '');
}

function tooLarge(limit: number): UprError {
  return new UprError('too_large', `the form is larger than ${limit / 1024} KiB`, { limit });
}
