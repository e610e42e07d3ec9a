// A local stand-in for the UN Official Document System, for tests that must not touch the network:
// /api/symbol/access?s=SYMBOL&l=LANG&t=pdf redirects to /files/… which serves the file (with Range), and
// chosen symbols misbehave as the real server sometimes does.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';

/**
 * `html`: a 200 HTML "document not found" page; `disguised`: HTML sent as application/pdf; `flaky`: HTTP 500
 * twice, then the file; `slow`: the first answer comes after `slowMs`; `interrupt`: the first body is cut
 * halfway; `gone`: HTTP 404 although a file is known.
 */
export type Misbehaviour = 'html' | 'disguised' | 'flaky' | 'slow' | 'interrupt' | 'gone';

export interface OdsServer {
  url: string;
  /** Requests received, as `METHOD path` lines, in order. */
  requests: string[];
  close(): Promise<void>;
}

/** Serves `files` (symbol → path on disk) in English; `misbehave` picks symbols that answer badly. */
export async function startOdsServer(files: Record<string, string>, misbehave: Record<string, Misbehaviour> = {}, slowMs = 2000): Promise<OdsServer> {
  const requests: string[] = [];
  const seen = new Map<string, number>();
  const bySlug = new Map(Object.entries(files).map(([symbol, path]) => [slug(symbol), { symbol, path }]));
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    requests.push(`${req.method} ${req.url}`);
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/api/symbol/access') {
      const symbol = url.searchParams.get('s') ?? '';
      const n = (seen.get(symbol) ?? 0) + 1;
      seen.set(symbol, n);
      const how = misbehave[symbol];
      if (url.searchParams.get('l') !== 'en' || url.searchParams.get('t') !== 'pdf') return send(res, 404, 'text/plain', 'no such language');
      if (how === 'html') return send(res, 200, 'text/html; charset=utf-8', '<html><head><title>Document not found</title></head><body><h1>Document not found</h1></body></html>');
      if (how === 'disguised') return send(res, 200, 'application/pdf', '<!DOCTYPE html><html><body>Sorry, the document is not available</body></html>');
      if (how === 'flaky' && n <= 2) return send(res, 500, 'text/plain', 'internal error');
      if (how === 'gone' || !files[symbol]) return send(res, 404, 'text/html', '<html><body>Not Found</body></html>');
      const go = () => { res.writeHead(302, { location: `/files/${slug(symbol)}.pdf` }); res.end(); };
      if (how === 'slow' && n === 1) return void setTimeout(go, slowMs);
      return go();
    }
    const m = /^\/files\/(.+)\.pdf$/.exec(url.pathname);
    const hit = m ? bySlug.get(m[1]!) : undefined;
    if (!hit) return send(res, 404, 'text/plain', 'not found');
    serveFile(req, res, readFileSync(hit.path), misbehave[hit.symbol] === 'interrupt' && requests.filter((r) => r.includes(`/files/${m![1]}`)).length === 1);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise<void>((r) => { server.closeAllConnections(); server.close(() => r()); }),
  };
}

function serveFile(req: IncomingMessage, res: ServerResponse, bytes: Buffer, cut: boolean): void {
  const range = /^bytes=(\d+)-$/.exec(req.headers.range ?? '');
  const from = range ? Number(range[1]) : 0;
  const body = bytes.subarray(from);
  const headers: Record<string, string | number> = { 'content-type': 'application/pdf', 'content-length': body.length, 'accept-ranges': 'bytes' };
  if (range) headers['content-range'] = `bytes ${from}-${bytes.length - 1}/${bytes.length}`;
  res.writeHead(range ? 206 : 200, headers);
  if (!cut) return void res.end(body);
  res.write(body.subarray(0, Math.floor(body.length / 2)), () => res.socket?.destroy());
}

function send(res: ServerResponse, status: number, type: string, text: string): void {
  res.writeHead(status, { 'content-type': type });
  res.end(text);
}

const slug = (symbol: string) => symbol.replace(/[^A-Za-z0-9]+/g, '-');
