// Public face of the web application: build it over a store, or start it on a port.
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import type { Db } from '../store/index.js';
import { createApp, type AppOptions } from './app.js';

export { createApp, type AppOptions } from './app.js';
export { feedScope } from './routes/feeds.js';

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/** Starts the server on `host:port` (port 0 picks a free one); resolves once it listens. */
export function startServer(db: Db, opts: { port: number; host: string } & AppOptions): Promise<RunningServer> {
  const app = createApp(db, opts);
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: opts.port, hostname: opts.host }, (info: AddressInfo) => {
      const host = info.address.includes(':') ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${host}:${info.port}`,
        close: () => new Promise<void>((done, fail) => {
          server.close((err) => (err ? fail(err) : done()));
          (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
        }),
      });
    });
    server.once('error', reject);
  });
}
