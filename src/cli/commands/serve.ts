// `upr serve`: the web application on the store (search, States, statistics, exports, JSON API).
import type { Command } from '../command.js';
import { openStoreForReading } from '../open-store.js';
import { startServer, type RunningServer } from '../../web/index.js';
import { UprError } from '../../core/index.js';

export const serveCommand: Command = {
  name: 'serve',
  summary: 'Start the web application (search, State pages, statistics, exports, JSON API) on the store.',
  usage: 'upr serve [--port N] [--host H] [--base-url URL] [--db PATH]',
  options: {},
  help: `The address comes from the global flags --port (default 8080, or $UPR_PORT) and --host
(default 127.0.0.1, or $UPR_HOST). Links in the API, OpenAPI document and exports are relative unless
--base-url (or $UPR_BASE_URL) gives the public address; the request's Host header is never used.
The store is opened read-only and must exist. Stop with Ctrl-C.
Examples:
  upr serve
  upr serve --port 3000 --host 0.0.0.0 --base-url https://upr.example.org`,
  async run(ctx) {
    const db = openStoreForReading(ctx.config);
    let server: RunningServer;
    try {
      server = await startServer(db, { port: ctx.config.port, host: ctx.config.host, baseUrl: ctx.config.baseUrl });
    } catch (err) {
      db.close();
      throw listenError(err, ctx.config.host, ctx.config.port);
    }
    ctx.stdout.write(`Serving ${ctx.config.db} at ${server.url}/ (Ctrl-C to stop)\n`);
    await new Promise<void>((resolve) => {
      const stop = () => {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        void server.close().finally(() => {
          db.close();
          resolve();
        });
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    });
    return 0;
  },
};

/** The listening errors a user can fix, as one clear line. */
function listenError(err: unknown, host: string, port: number): unknown {
  const code = (err as NodeJS.ErrnoException).code;
  const where = `${host}:${port}`;
  if (code === 'EADDRINUSE') return new UprError('conflict', `cannot listen on ${where}: the port is already in use (choose another with --port or UPR_PORT)`, { value: String(port) });
  if (code === 'EACCES') return new UprError('conflict', `cannot listen on ${where}: permission denied (ports below 1024 need privileges; choose another with --port)`, { value: String(port) });
  if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') return new UprError('invalid_input', `cannot listen on ${where}: no such address on this machine (check --host or UPR_HOST)`, { value: host, usage: true });
  return err;
}
