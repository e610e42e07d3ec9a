// Opens the SQLite store, applies numbered migrations in order, and offers a transaction helper.
// The only module (with the other store modules) that touches the database driver.
import Database from 'better-sqlite3';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

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

/** Opens (creating if needed) the store at `path` (`:memory:` for tests) and migrates it. */
export function openDatabase(path: string): Db {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('synchronous = NORMAL');
  migrate(db);
  return db;
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
    db.transaction(() => {
      db.exec(m.sql);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
        m.version,
        m.name,
        new Date().toISOString(),
      );
    })();
    applied.push(m.version);
  }
  return applied;
}

/** Runs `fn` inside one transaction: everything or nothing is written. */
export function inTransaction<T>(db: Db, fn: () => T): T {
  return db.transaction(fn)();
}
