// Operations at cycle-1 + cycle-2 scale (four UPR Info exports, ~30,000 recommendations): `upr backup` (online
// backup + read-back verification), `upr restore`, Atom feed queries, and what the added_at trigger of migration
// 017 costs an import (the same import with the trigger dropped).
import { existsSync, readFileSync, rmSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createHash } from 'node:crypto';
import { openStore, importUprInfoRows, backupStore, restoreStore, listNews, type Db } from '../src/store/index.js';
import { parseUprInfoCsv, decodeText } from '../src/ingest/index.js';
import { latencySummary, timeMs } from './stats.js';

const DIR = resolve('../shared/data/upr-info');
const FILES = ['upr-info-sessions-01-04.csv', 'upr-info-sessions-05-08.csv', 'upr-info-sessions-09-12.csv', 'upr-info-sessions-13-16.csv'];

function load(db: Db): number {
  return timeMs(() => {
    for (const f of FILES) {
      const bytes = readFileSync(join(DIR, f));
      importUprInfoRows(db, { kind: 'upr-info-csv', path: f, fileName: f, sha256: createHash('sha256').update(bytes).digest('hex'), sizeBytes: bytes.length },
        parseUprInfoCsv(decodeText(bytes).text, f).value);
    }
  })[1];
}

export default async function bench(): Promise<void> {
  if (!FILES.every((f) => existsSync(join(DIR, f)))) {
    console.log(`SKIPPED: ${DIR} not found`);
    return;
  }
  const tmp = mkdtempSync(join(tmpdir(), 'upr-bench-'));
  try {
    const plain = openStore(join(tmp, 'plain.db'));
    plain.exec('DROP TRIGGER recommendations_added_at');
    const plainMs = load(plain);
    plain.close();
    const db = openStore(join(tmp, 'store.db'));
    const importMs = load(db);
    const n = (db.prepare('SELECT count(*) AS n FROM recommendations').get() as { n: number }).n;
    console.log(`import of 4 UPR Info files (${n} records): ${(importMs / 1000).toFixed(2)} s with the added_at trigger, ${(plainMs / 1000).toFixed(2)} s without`);
    db.pragma('wal_checkpoint(TRUNCATE)');
    const size = statSync(join(tmp, 'store.db')).size;
    const [result, backupMs] = await timeAsync(() => backupStore(db, join(tmp, 'backup.db')));
    console.log(`backup of a ${(size / 1048576).toFixed(1)} MB store (${result.pages} pages, ${Object.keys(result.tables).length} tables) with read-back verification: ${(backupMs / 1000).toFixed(2)} s`);
    const feeds: number[] = [];
    for (let i = 0; i < 40; i++) {
      const scope = i % 2 === 0 ? { states: [['SVN', 'FRA', 'BRA', 'IND'][i % 4]!] } : { filters: { query: ['child', 'torture', 'education', 'marriage'][i % 4]! } };
      feeds.push(timeMs(() => listNews(db, scope, { limit: 50 }))[1]);
    }
    console.log(`feed query (50 newest, followed State or a full-text search): ${latencySummary(feeds)}`);
    db.close();
    const [, restoreMs] = await timeAsync(() => restoreStore(join(tmp, 'store.db'), join(tmp, 'backup.db')));
    console.log(`restore of that backup (check, copy, check again, rename): ${(restoreMs / 1000).toFixed(2)} s`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

async function timeAsync<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const t = performance.now();
  const v = await fn();
  return [v, performance.now() - t];
}
