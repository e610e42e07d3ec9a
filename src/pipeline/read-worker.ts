// A worker thread that reads, recognises and segments files for the ingest service (src/ingest's pure
// stages and the reader processes), so that the main thread is left to store and extract.
import { parentPort } from 'node:worker_threads';
import { prepareDocument } from '../ingest/index.js';
import { UprError } from '../core/index.js';
import type { ReadRequest, ReadReply } from './readers.js';

parentPort!.on('message', (req: ReadRequest) => {
  prepareDocument(req.file, req.known).then(
    // The two full texts are joins of pages sent anyway: left out, they cost a third of the copying (rebuilt on demand).
    (doc) => parentPort!.postMessage({ id: req.id, doc: { ...doc, raw: { ...doc.raw, text: '' }, text: { ...doc.text, text: '' } } } satisfies ReadReply),
    (err: unknown) => {
      const e = err as Error & { code?: unknown; details?: Record<string, unknown> };
      const error = { message: e instanceof Error ? e.message : String(err), code: e.code, details: e.details, upr: err instanceof UprError };
      parentPort!.postMessage({ id: req.id, error } satisfies ReadReply);
    },
  );
});
