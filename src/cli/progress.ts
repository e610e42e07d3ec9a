// Progress on long work: a redrawn bar on a terminal, a plain line every few seconds otherwise.
import type { Output } from './command.js';

export interface Progress {
  update(done: number, total: number, label?: string): void;
  done(message?: string): void;
}

export function createProgress(out: Output, title: string, minIntervalMs = 2000): Progress {
  let last = 0;
  let lastLabel = '';
  let printedFinal = false;
  return {
    update(done, total, label = '') {
      const now = Date.now();
      const finished = done >= total;
      if (out.isTTY) {
        if (now - last < 80 && !finished) return;
        const width = Math.max(10, Math.min(40, (out.columns ?? 80) - title.length - 40));
        const filled = total > 0 ? Math.round((done / total) * width) : width;
        const pct = total > 0 ? Math.floor((done / total) * 100) : 100;
        out.write(`\r${title} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${pct}% ${done}/${total} ${label.slice(0, 30)}\x1b[K`);
      } else {
        // A plain line every few seconds and always the last one, so a log never ends on "1/4424".
        if (finished ? printedFinal : now - last < minIntervalMs && label === lastLabel) return;
        printedFinal = finished;
        out.write(`${title}: ${done}/${total}${label ? ` ${label}` : ''}\n`);
      }
      last = now;
      lastLabel = label;
    },
    done(message) {
      if (out.isTTY) out.write('\r\x1b[K');
      if (message) out.write(message + '\n');
    },
  };
}
