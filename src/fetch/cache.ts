// The local cache of fetched documents: one PDF per symbol and language, and index.json with the SHA-256,
// URL, date and content type of each. Every write goes to a temporary file renamed into place, so an
// interrupted run never leaves a half-written file under its final name.
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { UprError } from '../core/index.js';
import { cacheKey, type FetchLanguage } from './naming.js';

export interface CacheEntry {
  symbol: string;
  lang: FetchLanguage;
  /** File name inside the cache folder. */
  file: string;
  sha256: string;
  sizeBytes: number;
  url: string;
  contentType: string;
  fetchedAt: string;
}

export interface CacheIndex {
  formatVersion: 1;
  entries: Record<string, CacheEntry>;
}

const INDEX = 'index.json';

/** Reads the cache index of `dir` (empty when the folder or index does not exist yet). */
export function readCacheIndex(dir: string): CacheIndex {
  const path = join(dir, INDEX);
  if (!existsSync(path)) return { formatVersion: 1, entries: {} };
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as CacheIndex;
    if (parsed.formatVersion !== 1 || typeof parsed.entries !== 'object') throw new Error('unknown format');
    return parsed;
  } catch (err) {
    throw new UprError('parse_failed', `the cache index is unreadable (${(err as Error).message}); delete it to start the cache afresh`, { file: path });
  }
}

/** Records `entry` in the index of `dir` (read, changed and written back atomically). */
export function recordCacheEntry(dir: string, entry: CacheEntry): void {
  const index = readCacheIndex(dir);
  index.entries[cacheKey(entry.symbol, entry.lang)] = entry;
  writeAtomically(join(dir, INDEX), JSON.stringify(index, null, 2) + '\n');
}

/** The entry of `symbol` in `lang`, when its file is still there. */
export function cachedEntry(dir: string, symbol: string, lang: FetchLanguage): CacheEntry | undefined {
  const e = readCacheIndex(dir).entries[cacheKey(symbol, lang)];
  return e && existsSync(join(dir, e.file)) ? e : undefined;
}

export function ensureCacheDir(dir: string): void {
  mkdirSync(dir, { recursive: true });
}

function writeAtomically(path: string, text: string): void {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, path);
}

/** SHA-256 (hex) of a file, streamed. */
export async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
