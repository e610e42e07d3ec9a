// The layout rules of test/architecture.test.ts as pure functions over `{ file, code }` lists, so that each rule
// can also be run on planted violations in memory (rules.test.ts). Paths are posix, relative to the repository
// root (`src/store/search.ts`). Each rule returns one line per violation, naming the file and what it does.
import { posix } from 'node:path';
import { builtinModules } from 'node:module';
import ts from 'typescript';

export interface SourceFile {
  file: string;
  code: string;
}

/** Folder of `src/<folder>/…`, or null for a file outside `src/`. */
export function roomOf(file: string): string | null {
  const parts = file.split('/');
  return parts[0] === 'src' && parts.length > 2 ? parts[1]! : null;
}

export const isTest = (file: string): boolean => /\.test\.tsx?$/.test(file);

/**
 * Every module a file names: static imports and re-exports (`import type` and `export type … from` too: they
 * tie the folders as much as value imports do) and dynamic `import('…')`. TypeScript's own scanner reads them,
 * so imports quoted inside strings or comments do not count.
 */
export function importsOf(code: string): string[] {
  return ts.preProcessFile(code, true, true).importedFiles.map((f) => f.fileName);
}

/** The `src/…` path a relative import of FILE names, or null for a package or a path outside `src/`. */
export function importTarget(file: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const target = posix.normalize(posix.join(posix.dirname(file), spec));
  return target.startsWith('src/') ? target : null;
}

/** Imports point inward: a folder imports only the folders ALLOWED lists for it (type imports count). */
export function layeringViolations(files: SourceFile[], allowed: Record<string, string[]>): string[] {
  const bad: string[] = [];
  for (const { file, code } of files) {
    const room = roomOf(file);
    if (!room || isTest(file)) continue;
    if (!(room in allowed)) {
      bad.push(`${file}: folder src/${room} is not in the ALLOWED table`);
      continue;
    }
    for (const spec of importsOf(code)) {
      const target = importTarget(file, spec);
      const to = target && roomOf(target);
      if (!to || to === room) continue;
      if (!allowed[room]!.includes(to)) bad.push(`${file} imports ${spec} (${room} → ${to}, not allowed)`);
    }
  }
  return bad;
}

/** The folder-to-folder imports the code makes (tests beside code excepted), as `from → to` pairs. */
export function usedEdges(files: SourceFile[]): Set<string> {
  const edges = new Set<string>();
  for (const { file, code } of files) {
    const room = roomOf(file);
    if (!room || isTest(file)) continue;
    for (const spec of importsOf(code)) {
      const target = importTarget(file, spec);
      const to = target && roomOf(target);
      if (to && to !== room) edges.add(`${room} → ${to}`);
    }
  }
  return edges;
}

/**
 * A file in one folder imports another folder only through that folder's `index.ts` (`../store/index.js`, not
 * `../store/search.js` nor `../core/i18n/index.js`). Tests beside code follow it too.
 */
export function indexViolations(files: SourceFile[]): string[] {
  const bad: string[] = [];
  for (const { file, code } of files) {
    const room = roomOf(file);
    if (!room) continue;
    for (const spec of importsOf(code)) {
      const target = importTarget(file, spec);
      const to = target && roomOf(target);
      if (!to || to === room) continue;
      if (target !== `src/${to}/index.js`) bad.push(`${file} imports ${spec}: go through src/${to}/index.ts`);
    }
  }
  return bad;
}

/** `db.prepare(`, `this.db.exec(`, `readDb.transaction(`…: a call on something named like a database handle. */
const DB_CALL = /\b(?:[A-Za-z_$][\w$]*[Dd]b|db|database|sqlite|connection)\s*\.\s*(?:prepare|pragma|exec|transaction|function|aggregate|backup|serialize|loadExtension)\s*\(/;
/** `.prepare('SELECT …')`, `.exec(`CREATE …`)` on any receiver: SQL text handed to a driver. */
const SQL_CALL = /\.\s*(?:prepare|exec)\s*\(\s*[`'"]\s*(?:SELECT|INSERT|UPDATE|DELETE|REPLACE|CREATE|DROP|ALTER|PRAGMA|BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE|WITH|VACUUM|ATTACH|ANALYZE)\b/i;
/** better-sqlite3's `.pragma(` has no namesake elsewhere in the code. */
const PRAGMA_CALL = /\.\s*pragma\s*\(/;
const SQLITE_MODULES = new Set(['better-sqlite3', 'node:sqlite']);

/**
 * Only `src/store` talks to SQLite: no SQLite driver import and no SQL handed to a handle elsewhere in `src/`.
 * Tests beside code are excepted: they may read the store back with SQL to check what a job wrote. A regular
 * expression's `.exec(text)` and child_process's `exec(…)` are not SQL and are not reported.
 */
export function sqlViolations(files: SourceFile[]): string[] {
  const bad: string[] = [];
  for (const { file, code } of files) {
    const room = roomOf(file);
    if (!room || room === 'store' || isTest(file)) continue;
    for (const spec of importsOf(code)) if (SQLITE_MODULES.has(spec)) bad.push(`${file} loads ${spec}`);
    // Over the whole text, so that SQL on the line after `.prepare(` is seen; reported once per line.
    const lines = new Set<number>();
    for (const re of [DB_CALL, SQL_CALL, PRAGMA_CALL]) {
      for (const m of code.matchAll(new RegExp(re.source, re.flags + 'g'))) lines.add(code.slice(0, m.index).split('\n').length);
    }
    const text = code.split('\n');
    for (const n of [...lines].sort((a, b) => a - b)) bad.push(`${file}:${n} runs SQL: ${text[n - 1]!.trim()}`);
  }
  return bad;
}

/** `node:fs/promises` → `node:fs`, `fs` → `node:fs`, `hono/jsx` → `hono`, `@hono/node-server/x` → `@hono/node-server`. */
export function packageOf(spec: string): string {
  const bare = spec.startsWith('node:') ? spec.slice(5) : spec;
  if (spec.startsWith('node:') || builtinModules.includes(bare)) return `node:${bare.split('/')[0]}`;
  const parts = spec.split('/');
  return spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

/**
 * Each wrapped library or I/O built-in is loaded only by the folders named as its owners. Tests beside code
 * are excepted (they read outputs back with the same libraries: exceljs, csv-parse, linkedom).
 */
export function ownerViolations(files: SourceFile[], owners: Record<string, string[]>): string[] {
  const bad: string[] = [];
  for (const { file, code } of files) {
    const room = roomOf(file);
    if (!room || isTest(file)) continue;
    for (const spec of importsOf(code)) {
      if (spec.startsWith('.')) continue;
      const pkg = packageOf(spec);
      const may = owners[pkg];
      if (may && !may.includes(room)) bad.push(`${file} loads ${spec} (only ${may.join(', ')} may)`);
    }
  }
  return bad;
}

/**
 * Product code (not tests) loads only node built-ins and runtime dependencies: a devDependency imported by
 * `src/` would break an install without dev dependencies.
 */
export function undeclaredImports(files: SourceFile[], dependencies: string[]): string[] {
  const bad: string[] = [];
  for (const { file, code } of files) {
    if (!roomOf(file) || isTest(file)) continue;
    for (const spec of importsOf(code)) {
      if (spec.startsWith('.')) continue;
      const pkg = packageOf(spec);
      if (!pkg.startsWith('node:') && !dependencies.includes(pkg)) bad.push(`${file} loads ${spec}, not a runtime dependency in package.json`);
    }
  }
  return bad;
}

/** Every runtime dependency and every I/O built-in has a named owner; every owner is a known folder. */
export function ownerTableProblems(dependencies: string[], ioBuiltins: string[], owners: Record<string, string[]>, rooms: string[]): string[] {
  const bad: string[] = [];
  for (const dep of [...dependencies, ...ioBuiltins]) if (!owners[dep]?.length) bad.push(`${dep} has no owner in LIBRARY_OWNER`);
  for (const [lib, may] of Object.entries(owners)) {
    for (const room of may) if (!rooms.includes(room)) bad.push(`LIBRARY_OWNER[${lib}] names ${room}, not a folder of src/`);
  }
  return bad;
}
