// `upr backup`: copies the store with SQLite's online backup API (safe while `upr serve` reads it and while
// another process writes), then proves the copy by reading it back: integrity check and the row count of
// every table compared with the store's, both taken from the same snapshot.
import Database from 'better-sqlite3';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { UprError } from '../core/index.js';
import { listMigrations, type Db } from './database.js';

export type TableCounts = Record<string, number>;

export interface BackupResult {
  file: string;
  pages: number;
  bytes: number;
  tables: TableCounts;
  schemaVersion: number;
}

/** Called as pages are copied: `done` of `total` pages. */
export type BackupProgress = (done: number, total: number) => void;

/** Row count of every table of an open store (FTS shadow tables included), in name order. */
export function tableCounts(db: Db): TableCounts {
  const names = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name").all() as { name: string }[]).map((r) => r.name);
  const counts: TableCounts = {};
  for (const name of names) counts[name] = (db.prepare(`SELECT count(*) AS n FROM "${name.replaceAll('"', '""')}"`).get() as { n: number }).n;
  return counts;
}

/** The highest migration applied to a store (0 when it has none). */
export function schemaVersion(db: Db): number {
  const has = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'").get();
  if (!has) return 0;
  return (db.prepare('SELECT max(version) AS v FROM schema_migrations').get() as { v: number | null }).v ?? 0;
}

/** The newest schema this version of upr knows. */
export function knownSchemaVersion(): number {
  return Math.max(0, ...listMigrations().map((m) => m.version));
}

/**
 * Copies the open store `db` to `file` (written beside it as `file.partial`, renamed only once verified) and
 * verifies the copy. Refuses to overwrite an existing file. The counts are read in the same read transaction
 * the backup copies from, so writes by other processes during the copy cannot make them differ.
 */
export async function backupStore(db: Db, file: string, onProgress?: BackupProgress): Promise<BackupResult> {
  if (existsSync(file)) throw new UprError('conflict', 'the backup file already exists: choose a new name (backups are never overwritten)', { file });
  const partial = `${file}.partial`;
  rmSync(partial, { force: true });
  db.exec('BEGIN');
  try {
    const tables = tableCounts(db);
    const version = schemaVersion(db);
    const meta = await db.backup(partial, {
      progress: ({ totalPages, remainingPages }) => {
        onProgress?.(totalPages - remainingPages, totalPages);
        return 1024; // pages per step: small steps let a writer in between
      },
    });
    onProgress?.(meta.totalPages, meta.totalPages);
    const check = verifyBackupFile(partial);
    const differ = Object.keys({ ...tables, ...check.tables }).filter((t) => tables[t] !== check.tables[t]);
    if (differ.length) throw new UprError('conflict', `the backup does not hold the same rows as the store (tables ${differ.join(', ')}); nothing was kept`, { file });
    if (check.schemaVersion !== version) throw new UprError('conflict', `the backup's schema version ${check.schemaVersion} differs from the store's ${version}`, { file });
    renameSync(partial, file);
    return { file, pages: meta.totalPages, bytes: check.bytes, tables, schemaVersion: version };
  } catch (err) {
    rmSync(partial, { force: true });
    throw err;
  } finally {
    if (db.inTransaction) db.exec('COMMIT');
  }
}

export interface VerifiedFile {
  tables: TableCounts;
  schemaVersion: number;
  bytes: number;
}

/**
 * Opens a backup (or any candidate store file) read-only and checks it is a healthy upr store: an SQLite file,
 * `PRAGMA integrity_check` ok, upr's migrations table. Throws `unsupported_format` naming the file otherwise.
 */
export function verifyBackupFile(file: string): VerifiedFile {
  let db: Db;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch (err) {
    throw new UprError('not_found', `cannot open the file (${(err as Error).message})`, { file });
  }
  try {
    let result: unknown[];
    try {
      result = db.pragma('integrity_check') as unknown[];
    } catch (err) {
      throw new UprError('unsupported_format', `not a upr store: ${(err as Error).message}`, { file });
    }
    const problems = (result as { integrity_check: string }[]).map((r) => r.integrity_check).filter((m) => m !== 'ok');
    if (problems.length) throw new UprError('unsupported_format', `damaged store: integrity check failed (${problems.slice(0, 3).join('; ')})`, { file });
    const version = schemaVersion(db);
    const known = new Set(listMigrations().map((m) => m.name));
    const names = version ? (db.prepare('SELECT name FROM schema_migrations').all() as { name: string }[]).map((r) => r.name) : [];
    if (version === 0 || !names.some((n) => known.has(n)) || !db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'recommendations'").get()) {
      throw new UprError('unsupported_format', 'not a upr store: an SQLite database without upr\'s tables and migrations', { file });
    }
    const pages = db.pragma('page_count', { simple: true }) as number;
    const size = db.pragma('page_size', { simple: true }) as number;
    return { tables: tableCounts(db), schemaVersion: version, bytes: pages * size };
  } finally {
    db.close();
  }
}
