// One document over HTTP into a `.part` file: timeout on every attempt, retries with exponential backoff on
// 5xx answers, timeouts and broken connections (resuming with a Range request when the server allows it),
// and a check that the answer is a PDF. The caller renames the finished file into place.
import { createWriteStream, existsSync, openSync, readSync, closeSync, statSync, unlinkSync } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import type { RateLimiter } from './rate-limit.js';

export interface DownloadSettings {
  timeoutMs: number;
  /** Attempts after the first one (default 3). */
  retries: number;
  /** First backoff delay; doubled after each failed attempt. */
  backoffMs: number;
  limiter: RateLimiter;
  onRetry?: (attempt: number, reason: string, delayMs: number) => void;
}

/** Why a download failed, for the caller to turn into a message. */
export type DownloadFailure =
  | { kind: 'not_found'; status: number }
  | { kind: 'not_pdf'; contentType: string; snippet: string }
  | { kind: 'offline'; code: string }
  | { kind: 'http'; status: number }
  | { kind: 'gave_up'; reason: string; attempts: number };

export class DownloadError extends Error {
  constructor(readonly failure: DownloadFailure) {
    super(failure.kind);
  }
}

const OFFLINE = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH']);
/** Failures worth another attempt: the connection broke or the answer was too slow. */
const TRANSIENT = new Set(['TimeoutError', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ECONNABORTED', 'EBADRANGE', 'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'UND_ERR_CLOSED']);

/** Downloads `url` into `partPath`; resolves with the content type once the file is complete and a PDF. */
export async function downloadPdf(url: string, partPath: string, s: DownloadSettings): Promise<{ contentType: string }> {
  for (let attempt = 0; ; attempt++) {
    let reason: string;
    try {
      await s.limiter.wait();
      return await attemptOnce(url, partPath, s.timeoutMs);
    } catch (err) {
      if (err instanceof DownloadError) {
        if (err.failure.kind !== 'http' || err.failure.status < 500) throw err;
        reason = `HTTP ${err.failure.status}`;
      } else {
        const code = errorCode(err);
        if (OFFLINE.has(code)) throw new DownloadError({ kind: 'offline', code });
        if (!TRANSIENT.has(code)) throw new DownloadError({ kind: 'gave_up', reason: describeCause(err), attempts: attempt + 1 });
        reason = code === 'TimeoutError' ? `no answer within ${s.timeoutMs / 1000} s` : `connection broken (${code})`;
      }
    }
    if (attempt >= s.retries) throw new DownloadError({ kind: 'gave_up', reason, attempts: attempt + 1 });
    const delay = s.backoffMs * 2 ** attempt;
    s.onRetry?.(attempt + 1, reason, delay);
    await new Promise((r) => setTimeout(r, delay));
  }
}

async function attemptOnce(url: string, partPath: string, timeoutMs: number): Promise<{ contentType: string }> {
  const have = existsSync(partPath) ? statSync(partPath).size : 0;
  const res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), headers: have > 0 ? { range: `bytes=${have}-` } : {}, redirect: 'follow' });
  const contentType = res.headers.get('content-type') ?? '';
  if (res.status === 404 || res.status === 410) {
    await res.body?.cancel();
    throw new DownloadError({ kind: 'not_found', status: res.status });
  }
  if (res.status !== 200 && res.status !== 206) {
    await res.body?.cancel();
    throw new DownloadError({ kind: 'http', status: res.status });
  }
  if (/text\/html|application\/json|text\/plain/i.test(contentType)) {
    const snippet = (await res.text()).replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 120);
    throw new DownloadError({ kind: 'not_pdf', contentType, snippet });
  }
  const resumed = res.status === 206 && new RegExp(`^bytes ${have}-`).test(res.headers.get('content-range') ?? '');
  if (res.status === 206 && !resumed) {
    // a range we did not ask for: start again from nothing
    await res.body?.cancel();
    if (existsSync(partPath)) unlinkSync(partPath);
    throw Object.assign(new Error('unexpected range'), { code: 'EBADRANGE' });
  }
  if (res.body) {
    const body = Readable.fromWeb(res.body as unknown as WebReadableStream<Uint8Array>);
    await pipeline(body, createWriteStream(partPath, { flags: resumed ? 'a' : 'w' }));
  }
  const magic = readStart(partPath, 5);
  if (magic !== '%PDF-') {
    const snippet = readStart(partPath, 400).replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 120);
    unlinkSync(partPath);
    throw new DownloadError({ kind: 'not_pdf', contentType, snippet });
  }
  return { contentType: contentType || 'application/pdf' };
}

function readStart(path: string, n: number): string {
  if (!existsSync(path)) return '';
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(n);
    const got = readSync(fd, buf, 0, n, 0);
    return buf.subarray(0, got).toString('latin1');
  } finally {
    closeSync(fd);
  }
}

function describeCause(err: unknown): string {
  const e = err as { message?: string; cause?: { message?: string } };
  return [e?.message, e?.cause?.message].filter(Boolean).join(': ') || String(err);
}

/** The most telling code of a fetch failure: `TimeoutError`, `ECONNRESET`, `UND_ERR_SOCKET`… */
function errorCode(err: unknown): string {
  const e = err as { name?: string; code?: string; cause?: { code?: string; name?: string; cause?: { code?: string } } };
  if (e?.name === 'TimeoutError' || e?.cause?.name === 'TimeoutError') return 'TimeoutError';
  return e?.cause?.code ?? e?.cause?.cause?.code ?? e?.code ?? e?.name ?? 'unknown';
}
