// A store and app for the follow-up HTTP tests: recommendations of Slovenia (a few UPR Info rows), two
// workspaces (A, tracking Slovenia's review, and B) and signed-in members of each role, each as a client
// that sends its session cookie and (unless told not to) its CSRF token.
import type { Hono } from 'hono';
import { openStore, importUprInfoRows, trackReview, type Db } from '../../src/store/index.js';
import { readFileSync } from 'node:fs';
import { decodeText, parseUprInfoCsv } from '../../src/ingest/index.js';
import { createApp } from '../../src/web/index.js';
import type { AppEnv } from '../../src/web/app-env.js';
import { signedInMember } from './accounts.js';

const CSV = `To,To-Rgrp,To-Org,Text,From,From-Rgrp,From-Org,Response,Action,Issue,Session
Slovenia,EEG,EU,Take measures to end the segregation of Roma children in schools,Slovakia,EEG,EU,Accepted,5,Rights of the Child,20
Slovenia,EEG,EU,Prohibit corporal punishment of children in all settings,Sweden,WEOG,EU,Noted,5,Rights of the Child,20
Slovenia,EEG,EU,Establish an independent ombudsman for children,Chile,GRULAC,,Accepted,5,Rights of the Child,20
`;

export interface Client {
  get(path: string): Promise<Response>;
  post(path: string, body: object, o?: { csrf?: boolean }): Promise<Response>;
  postForm(path: string, fields: Record<string, string>, o?: { csrf?: boolean }): Promise<Response>;
  raw(path: string, body: string, type: string): Promise<Response>;
  /** A multipart request (files allowed), CSRF token in the header as scripts send it. */
  multipart(path: string, form: FormData): Promise<Response>;
  /** A multipart form as a page's upload form sends it: the CSRF token as field `_csrf`, no header. */
  uploadForm(path: string, form: FormData, o?: { csrf?: string | false }): Promise<Response>;
}

function client(app: Hono<AppEnv>, session?: { cookie: string; csrf: string }): Client {
  const headers = (csrf: boolean, type?: string): Record<string, string> => ({
    ...(session ? { cookie: session.cookie } : {}), ...(session && csrf ? { 'x-csrf-token': session.csrf } : {}), ...(type ? { 'content-type': type } : {}),
  });
  return {
    get: async (path) => app.request(path, { headers: headers(false) }),
    post: async (path, body, o = {}) => app.request(path, { method: 'POST', headers: headers(o.csrf !== false, 'application/json'), body: JSON.stringify(body) }),
    postForm: async (path, fields, o = {}) => {
      const body = new URLSearchParams({ ...fields, ...(session && o.csrf !== false ? { _csrf: session.csrf } : {}) }).toString();
      // As a browser sends it: with its length declared (size limits look at it before parsing).
      return app.request(path, { method: 'POST', headers: { ...headers(false, 'application/x-www-form-urlencoded'), 'content-length': String(Buffer.byteLength(body)) }, body });
    },
    raw: async (path, body, type) => app.request(path, { method: 'POST', headers: headers(true, type), body }),
    multipart: async (path, form) => app.request(path, { method: 'POST', headers: headers(true), body: form }),
    uploadForm: async (path, form, o = {}) => {
      const token = o.csrf === undefined ? session?.csrf : o.csrf;
      if (token) form.set('_csrf', token);
      return app.request(path, { method: 'POST', headers: headers(false), body: form });
    },
  };
}

/** Imports the rows into `db`; returns the recommendation ids in order. */
export function importSloveniaRows(db: Db): number[] {
  importUprInfoRows(db, { kind: 'upr-info-csv', path: 'svn.csv', fileName: 'svn.csv', sha256: 'svn-follow-up', sizeBytes: CSV.length }, parseUprInfoCsv(CSV, 'svn.csv').value);
  return (db.prepare('SELECT id FROM recommendations ORDER BY id').all() as { id: number }[]).map((r) => r.id);
}

/** Slovenia's cycle-1 recommendations (session 7) from the bundled UPR Info sample; returns their ids. */
export function importSloveniaCycle1(db: Db): number[] {
  const file = 'data/sample/upr-info/upr-info-sessions-05-08.csv';
  const rows = parseUprInfoCsv(decodeText(readFileSync(file)).text, file).value.filter((r) => r.stateUnderReview.iso3 === 'SVN');
  importUprInfoRows(db, { kind: 'upr-info-csv', path: file, fileName: 'svn-7.csv', sha256: 'svn-cycle-1', sizeBytes: 1 }, rows);
  return (db.prepare(`SELECT r.id FROM recommendations r JOIN reviews v ON v.id = r.review_id WHERE v.state_iso3 = 'SVN' AND v.cycle = 1 ORDER BY r.id`).all() as { id: number }[]).map((r) => r.id);
}

export async function followUpFixture() {
  const db = openStore(':memory:');
  const [rec, other] = importSloveniaRows(db) as [number, number];
  const app = createApp(db, { today: () => '2016-06-01' });
  const member = async (role: 'viewer' | 'editor' | 'coordinator', workspace: string) => signedInMember(app, db, { role, workspace, organisations: [`${workspace} NGO`] });
  const viewer = await member('viewer', 'Coalition A');
  const editor = await member('editor', 'Coalition A');
  const coordinator = await member('coordinator', 'Coalition A');
  const outsider = await member('editor', 'Coalition B');
  const wsA = viewer.workspace.id;
  const wsB = outsider.workspace.id;
  trackReview(db, wsA, 'SVN', 2, '2016-01-01');
  return {
    db, app, rec, other, wsA, wsB,
    as: { anonymous: client(app), viewer: client(app, viewer), editor: client(app, editor), coordinator: client(app, coordinator), outsider: client(app, outsider) },
  };
}
