// Configuration declared once as a table (name, environment variable, default, help, parser),
// read once at the edge and passed down frozen.
import { dirname, join } from 'node:path';
import { UprError } from '../core/errors.js';

export interface Config {
  readonly db: string;
  readonly port: number;
  readonly host: string;
  /** Base URL of the UN Official Document System, or of a mirror of it. */
  readonly source: string;
  /** Folder of fetched documents; empty means `upr-cache` beside the store. */
  readonly cache: string;
  /** Requests a second to the document server, at most. */
  readonly rate: number;
  /** Seconds to wait for each answer of the document server. */
  readonly timeout: number;
}

interface Setting<K extends keyof Config> {
  key: K;
  flag: string;
  env: string;
  default: Config[K];
  help: string;
  parse(raw: string): Config[K];
}

export const SETTINGS: [Setting<'db'>, Setting<'port'>, Setting<'host'>, Setting<'source'>, Setting<'cache'>, Setting<'rate'>, Setting<'timeout'>] = [
  { key: 'db', flag: '--db', env: 'UPR_DB', default: './upr.db', help: 'path of the SQLite store', parse: (s) => s },
  {
    key: 'port', flag: '--port', env: 'UPR_PORT', default: 8080, help: 'port of the web server',
    parse: (s) => {
      const n = Number(s);
      if (!Number.isInteger(n) || n < 0 || n > 65535) throw new Error(`--port must be a port number 0-65535, got "${s}"`);
      return n;
    },
  },
  { key: 'host', flag: '--host', env: 'UPR_HOST', default: '127.0.0.1', help: 'address the web server listens on', parse: (s) => s },
  {
    key: 'source', flag: '--source', env: 'UPR_DOCS_URL', default: 'https://documents.un.org', help: 'UN Official Document System, or a mirror of it',
    parse: (s) => {
      if (!/^https?:\/\/[^\s/]+/.test(s)) throw new Error(`--source must be an http(s) URL, got "${s}"`);
      return s;
    },
  },
  { key: 'cache', flag: '--cache', env: 'UPR_CACHE', default: '', help: 'folder of fetched documents (default: upr-cache beside the store)', parse: (s) => s },
  { key: 'rate', flag: '--rate', env: 'UPR_RATE', default: 1, help: 'requests a second to the document server, at most', parse: positive('--rate') },
  { key: 'timeout', flag: '--timeout', env: 'UPR_TIMEOUT', default: 60, help: 'seconds to wait for each answer of the document server', parse: positive('--timeout') },
];

function positive(flag: string): (s: string) => number {
  return (s) => {
    const n = Number(s);
    if (!Number.isFinite(n) || n <= 0) throw new Error(`${flag} must be a number above 0, got "${s}"`);
    return n;
  };
}

/** The global flags the table declares, without their leading dashes (`db`, `port`…). */
export const SETTING_FLAGS: readonly string[] = SETTINGS.map((s) => s.flag.slice(2));

/** Help lines for the settings `keys`, for the commands that use them. */
export function settingsHelp(keys: readonly (keyof Config)[]): string {
  return SETTINGS.filter((s) => keys.includes(s.key))
    .map((s) => `  ${`${s.flag} VALUE`.padEnd(18)}${s.help} (${s.default === '' ? '' : `default ${s.default}, `}or $${s.env})`).join('\n');
}

/** Flags win over environment variables, which win over defaults. */
export function readConfig(flags: Partial<Record<keyof Config, string>>, env: Record<string, string | undefined>): Config {
  const out: Record<string, unknown> = {};
  for (const s of SETTINGS) {
    const raw = flags[s.key] ?? env[s.env];
    try {
      out[s.key] = raw === undefined || raw === '' ? s.default : s.parse(raw);
    } catch (err) {
      throw new UprError('invalid_input', (err as Error).message, { field: s.flag, value: raw, usage: true });
    }
  }
  if (out.cache === '') out.cache = join(dirname(out.db as string), 'upr-cache');
  return Object.freeze(out as unknown as Config);
}
