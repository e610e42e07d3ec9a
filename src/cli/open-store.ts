// How CLI commands open the store: read commands read-only (never creating one), writers with the busy timeout.
import { openStore, setSearchBudget, type Db } from '../store/index.js';
import type { Config } from './config.js';

/** For search, stats, serve, report, export: the store at --db must exist; it is opened read-only, searches within --search-budget. */
export function openStoreForReading(config: Config): Db {
  const db = openStore(config.db, { mode: 'read', busyTimeoutMs: config.busyTimeout });
  setSearchBudget(db, config.searchBudget);
  return db;
}

/** For import, ingest, classify, demo: creates the store if needed; a write waits for other writers. */
export function openStoreForWriting(config: Config): Db {
  return openStore(config.db, { mode: 'write', busyTimeoutMs: config.busyTimeout });
}
