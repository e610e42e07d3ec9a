// Configuration declared once as a table (name, flag, environment variable, default, help, parser),
// read once at the edge and passed down frozen. A bad value is a usage error naming the flag or variable.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { UprError } from '../core/index.js';

export interface Config {
  readonly db: string;
  readonly port: number;
  readonly host: string;
  /** Public base URL of the web application without trailing slash ('' : links are relative). */
  readonly baseUrl: string;
  /** Milliseconds a writer waits for another writer's transaction before giving up. */
  readonly busyTimeout: number;
  /** Milliseconds one search may take before it is refused (over_budget); 0 for no limit. */
  readonly searchBudget: number;
  /** Base URL of the UN Official Document System, or of a mirror of it. */
  readonly source: string;
  /** Folder of fetched documents (default `upr-cache` beside the store). */
  readonly cache: string;
  /** Requests a second to the document server, at most. */
  readonly rate: number;
  /** Seconds to wait for each answer of the document server. */
  readonly timeout: number;
  /** SMTP server of e-mail digests (smtp://user:pass@host:587), '' when none is configured. */
  readonly smtpUrl: string;
  /** Sender address of e-mail digests. */
  readonly mailFrom: string;
}

interface Setting<K extends keyof Config> {
  key: K;
  flag: string;
  valueName: string;
  env: string;
  default: Config[K];
  help: string;
  /** Parses a raw value; throws a plain Error whose message follows the flag or variable name. */
  parse(raw: string): Config[K];
}

type AnySetting = { [K in keyof Config]: Setting<K> }[keyof Config];

function positive(s: string): number {
  const n = Number(s);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`must be a number above 0, got "${s}"`);
  return n;
}

function integer(raw: string, min: number, max: number, what: string): number {
  const n = /^\s*\d+\s*$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) throw new Error(`must be ${what} ${min}-${max}, got "${raw}"`);
  return n;
}

export const SETTINGS: readonly AnySetting[] = [
  { key: 'db', flag: '--db', valueName: 'PATH', env: 'UPR_DB', default: './upr.db', help: 'SQLite store', parse: (s) => s },
  { key: 'port', flag: '--port', valueName: 'N', env: 'UPR_PORT', default: 8080, help: 'port of the web server', parse: (s) => integer(s, 0, 65535, 'a port number') },
  { key: 'host', flag: '--host', valueName: 'H', env: 'UPR_HOST', default: '127.0.0.1', help: 'address the web server listens on', parse: (s) => s },
  {
    key: 'baseUrl', flag: '--base-url', valueName: 'URL', env: 'UPR_BASE_URL', default: '',
    help: 'public address of the web application (e.g. https://upr.example.org) for absolute links in the API, OpenAPI and exports; without it links are relative',
    parse: (s) => {
      let u: URL;
      try {
        u = new URL(s);
      } catch {
        throw new Error(`must be an http(s) URL such as https://upr.example.org, got "${s}"`);
      }
      if (!/^https?:$/.test(u.protocol) || u.search || u.hash) throw new Error(`must be an http(s) URL without query or fragment, got "${s}"`);
      return u.href.replace(/\/+$/, '');
    },
  },
  {
    key: 'busyTimeout', flag: '--busy-timeout', valueName: 'MS', env: 'UPR_BUSY_TIMEOUT', default: 30000,
    help: 'milliseconds a write waits for another process writing the same store', parse: (s) => integer(s, 0, 3600000, 'milliseconds'),
  },
  {
    key: 'searchBudget', flag: '--search-budget', valueName: 'MS', env: 'UPR_SEARCH_BUDGET', default: 2000,
    help: 'milliseconds one search may take before it is refused (web 503, exit 7); 0 for no limit',
    parse: (s) => {
      const n = /^\s*\d+(\.\d+)?\s*$/.test(s) ? Number(s) : NaN;
      if (!(n >= 0 && n <= 3600000)) throw new Error(`must be milliseconds 0-3600000, got "${s}"`);
      return n;
    },
  },
  {
    key: 'source', flag: '--source', valueName: 'URL', env: 'UPR_DOCS_URL', default: 'https://documents.un.org', help: 'UN Official Document System, or a mirror of it',
    parse: (s) => {
      if (!/^https?:\/\/[^\s/]+/.test(s)) throw new Error(`must be an http(s) URL, got "${s}"`);
      return s;
    },
  },
  { key: 'cache', flag: '--cache', valueName: 'DIR', env: 'UPR_CACHE', default: '', help: 'folder of fetched documents (default: upr-cache beside the store)', parse: (s) => s },
  { key: 'rate', flag: '--rate', valueName: 'N', env: 'UPR_RATE', default: 1, help: 'requests a second to the document server, at most', parse: positive },
  { key: 'timeout', flag: '--timeout', valueName: 'S', env: 'UPR_TIMEOUT', default: 60, help: 'seconds to wait for each answer of the document server', parse: positive },
  {
    key: 'smtpUrl', flag: '--smtp-url', valueName: 'URL', env: 'UPR_SMTP_URL', default: '', help: 'SMTP server of e-mail digests, smtp://user:password@host:587 (prefer the variable: flags show in ps)',
    parse: (s) => {
      if (!/^smtps?:\/\/[^\s/]+/.test(s)) throw new Error('must be an smtp:// or smtps:// URL such as smtp://user:password@mail.example.org:587');
      return s;
    },
  },
  {
    key: 'mailFrom', flag: '--mail-from', valueName: 'ADDRESS', env: 'UPR_MAIL_FROM', default: '', help: 'sender address of e-mail digests',
    parse: (s) => {
      if (!/^[^\s@]+@[^\s@]+$/.test(s.replace(/^.*<([^>]*)>\s*$/, '$1'))) throw new Error(`must be an e-mail address, got "${s}"`);
      return s;
    },
  },
];

/** A setting kept in a file (secrets: `UPR_SMTP_URL_FILE=/etc/upr/smtp-url`), its content without the final newline. */
function fromFile(name: string, path: string | undefined): string | undefined {
  if (!path) return undefined;
  try {
    return readFileSync(path, 'utf8').replace(/\r?\n$/, '');
  } catch (err) {
    throw new UprError('invalid_input', `cannot read ${name}_FILE: ${(err as Error).message}`, { field: `${name}_FILE`, file: path, usage: true });
  }
}

/** Flags win over environment variables (or `VARIABLE_FILE`, a file holding the value), which win over defaults. */
export function readConfig(flags: Partial<Record<keyof Config, string>>, env: Record<string, string | undefined>): Config {
  const out: Record<string, unknown> = {};
  for (const s of SETTINGS) {
    const fromFlag = flags[s.key];
    const raw = fromFlag ?? env[s.env] ?? fromFile(s.env, env[`${s.env}_FILE`]);
    try {
      out[s.key] = raw === undefined || raw === '' ? s.default : s.parse(raw);
    } catch (err) {
      const name = fromFlag !== undefined ? s.flag : s.env;
      throw new UprError('invalid_input', (err as Error).message, { field: name, value: raw, usage: true });
    }
  }
  if (out.cache === '') out.cache = join(dirname(out.db as string), 'upr-cache');
  return Object.freeze(out as unknown as Config);
}

/** Splits the global flags (any SETTINGS flag, `--flag VALUE` or `--flag=VALUE`) from the rest of argv. */
export function takeGlobalFlags(argv: readonly string[]): { flags: Partial<Record<keyof Config, string>>; rest: string[] } {
  const rest: string[] = [];
  const flags: Partial<Record<keyof Config, string>> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const s = SETTINGS.find((x) => a === x.flag || a.startsWith(`${x.flag}=`));
    if (!s) {
      rest.push(a);
      continue;
    }
    const value = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
    if (value === undefined || value.startsWith('--')) throw new UprError('invalid_input', `${s.flag} needs a value`, { field: s.flag, usage: true });
    flags[s.key] = value;
  }
  return { flags, rest };
}

/** The global options as help lines. */
export function globalOptionsHelp(): string[] {
  const rows = SETTINGS.map((s) => [`${s.flag} ${s.valueName}`, `${s.help} (default ${JSON.stringify(s.default)}, or $${s.env})`] as const);
  const w = Math.max(...rows.map(([f]) => f.length)) + 2;
  return rows.map(([f, h]) => `  ${f.padEnd(w)}${h}`);
}

/** Help lines for the settings `keys`, for the commands that use them. */
export function settingsHelp(keys: readonly (keyof Config)[]): string {
  return SETTINGS.filter((s) => keys.includes(s.key))
    .map((s) => `  ${`${s.flag} ${s.valueName}`.padEnd(18)}${s.help} (${s.default === '' ? '' : `default ${s.default}, `}or $${s.env})`).join('\n');
}
