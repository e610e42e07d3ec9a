// What `upr fetch` and `upr update` print about fetching: progress lines on stderr, the summary table.
import type { CommandContext, Output } from '../command.js';
import { renderTable } from '../table.js';
import { parseLanguage, type FetchEvent, type FetchOptions, type FetchOutcome } from '../../fetch/index.js';

/** The fetch options a command runs with: the config table's settings, today's date, progress on stderr. */
export function fetchOptions(ctx: CommandContext, values: Record<string, unknown>): FetchOptions {
  const { source, cache, rate, timeout } = ctx.config;
  return {
    source, cacheDir: cache, ratePerSecond: rate, timeoutMs: timeout * 1000, lang: parseLanguage((values.lang as string | undefined) ?? 'en'),
    refresh: Boolean(values.refresh), today: new Date().toISOString().slice(0, 10), onProgress: progressPrinter(ctx.stderr),
  };
}

function progressPrinter(out: Output): (e: FetchEvent) => void {
  return (e) => {
    if (e.kind === 'retry') out.write(`  ${e.symbol}: ${e.reason}; attempt ${e.attempt + 1} in ${(e.delayMs / 1000).toFixed(1)} s\n`);
    if (e.kind !== 'done') return;
    const o = e.outcome;
    const what = o.status === 'failed' ? `failed: ${o.reason}` : o.status === 'absent' ? 'none published' : `${o.status} (${kb(o.sizeBytes)})`;
    out.write(`fetch [${e.done}/${e.total}] ${o.symbol} (${o.lang}): ${what}\n`);
  };
}

const kb = (bytes: number) => `${Math.round(bytes / 1024)} kB`;

/** The summary table and count line. */
export function renderFetchSummary(outcomes: FetchOutcome[], cacheDir: string): string {
  const count = (s: FetchOutcome['status']) => outcomes.filter((o) => o.status === s).length;
  const shown = outcomes.filter((o) => o.status !== 'absent');
  const table = shown.length === 0 ? '' : renderTable(shown, [
    { header: 'symbol', get: (o) => o.symbol },
    { header: 'lang', get: (o) => o.lang },
    { header: 'status', get: (o) => o.status },
    { header: 'size', get: (o) => (o.sizeBytes ? kb(o.sizeBytes) : ''), align: 'right' },
    { header: 'SHA-256', get: (o) => o.sha256?.slice(0, 12) ?? '' },
    { header: 'file or reason', get: (o) => o.reason ?? o.path ?? '', max: 110 },
  ]);
  return `${table}${outcomes.length} document(s): ${count('downloaded')} downloaded, ${count('updated')} updated, ${count('cached')} already in the cache, ` +
    `${count('absent')} optional not published (corrigenda), ${count('failed')} failed. Cache: ${cacheDir}\n`;
}
