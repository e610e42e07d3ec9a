// `upr serve`: the web application on the store (search, States, statistics, exports, JSON API).
import { readFileSync } from 'node:fs';
import type { Command } from '../command.js';
import { openStoreForReading, openStoreForWriting } from '../open-store.js';
import { randomToken, secretProblem } from '../../accounts/index.js';
import { startServer, type RunningServer } from '../../web/index.js';
import { UprError } from '../../core/index.js';

export const serveCommand: Command = {
  name: 'serve',
  summary: 'Start the web application (search, State pages, statistics, exports, JSON API) on the store.',
  usage: 'upr serve [--port N] [--host H] [--base-url URL] [--trust-proxy] [--db PATH]',
  options: {
    'trust-proxy': { type: 'boolean', help: 'take the client address for sign-in rate limits from the last X-Forwarded-For entry (only behind your own reverse proxy; or $UPR_TRUST_PROXY=1)' },
  },
  help: `The address comes from the global flags --port (default 8080, or $UPR_PORT) and --host
(default 127.0.0.1, or $UPR_HOST). Links in the API, OpenAPI document and exports are relative unless
--base-url (or $UPR_BASE_URL) gives the public address; the request's Host header is never used.
The store must exist. The public pages read it through a read-only handle; accounts and workspaces
(sign-in, invitations, API tokens, the audit log) write through a second, read-write handle, so the
file must be writable. Sessions are signed with $UPR_SECRET, or the contents of the file named by
$UPR_SECRET_FILE (at least 32 characters, e.g. \`openssl rand -base64 32\`); without either a random
secret is used and every sign-in ends when the server stops. Accounts: see docs/accounts.md. Stop with Ctrl-C.
Examples:
  upr serve
  upr serve --port 3000 --host 0.0.0.0 --base-url https://upr.example.org`,
  async run(ctx, values) {
    const secret = serverSecret(process.env);
    const trustProxy = values['trust-proxy'] === true || /^(1|true|yes)$/i.test(process.env.UPR_TRUST_PROXY ?? '');
    const db = openStoreForReading(ctx.config);
    let writeDb;
    try {
      writeDb = openStoreForWriting(ctx.config);
    } catch (err) {
      db.close();
      throw err;
    }
    let server: RunningServer;
    try {
      server = await startServer(db, { port: ctx.config.port, host: ctx.config.host, baseUrl: ctx.config.baseUrl, writeDb, secret: secret ?? randomToken(), trustProxy });
    } catch (err) {
      db.close();
      writeDb.close();
      throw listenError(err, ctx.config.host, ctx.config.port);
    }
    ctx.stdout.write(`Serving ${ctx.config.db} at ${server.url}/ (Ctrl-C to stop)\n`);
    if (!secret) ctx.stderr.write('upr serve: no UPR_SECRET or UPR_SECRET_FILE: sessions are signed with a random secret and end when the server stops\n');
    await new Promise<void>((resolve) => {
      const stop = () => {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        void server.close().finally(() => {
          db.close();
          writeDb.close();
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

/** The signing secret from $UPR_SECRET or the file named by $UPR_SECRET_FILE (trimmed), or null when neither is set. */
function serverSecret(env: Record<string, string | undefined>): string | null {
  const file = env.UPR_SECRET_FILE;
  let secret = env.UPR_SECRET;
  let field = 'UPR_SECRET';
  if (!secret && file) {
    field = 'UPR_SECRET_FILE';
    try {
      secret = readFileSync(file, 'utf8');
    } catch (err) {
      throw new UprError('not_found', `cannot read the secret file (${(err as Error).message})`, { file, field });
    }
  }
  if (!secret) return null;
  const problem = secretProblem(secret);
  if (problem) throw new UprError('invalid_input', `the secret ${problem}`, { field, usage: true });
  return secret.trim();
}
