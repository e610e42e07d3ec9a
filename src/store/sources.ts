// Imported files: each has one row, found again by its SHA-256 so re-imports are recognised.
import type { Db } from './database.js';

export interface SourceFile {
  kind: 'upr-info-csv' | 'document' | 'uhri';
  path: string;
  fileName: string;
  sha256: string;
  sizeBytes: number;
}

export interface SourceRow extends SourceFile {
  id: number;
  importedAt: string;
}

/** Returns the id of the source with this SHA-256, inserting it when new. */
export function ensureSource(db: Db, file: SourceFile): number {
  const existing = db.prepare('SELECT id FROM sources WHERE sha256 = ?').get(file.sha256) as { id: number } | undefined;
  if (existing) return existing.id;
  const r = db
    .prepare(`INSERT INTO sources (kind, path, file_name, sha256, size_bytes, imported_at) VALUES (?, ?, ?, ?, ?, ?)`)
    .run(file.kind, file.path, file.fileName, file.sha256, file.sizeBytes, new Date().toISOString());
  return Number(r.lastInsertRowid);
}

export function findSourceBySha(db: Db, sha256: string): SourceRow | undefined {
  return db
    .prepare(`SELECT id, kind, path, file_name AS fileName, sha256, size_bytes AS sizeBytes, imported_at AS importedAt
      FROM sources WHERE sha256 = ?`)
    .get(sha256) as SourceRow | undefined;
}
