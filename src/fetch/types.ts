// The shapes the fetch service takes and hands back.
import type { FetchLanguage } from './naming.js';

export interface FetchRequest {
  symbol: string;
  /** `optional` (a corrigendum that may not exist): a 404 gives the outcome `absent`, not `failed`. */
  need?: 'required' | 'optional';
  /** Last day of the document's Working Group session, when known: a 404 before it means "not published yet". */
  sessionEnd?: string;
}

export interface FetchOptions {
  /** Base URL of the UN Official Document System or a mirror of it. */
  source: string;
  cacheDir: string;
  lang: FetchLanguage;
  /** Requests a second at most. */
  ratePerSecond: number;
  /** Per attempt. */
  timeoutMs: number;
  retries?: number;
  backoffMs?: number;
  /** Ask the server again for documents already in the cache (those whose content changed become `updated`). */
  refresh?: boolean;
  /** YYYY-MM-DD. */
  today: string;
  onProgress?: (event: FetchEvent) => void;
}

/** `downloaded`: new in the cache; `updated`: its content changed; `cached`: as before; `absent`: an optional document that does not exist. */
export type FetchStatus = 'downloaded' | 'updated' | 'cached' | 'absent' | 'failed';

export interface FetchOutcome {
  symbol: string;
  lang: FetchLanguage;
  need: 'required' | 'optional';
  url: string;
  status: FetchStatus;
  /** The file in the cache (null when there is none). */
  path: string | null;
  sha256: string | null;
  sizeBytes: number;
  /** Why it failed, in one line. */
  reason: string | null;
}

export type FetchEvent =
  | { kind: 'start'; symbol: string; done: number; total: number }
  | { kind: 'retry'; symbol: string; attempt: number; reason: string; delayMs: number }
  | { kind: 'done'; outcome: FetchOutcome; done: number; total: number };
