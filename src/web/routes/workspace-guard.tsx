// Who may read or change a workspace's follow-up, and the bodies of follow-up requests: the accounts
// middleware says who is signed in and with which role; this module asks for the role each route needs.
import type { Context } from 'hono';
import { UprError } from '../../core/index.js';
import type { Db } from '../../store/index.js';
import type { Role } from '../../accounts/index.js';
import type { AppEnv } from '../app-env.js';
import { MAX_ATTACHMENT_BYTES } from '../../followup/index.js';
import { workspaceAccess } from '../auth-workspace.js';

export { roleAtLeast, type Role } from '../../accounts/index.js';

/** The signed-in member of a workspace. */
export interface Member {
  userId: number;
  workspaceId: number;
  workspaceName: string;
  role: Role;
  /** The CSRF token the member's forms carry. */
  csrf: string;
}

/** The member of `workspaceId` with at least `min`: 401 signed out, 403 without the role, 404 not a member. */
export function member(c: Context<AppEnv>, db: Db, workspaceId: number, min: Role): Member {
  const user = c.get('user');
  const ws = workspaceAccess(db, user, workspaceId, min);
  return { userId: user!.id, workspaceId: ws.id, workspaceName: ws.name, role: ws.role, csrf: c.get('session')?.csrf ?? '' };
}

/**
 * Largest follow-up request body without an uploaded document (bytes): room for the longest texts the
 * forms take (20,000 + 5,300 characters) even in a script of 3-byte characters sent URL-encoded (9 bytes each).
 */
export const MAX_BODY_BYTES = 256 * 1024;
/** Largest request body with an uploaded evidence document (bytes). */
export const MAX_UPLOAD_BYTES = 6 * 1024 * 1024;

/** The id in a path parameter, or 404. */
export function idParam(c: Context<AppEnv>, name: string): number {
  const v = c.req.param(name) ?? '';
  if (!/^\d{1,15}$/.test(v)) throw new UprError('not_found', `no ${name} ${v.slice(0, 40)}`, { field: name, value: v.slice(0, 40) });
  return Number(v);
}

function tooLarge(maxBytes: number): UprError {
  if (maxBytes > MAX_BODY_BYTES) {
    return new UprError('too_large', `attachment: the request is larger than ${maxBytes / 1024 / 1024} MB (an uploaded document may be at most ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB)`, { field: 'attachment', limit: maxBytes });
  }
  return new UprError('too_large', `body: the request body is larger than ${maxBytes / 1024} KiB`, { field: 'body', limit: maxBytes });
}

/**
 * The request body as fields: JSON (an object) or a form (urlencoded or multipart). Files are kept as File
 * only in the `attachment` field of a multipart body, and only when `uploadBytes` allows an upload; other
 * bodies are held to MAX_BODY_BYTES. Bodies over the limit are refused with 413, before they are parsed
 * when their length is declared.
 */
export async function readBody(c: Context<AppEnv>, uploadBytes = MAX_BODY_BYTES): Promise<Record<string, unknown>> {
  const type = c.req.header('content-type') ?? '';
  const maxBytes = /^multipart\/form-data/i.test(type) ? uploadBytes : MAX_BODY_BYTES;
  const declared = Number(c.req.header('content-length') ?? NaN);
  if (declared > maxBytes) throw tooLarge(maxBytes);
  if (/^(multipart\/form-data|application\/x-www-form-urlencoded)/i.test(type)) {
    let body: Record<string, string | File>;
    try {
      body = await c.req.parseBody();
    } catch {
      throw new UprError('invalid_input', 'body: the form cannot be read (a broken multipart body)', { field: 'body' });
    }
    let size = 0;
    for (const [k, v] of Object.entries(body)) {
      if (typeof v === 'string') size += k.length + v.length;
      else if (k === 'attachment' && maxBytes > MAX_BODY_BYTES) size += v.size;
      else throw new UprError('invalid_input', `${k}: files are not accepted here${maxBytes > MAX_BODY_BYTES ? ' (send the document as attachment)' : ''}`, { field: k });
    }
    if (size > maxBytes) throw tooLarge(maxBytes);
    return body as Record<string, unknown>;
  }
  const text = await c.req.text();
  if (Buffer.byteLength(text) > maxBytes) throw tooLarge(maxBytes);
  if (!/^application\/json/i.test(type)) throw new UprError('unsupported_format', 'content-type: send JSON (application/json) or a form', { field: 'content-type' });
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new UprError('invalid_input', 'body: not valid JSON', { field: 'body' });
  }
  if (body === null || typeof body !== 'object' || Array.isArray(body)) throw new UprError('invalid_input', 'body: must be a JSON object', { field: 'body' });
  return body as Record<string, unknown>;
}

/** The workspace a recommendation request is about: `workspace` in the query or the body. */
export function workspaceOf(c: Context<AppEnv>, body?: Record<string, unknown>): number {
  const v = c.req.query('workspace') ?? body?.workspace;
  const s = typeof v === 'number' ? String(v) : typeof v === 'string' ? v : '';
  if (!/^\d{1,15}$/.test(s)) throw new UprError('invalid_input', 'workspace: give the workspace (its number) in the query or the body', { field: 'workspace' });
  return Number(s);
}
