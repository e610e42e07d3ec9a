// `upr restore`: replaces the store by a verified backup, never leaving a half-restored store: the backup is
// checked, copied to a temporary file beside the store, migrated and checked again, and only then renamed over
// the store; the previous store is kept as STORE.before-restore.
import Database from 'better-sqlite3';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { UprError } from '../core/index.js';
import { migrate } from './database.js';
import { knownSchemaVersion, verifyBackupFile, type BackupProgress, type TableCounts } from './backup.js';

export interface RestoreResult {
  store: string;
  /** Where the previous store now is (undefined when there was none). */
  previous?: string;
  tables: TableCounts;
  /** Migrations applied to bring a backup from an older version up to date. */
  upgraded: number[];
}

/** The suffix of the previous store kept by a restore. */
export const BEFORE_RESTORE = '.before-restore';

/**
 * Restores `backupFile` as the store at `storePath`. Refuses, with the store untouched, a file that is not a
 * healthy upr store or that comes from a newer schema. The server should be stopped first: it keeps the old
 * file open until restarted.
 */
export async function restoreStore(storePath: string, backupFile: string, onProgress?: BackupProgress): Promise<RestoreResult> {
  if (!existsSync(backupFile)) throw new UprError('not_found', 'no backup file at this path', { file: backupFile });
  const checked = verifyBackupFile(backupFile);
  const known = knownSchemaVersion();
  if (checked.schemaVersion > known) {
    throw new UprError('unsupported_format', `the backup comes from a newer version of upr (schema ${checked.schemaVersion}, this one knows ${known}): restore it with that version`, { file: backupFile });
  }
  const temp = `${storePath}.restoring`;
  removeStore(temp);
  try {
    const source = new Database(backupFile, { readonly: true, fileMustExist: true });
    try {
      await source.backup(temp, {
        progress: ({ totalPages, remainingPages }) => {
          onProgress?.(totalPages - remainingPages, totalPages);
          return 1024;
        },
      });
    } finally {
      source.close();
    }
    const upgraded = upgrade(temp);
    const copy = verifyBackupFile(temp);
    const lost = Object.keys(checked.tables).filter((t) => copy.tables[t] !== checked.tables[t] && !upgraded.length);
    if (lost.length) throw new UprError('conflict', `the restored copy differs from the backup (tables ${lost.join(', ')}); the store is untouched`, { file: backupFile });
    let previous: string | undefined;
    if (existsSync(storePath)) {
      checkpoint(storePath);
      previous = `${storePath}${BEFORE_RESTORE}`;
      removeStore(previous);
      renameSync(storePath, previous);
    }
    renameSync(temp, storePath);
    rmSync(`${storePath}-wal`, { force: true });
    rmSync(`${storePath}-shm`, { force: true });
    return { store: storePath, previous, tables: copy.tables, upgraded };
  } catch (err) {
    removeStore(temp);
    throw err;
  }
}

/** Applies this version's migrations to the copy (a backup from an older upr), and puts it in WAL mode. */
function upgrade(path: string): number[] {
  const db = new Database(path);
  try {
    db.pragma('foreign_keys = ON');
    const applied = migrate(db);
    db.pragma('journal_mode = WAL'); // the store's own mode (database.ts), so an open store shows by its log
    return applied;
  } finally {
    db.close();
  }
}

/** Folds the store's write-ahead log into the file, so that renaming the file moves every committed write. */
function checkpoint(path: string): void {
  const db = new Database(path, { fileMustExist: true });
  try {
    db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.close();
  }
  // The last connection to close removes the log: if it is still there, another process has the store open.
  if (existsSync(`${path}-wal`)) {
    throw new UprError('conflict', 'the store is open in another process (upr serve, import or update): stop it, then restore; the store is untouched', { file: path });
  }
}

function removeStore(path: string): void {
  for (const p of [path, `${path}-wal`, `${path}-shm`, `${path}-journal`]) rmSync(p, { force: true });
}
