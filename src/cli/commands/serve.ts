// `upr serve`: the web application on the store (search, States, statistics, exports, JSON API).
import type { Command } from '../command.js';
import { openStore } from '../../store/index.js';
import { startServer } from '../../web/index.js';

export const serveCommand: Command = {
  name: 'serve',
  summary: 'Start the web application (search, State pages, statistics, exports, JSON API) on the store.',
  usage: 'upr serve [--port N] [--host H] [--db PATH]',
  options: {},
  help: `The address comes from the global flags --port (default 8080, or $UPR_PORT) and --host
(default 127.0.0.1, or $UPR_HOST). Stop with Ctrl-C.
Examples:
  upr serve
  upr serve --port 3000 --host 0.0.0.0`,
  async run(ctx) {
    const db = openStore(ctx.config.db);
    const server = await startServer(db, { port: ctx.config.port, host: ctx.config.host });
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
