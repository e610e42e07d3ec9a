// The fetch service: planned documents in, one outcome per document out. Each document already in the cache
// is used as it is (unless `refresh`); the others are downloaded politely (rate limit, retries) into a
// temporary file, checked, hashed and renamed into the cache, and the index records them.
import { existsSync, renameSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { UprError } from '../core/index.js';
import { cachedEntry, ensureCacheDir, recordCacheEntry, sha256File } from './cache.js';
import { downloadPdf, DownloadError, type DownloadFailure } from './download.js';
import { cacheFileName, documentUrl } from './naming.js';
import { createRateLimiter } from './rate-limit.js';
import type { FetchEvent, FetchOptions, FetchOutcome, FetchRequest } from './types.js';

/**
 * Fetches `requests` into the cache folder. A document that fails gets a `failed` outcome with the reason
 * and the others go on; when the server cannot be reached at all, throws one `not_found` error saying so.
 */
export async function fetchDocuments(requests: readonly FetchRequest[], o: FetchOptions): Promise<FetchOutcome[]> {
  ensureCacheDir(o.cacheDir);
  const limiter = createRateLimiter(o.ratePerSecond);
  const report = (e: FetchEvent) => o.onProgress?.(e);
  const outcomes: FetchOutcome[] = [];
  for (const [i, req] of requests.entries()) {
    report({ kind: 'start', symbol: req.symbol, done: i, total: requests.length });
    const outcome = await fetchOne(req, o, limiter, report);
    outcomes.push(outcome);
    report({ kind: 'done', outcome, done: i + 1, total: requests.length });
  }
  return outcomes;
}

async function fetchOne(req: FetchRequest, o: FetchOptions, limiter: ReturnType<typeof createRateLimiter>, report: (e: FetchEvent) => void): Promise<FetchOutcome> {
  const lang = o.lang;
  const url = documentUrl(o.source, req.symbol, lang);
  const file = cacheFileName(req.symbol, lang);
  const path = join(o.cacheDir, file);
  const base = { symbol: req.symbol, lang, url, need: req.need ?? 'required' } as const;
  const before = cachedEntry(o.cacheDir, req.symbol, lang);
  if (before && !o.refresh && (await sha256File(path)) === before.sha256) {
    return { ...base, status: 'cached', path, sha256: before.sha256, sizeBytes: before.sizeBytes, reason: null };
  }
  const part = `${path}.part`;
  try {
    const { contentType } = await downloadPdf(url, part, {
      timeoutMs: o.timeoutMs, retries: o.retries ?? 3, backoffMs: o.backoffMs ?? 1000, limiter,
      onRetry: (attempt, reason, delayMs) => report({ kind: 'retry', symbol: req.symbol, attempt, reason, delayMs }),
    });
    const sha256 = await sha256File(part);
    const sizeBytes = statSync(part).size;
    renameSync(part, path);
    recordCacheEntry(o.cacheDir, { symbol: req.symbol, lang, file, sha256, sizeBytes, url, contentType, fetchedAt: new Date().toISOString() });
    const status = !before ? 'downloaded' : before.sha256 === sha256 ? 'cached' : 'updated';
    return { ...base, status, path, sha256, sizeBytes, reason: null };
  } catch (err) {
    if (!(err instanceof DownloadError)) throw err;
    const f = err.failure;
    if (f.kind === 'offline') {
      throw new UprError('not_found', `cannot reach ${new URL(url).host} (${f.code}): offline? Check the network, or point --source (UPR_DOCS_URL) at a mirror`, { url });
    }
    const absent = f.kind === 'not_found' || f.kind === 'not_pdf';
    if (absent && base.need === 'optional') return { ...base, status: 'absent', path: null, sha256: null, sizeBytes: 0, reason: 'none published' };
    return { ...base, status: 'failed', path: existsSync(path) ? path : null, sha256: null, sizeBytes: 0, reason: describeFailure(f, req, url, o.today) };
  }
}

/** One line saying why a document could not be fetched. */
export function describeFailure(f: DownloadFailure, req: FetchRequest, url: string, today: string): string {
  switch (f.kind) {
    case 'not_found':
      return req.sessionEnd && req.sessionEnd >= today
        ? `not published yet (its session ends ${req.sessionEnd}); try again after the session`
        : `not found at ${url} (HTTP ${f.status}); check the symbol`;
    case 'not_pdf':
      return `the server answered with ${f.contentType || 'something'} instead of a PDF${f.snippet ? ` ("${f.snippet}")` : ''} at ${url}`;
    case 'http':
      return `the server answered HTTP ${f.status} at ${url}`;
    case 'gave_up':
      return `gave up after ${f.attempts} attempts (${f.reason}) at ${url}`;
    case 'offline':
      return `cannot reach the server (${f.code})`;
  }
}

