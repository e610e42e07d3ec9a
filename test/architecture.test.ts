// Keeps the layout honest (docs/architecture.md): imports point inward (type imports too), only src/store talks
// to SQLite, folders are entered through their index.ts, and every library and I/O built-in has a named owner.
// The rules are pure functions in test/architecture/rules.ts; rules.test.ts plants a violation of each.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import {
  indexViolations, layeringViolations, ownerTableProblems, ownerViolations, sqlViolations, undeclaredImports, usedEdges,
  type SourceFile,
} from './architecture/rules.js';

/**
 * Which folders each folder of src/ may import (`import type` included). Inward only: core imports nothing,
 * nothing imports cli, only cli imports web (to serve it). The table says what the code does: a test below
 * fails on an edge no import uses, so the picture in docs/architecture.md stays true.
 */
const ALLOWED: Record<string, string[]> = {
  core: [],
  // Password hashing, tokens, roles: pure, over node:crypto.
  accounts: ['core'],
  ingest: ['core'],
  // The classifier's training labels come from UPR Info exports, read with ingest's CSV parser.
  extract: ['core', 'ingest'],
  // The UPR Info importer stores the rows ingest parsed (their type only); memberships store accounts' roles (type only).
  store: ['core', 'ingest', 'accounts'],
  analysis: ['core', 'store'],
  // Follow-up of recommendations between reviews: pure rules over the UPR vocabulary.
  followup: ['core'],
  export: ['core', 'store', 'followup'],
  report: ['core', 'store', 'extract', 'followup'],
  fetch: ['core', 'store'],
  pipeline: ['core', 'ingest', 'extract', 'store', 'fetch'],
  web: ['core', 'store', 'analysis', 'export', 'report', 'accounts', 'followup', 'alerts'],
  cli: ['accounts', 'core', 'ingest', 'extract', 'store', 'analysis', 'export', 'report', 'fetch', 'pipeline', 'web', 'alerts'],
  // Atom feeds and e-mail digests of what is new in the store.
  alerts: ['core', 'store'],
};

/** Built-ins that reach outside the process (files, processes, threads, network): each needs an owner too. */
const IO_BUILTINS = ['node:fs', 'node:child_process', 'node:worker_threads', 'node:http', 'node:https', 'node:net'];

/** The only folders that may load each runtime dependency and I/O built-in (tests beside code excepted). */
const LIBRARY_OWNER: Record<string, string[]> = {
  'better-sqlite3': ['store'],
  'node:sqlite': ['store'],
  mammoth: ['ingest'],
  jszip: ['ingest'],
  'csv-parse': ['ingest'],
  entities: ['core'],
  exceljs: ['export', 'ingest'],
  docx: ['report'],
  // PDF reports: report/pdf.ts drives Chromium (the end-to-end tests in test/e2e use it too).
  'playwright-core': ['report'],
  // hono/jsx renders the web pages and, in report, the HTML country report.
  hono: ['web', 'report'],
  '@hono/node-server': ['web'],
  // E-mail digests go through the operator's SMTP server.
  nodemailer: ['alerts'],
  // Charts are rendered on the server: Plot draws into linkedom's DOM. extract also parses the tables of
  // OHCHR thematic lists (mammoth's HTML) with linkedom.
  '@observablehq/plot': ['web'],
  linkedom: ['web', 'extract'],
  // ingest runs pdftotext, antiword, catdoc and tesseract; `upr demo` (cli) checks pdftotext is installed.
  'node:child_process': ['ingest', 'cli'],
  // The document pipeline reads documents in worker threads.
  'node:worker_threads': ['pipeline'],
  'node:http': ['web'],
  'node:https': ['web'],
  // The server checks whether its port is free.
  'node:net': ['web'],
  // Files: the CLI's arguments, ingest's documents, extract's classifier model, fetch's download cache,
  // pipeline's folder walk and update lock, store's database file and migrations.
  'node:fs': ['cli', 'ingest', 'extract', 'fetch', 'pipeline', 'store'],
};

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return sources(p);
    return /\.tsx?$/.test(name) ? [p] : [];
  });
}

const files: SourceFile[] = sources('src').map((p) => ({ file: p.split('\\').join('/'), code: readFileSync(p, 'utf8') }));
const rooms = [...new Set(files.map((f) => f.file.split('/')[1]!))].filter((r) => statSync(join('src', r)).isDirectory()).sort();
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> };
const dependencies = Object.keys(pkg.dependencies);

describe('architecture', () => {
  it('finds the source tree and every folder of src/ in the ALLOWED table', () => {
    assert.ok(files.length > 100, `only ${files.length} source files found`);
    assert.deepEqual(rooms, Object.keys(ALLOWED).sort());
  });

  it('points imports inward: core imports nothing, nothing imports cli, only cli imports web', () => {
    assert.deepEqual(ALLOWED.core, []);
    for (const [room, may] of Object.entries(ALLOWED)) {
      assert.ok(!may.includes('cli'), `${room} may not import cli`);
      if (room !== 'cli') assert.ok(!may.includes('web'), `${room} may not import web`);
    }
  });

  it('imports between folders follow the ALLOWED table, type imports included', () => {
    assert.deepEqual(layeringViolations(files, ALLOWED), []);
  });

  it('the ALLOWED table lists no edge the code does not use', () => {
    const used = usedEdges(files);
    const unused = Object.entries(ALLOWED).flatMap(([from, tos]) => tos.map((to) => `${from} → ${to}`)).filter((e) => !used.has(e));
    assert.deepEqual(unused, []);
  });

  it('only src/store talks to SQLite', () => {
    assert.deepEqual(sqlViolations(files), []);
  });

  it('enters each folder through its index.ts', () => {
    assert.deepEqual(indexViolations(files), []);
    const imported = new Set(Object.values(ALLOWED).flat());
    const missing = [...imported].filter((room) => !files.some((f) => f.file === `src/${room}/index.ts`));
    assert.deepEqual(missing, []);
  });

  it('names an owner for every runtime dependency and I/O built-in', () => {
    assert.deepEqual(ownerTableProblems(dependencies, IO_BUILTINS, LIBRARY_OWNER, rooms), []);
  });

  it('loads each library and I/O built-in only in its owner folders', () => {
    assert.deepEqual(ownerViolations(files, LIBRARY_OWNER), []);
  });

  it('loads from src/ only node built-ins and runtime dependencies', () => {
    assert.deepEqual(undeclaredImports(files, dependencies), []);
  });

  it('reads process.env and process.argv only at the edges (cli, web)', () => {
    // Passing the whole environment on to a child process (`...process.env`) reads no setting.
    const bad = files
      .filter(({ file }) => !/\.test\.tsx?$/.test(file) && !['cli', 'web'].includes(file.split('/')[1]!))
      .filter(({ code }) => /(?<!\.\.\.)process\.(env|argv)/.test(code))
      .map(({ file }) => file);
    assert.deepEqual(bad, []);
  });
});
