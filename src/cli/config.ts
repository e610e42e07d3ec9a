// Configuration declared once as a table (name, environment variable, default, help, parser),
// read once at the edge and passed down frozen.

export interface Config {
  readonly db: string;
  readonly port: number;
  readonly host: string;
}

interface Setting<K extends keyof Config> {
  key: K;
  flag: string;
  env: string;
  default: Config[K];
  help: string;
  parse(raw: string): Config[K];
}

export const SETTINGS: [Setting<'db'>, Setting<'port'>, Setting<'host'>] = [
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
];

/** Flags win over environment variables, which win over defaults. */
export function readConfig(flags: Partial<Record<keyof Config, string>>, env: Record<string, string | undefined>): Config {
  const out: Record<string, unknown> = {};
  for (const s of SETTINGS) {
    const raw = flags[s.key] ?? env[s.env];
    out[s.key] = raw === undefined || raw === '' ? s.default : s.parse(raw);
  }
  return Object.freeze(out as unknown as Config);
}
