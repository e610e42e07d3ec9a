// Where files are read, recognised and segmented: in this thread (a few files), or in worker threads
// (a batch), one per file read at a time, so that reading runs beside storing instead of taking turns
// with it on the main thread.
import { Worker } from 'node:worker_threads';
import { prepareDocument, type DocumentText, type PreparedDocument } from '../ingest/index.js';
import { UprError, type ErrorCode } from '../core/index.js';

type Known = { sha256: string; sizeBytes: number };

export interface Reader {
  prepare(file: string, known: Known): Promise<PreparedDocument>;
  close(): Promise<void>;
}

export interface ReadRequest {
  id: number;
  file: string;
  known: Known;
}

export type ReadReply =
  | { id: number; doc: PreparedDocument; error?: undefined }
  | { id: number; error: { message: string; code: unknown; details: Record<string, unknown> | undefined; upr: boolean } };

/** Reads in the calling thread. */
export const inThreadReader: Reader = { prepare: (file, known) => prepareDocument(file, known), close: async () => undefined };

/** Reads in `size` worker threads, started now; `close()` ends them. */
export function workerReader(size: number): Reader {
  const url = new URL(`./read-worker.${FROM_SOURCE ? 'ts' : 'js'}`, import.meta.url);
  type Task = { req: ReadRequest; resolve: (d: PreparedDocument) => void; reject: (e: unknown) => void };
  const idle: Worker[] = [];
  const queue: Task[] = [];
  const busy = new Map<Worker, Task>();
  let live = size;
  let closing = false;
  let nextId = 0;
  const dispatch = () => {
    while (idle.length > 0 && queue.length > 0) {
      const task = queue.shift()!;
      const worker = idle.pop()!;
      busy.set(worker, task);
      worker.postMessage(task.req);
    }
  };
  const workers = Array.from({ length: size }, () => {
    const worker = startWorker(url);
    worker.on('message', (reply: ReadReply) => {
      const task = busy.get(worker)!;
      busy.delete(worker);
      idle.push(worker);
      if (reply.error) task.reject(rebuildError(reply.error));
      else task.resolve(withFullTexts(reply.doc));
      dispatch();
    });
    let failure: Error | undefined;
    worker.on('error', (err) => void (failure = err));
    worker.on('exit', (code) => {
      if (closing) return;
      // A worker that dies fails its file; when none is left, so does every file still waiting.
      const err = failure ?? new Error(`a reader thread stopped (exit code ${code})`);
      busy.get(worker)?.reject(err);
      busy.delete(worker);
      if (idle.includes(worker)) idle.splice(idle.indexOf(worker), 1);
      if (--live === 0) for (const task of queue.splice(0)) task.reject(err);
    });
    idle.push(worker);
    return worker;
  });
  return {
    prepare: (file, known) => new Promise((resolve, reject) => {
      if (live === 0) return reject(new Error('the reader threads stopped'));
      queue.push({ req: { id: nextId++, file, known }, resolve, reject });
      dispatch();
    }),
    close: async () => {
      closing = true;
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}

/** The document as the worker read it, its full texts (joins of its pages, left out of the message) rebuilt when first read. */
function withFullTexts(doc: PreparedDocument): PreparedDocument {
  const joined = (t: DocumentText) => {
    let text: string | undefined;
    return Object.defineProperty({ ...t }, 'text', { get: () => (text ??= t.pages.join('\n')), enumerable: true });
  };
  return { ...doc, raw: joined(doc.raw), text: joined(doc.text) };
}

/** Run from source (tsx: tests, benchmarks) this module is a .ts file, and so is the worker. */
const FROM_SOURCE = import.meta.url.endsWith('.ts');

function startWorker(url: URL): Worker {
  if (!FROM_SOURCE) return new Worker(url);
  // Loader hooks given with --import do not reach worker threads: the worker registers tsx itself.
  const tsx = import.meta.resolve('tsx/esm/api');
  return new Worker(`import(${JSON.stringify(tsx)}).then((m) => m.register()).then(() => import(${JSON.stringify(url.href)}))`, { eval: true });
}

/** The error as thrown in the worker: a `UprError` with its code and details, or a file-system error with its code. */
function rebuildError(e: Extract<ReadReply, { error: object }>['error']): Error {
  if (e.upr) return new UprError(e.code as ErrorCode, e.message, e.details);
  return Object.assign(new Error(e.message), { code: e.code });
}
