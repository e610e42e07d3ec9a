// Opens the SQLite store, applies numbered migrations in order, and offers a transaction helper.
// The only module (with the other store modules) that touches the database driver.
import Database from 'better-sqlite3';
import { accessSync, closeSync, constants, existsSync, openSync, readdirSync, readFileSync, readSync, statSync, type Stats } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join, resolve } from 'node:path';
import { UprError } from '../core/index.js';
import { seedReferenceData } from './reference.js';

export type Db = Database.Database;

// The numbered .sql files beside this module: src/store/migrations, or dist/store/migrations (copied there by
// `npm run build`, so the compiled code runs without src/).
const MIGRATIONS_DIR = fileURLToPath(new URL('migrations/', import.meta.url));

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export function listMigrations(dir = MIGRATIONS_DIR): Migration[] {
  let files: string[];
  try {
    files = readdirSync(dir);
  } catch {
    throw new Error(`migrations folder not found at ${dir} (dist/ is built by \`npm run build\`, which copies it there)`);
  }
  return files
    .filter((f) => /^\d{3}-.+\.sql$/.test(f))
    .sort()
    .map((f) => ({ version: Number(f.slice(0, 3)), name: f, sql: readFileSync(join(dir, f), 'utf8') }));
}

export interface OpenOptions {
  /** `write` (default) creates the store if needed and migrates it; `read` opens an existing store read-only. */
  mode?: 'read' | 'write';
  /** Milliseconds a write waits for another process's write transaction (default 30 s). */
  busyTimeoutMs?: number;
}

/**
 * Opens the store at `path` (`:memory:` for tests) and migrates it. In `read` mode the store must exist and
 * is opened read-only (a store whose schema is older is first migrated when the file is writable).
 * Paths that cannot hold a store (a missing folder, a missing file in read mode, a file that is not SQLite)
 * throw a UprError naming the path.
 */
export function openDatabase(path: string, opts: OpenOptions = {}): Db {
  const mode = opts.mode ?? 'write';
  const timeout = opts.busyTimeoutMs ?? 30000;
  if (path !== ':memory:' && path !== '') checkStorePath(path, mode);
  if (mode === 'read' && path !== ':memory:') {
    const db = driverOpen(path, { readonly: true, fileMustExist: true, timeout });
    if (!hasPendingMigrations(db)) return db;
    db.close();
    if (!isWritable(path)) throw new UprError('conflict', `the store was made by an older version and is read-only: open it once with write access (e.g. upr import) to upgrade it`, { file: path });
    const writer = openDatabase(path, { mode: 'write', busyTimeoutMs: timeout });
    seedReferenceData(writer);
    writer.close();
    return driverOpen(path, { readonly: true, fileMustExist: true, timeout });
  }
  const db = driverOpen(path, { timeout });
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('synchronous = NORMAL');
  migrate(db);
  return db;
}

const SQLITE_HEADER = 'SQLite format 3\u0000';

function checkStorePath(path: string, mode: 'read' | 'write'): void {
  let st: Stats | undefined;
  try {
    st = statSync(path);
  } catch {
    st = undefined;
  }
  if (!st) {
    if (mode === 'read') throw new UprError('not_found', 'no store at this path: read commands never create one (check --db, or import data first)', { file: path });
    const dir = dirname(resolve(path));
    if (!existsSync(dir)) throw new UprError('not_found', `cannot create the store: the folder ${dir} does not exist`, { file: path });
    return;
  }
  if (st.isDirectory()) throw new UprError('unsupported_format', 'this is a folder, not a store file', { file: path });
  if (st.size === 0) return;
  const head = Buffer.alloc(16);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, head, 0, 16, 0);
  } finally {
    closeSync(fd);
  }
  if (head.toString('latin1') !== SQLITE_HEADER) throw new UprError('unsupported_format', 'not a upr store (not an SQLite database)', { file: path });
}

function driverOpen(path: string, options: Database.Options): Db {
  const db = new Database(path, options);
  try {
    db.pragma('schema_version'); // reads the header and schema: a damaged file fails here, not later
    return db;
  } catch (err) {
    db.close();
    const code = (err as { code?: string }).code;
    if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') throw new UprError('unsupported_format', `not a usable upr store (${(err as Error).message})`, { file: path });
    throw err;
  }
}

function isWritable(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

function hasPendingMigrations(db: Db): boolean {
  const table = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'").get();
  if (!table) return true;
  const done = new Set((db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[]).map((r) => r.version));
  return listMigrations().some((m) => !done.has(m.version));
}

/** Applies every migration not yet applied, each in its own transaction. Returns versions applied. */
export function migrate(db: Db, migrations = listMigrations()): number[] {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
  const done = new Set(
    (db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[]).map((r) => r.version),
  );
  const applied: number[] = [];
  for (const m of migrations) {
    if (done.has(m.version)) continue;
    let ran = false;
    db.transaction(() => {
      // Another process may have applied it while this one waited for the write lock.
      if (db.prepare('SELECT 1 FROM schema_migrations WHERE version = ?').get(m.version)) return;
      ran = true;
      db.exec(m.sql);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
        m.version,
        m.name,
        new Date().toISOString(),
      );
    }).immediate();
    if (ran) applied.push(m.version);
  }
  return applied;
}

/**
 * Runs `fn` inside one transaction: everything or nothing is written. The write lock is taken at the start
 * (BEGIN IMMEDIATE), so a second writer waits for the busy timeout instead of failing on a stale snapshot.
 */
export function inTransaction<T>(db: Db, fn: () => T): T {
  return db.transaction(fn).immediate();
}
