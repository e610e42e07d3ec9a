// Entry point of the `upr` command: global flags, dispatch to a subcommand, errors → message + exit code.
import type { Command, CommandContext, Output } from './command.js';
import { formatHelp, parseCommandArgs } from './command.js';
import { COMMANDS } from './commands/index.js';
import { readConfig } from './config.js';
import { UprError, describeError } from '../core/errors.js';
import { EXIT_CODES } from './exit-codes.js';

export interface RunIo {
  stdout?: Output;
  stderr?: Output;
  env?: Record<string, string | undefined>;
}

const processOutput = (s: NodeJS.WriteStream): Output => ({
  write: (t) => void s.write(t),
  isTTY: Boolean(s.isTTY),
  columns: s.columns,
});

/** Runs `upr` with `argv` (without node and script); resolves with the exit code. */
export async function run(argv: string[], io: RunIo = {}): Promise<number> {
  const stdout = io.stdout ?? processOutput(process.stdout);
  const stderr = io.stderr ?? processOutput(process.stderr);
  const env = io.env ?? process.env;
  try {
    const { db, port, host, rest } = takeGlobalFlags(argv);
    const [name, ...args] = rest;
    if (!name || name === '--help' || name === '-h' || name === 'help') {
      stdout.write(globalHelp());
      return name ? 0 : 2;
    }
    if (name === '--version') {
      stdout.write('upr 0.1.0\n');
      return 0;
    }
    const cmd = COMMANDS.find((c) => c.name === name);
    if (!cmd) throw new UprError('invalid_input', `unknown command "${name}"\n\n${globalHelp()}`, { usage: true });
    if (args.includes('--help') || args.includes('-h')) {
      stdout.write(formatHelp(cmd));
      return 0;
    }
    const { values, positionals } = parseCommandArgs(cmd, args);
    const ctx: CommandContext = { config: readConfig({ db, port, host }, env), stdout, stderr };
    return await cmd.run(ctx, values, positionals);
  } catch (err) {
    return reportError(err, stderr);
  }
}

/** The CLI's one translation of errors: message on stderr, 2 for usage errors, 1 otherwise (codes in exit-codes.ts). */
function reportError(err: unknown, stderr: Output): number {
  if (err instanceof UprError) {
    stderr.write(`upr: ${describeError(err)}\n`);
    return err.details.usage ? EXIT_CODES.usage : EXIT_CODES.failed;
  }
  const e = err as NodeJS.ErrnoException;
  if (e?.code === 'SQLITE_CANTOPEN') stderr.write(`upr: cannot open the store: ${e.message}\n`);
  else stderr.write(`upr: unexpected error: ${e?.stack ?? String(err)}\n`);
  return EXIT_CODES.failed;
}

function takeGlobalFlags(argv: string[]): { db?: string; port?: string; host?: string; rest: string[] } {
  const rest: string[] = [];
  const found: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const m = /^--(db|port|host)(?:=(.*))?$/.exec(a);
    if (!m) {
      rest.push(a);
      continue;
    }
    const value = m[2] ?? argv[++i];
    if (value === undefined || value.startsWith('--')) throw new UprError('invalid_input', `--${m[1]} needs a value`, { field: `--${m[1]}`, usage: true });
    found[m[1]!] = value;
  }
  return { ...found, rest };
}

function globalHelp(): string {
  const w = Math.max(...COMMANDS.map((c: Command) => c.name.length)) + 2;
  return [
    "upr: children's rights in the UN Universal Periodic Review",
    '',
    'Usage: upr COMMAND [options]     (upr COMMAND --help for details)',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(w)}${c.summary}`),
    '',
    'Global options:',
    '  --db PATH   SQLite store (default ./upr.db, or $UPR_DB)',
    '',
  ].join('\n');
}
