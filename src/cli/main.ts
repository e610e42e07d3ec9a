// Entry point of the `upr` command: global flags, dispatch to a subcommand, errors → message + exit code.
import type { Command, CommandContext, Output } from './command.js';
import { formatHelp, parseCommandArgs } from './command.js';
import { COMMANDS } from './commands/index.js';
import { readConfig, takeGlobalFlags, globalOptionsHelp } from './config.js';
import { UprError, describeError } from '../core/index.js';
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
  if (!io.stdout) quietOnClosedPipe(process.stdout);
  const stdout = io.stdout ?? processOutput(process.stdout);
  const stderr = io.stderr ?? processOutput(process.stderr);
  const env = io.env ?? process.env;
  try {
    const { flags, rest } = takeGlobalFlags(argv);
    const [name, ...args] = rest;
    if (!name || name === '--help' || name === '-h' || name === 'help') {
      stdout.write(globalHelp());
      return name ? 0 : EXIT_CODES.usage;
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
    const ctx: CommandContext = { config: readConfig(flags, env), stdout, stderr };
    return await cmd.run(ctx, values, positionals);
  } catch (err) {
    return reportError(err, stderr);
  }
}

export { EXIT_CODES };

/** Message on stderr (one line per problem, no stack trace for known faults) and the exit code. */
function reportError(err: unknown, stderr: Output): number {
  const e = err instanceof UprError ? err : knownFault(err);
  if (e) {
    stderr.write(`upr: ${describeError(e)}\n`);
    return e.details.usage ? EXIT_CODES.usage : EXIT_CODES[e.code];
  }
  stderr.write(`upr: unexpected error: ${(err as Error)?.stack ?? String(err)}\n`);
  return EXIT_CODES.internal;
}

/** System and driver errors that are the user's situation, not a bug: one clear line instead of a stack. */
function knownFault(err: unknown): UprError | undefined {
  const e = err as NodeJS.ErrnoException;
  if (e?.code === 'SQLITE_BUSY') return new UprError('conflict', `the store is busy: another process kept writing to it longer than the busy timeout (--busy-timeout): ${e.message}`);
  if (e?.code === 'SQLITE_CANTOPEN') return new UprError('not_found', `cannot open the store: ${e.message}`);
  if (e?.code === 'SQLITE_NOTADB' || e?.code === 'SQLITE_CORRUPT') return new UprError('unsupported_format', `the store is not a valid SQLite database: ${e.message}`);
  if (e?.code === 'ENOSPC') return new UprError('conflict', 'no space left on the device');
  return undefined;
}

/** `upr stats | head`: when the reader closes the pipe, stop quietly (exit 0) instead of an EPIPE stack. */
function quietOnClosedPipe(stream: NodeJS.WriteStream): void {
  if (!stream.listeners('error').includes(onOutputError)) stream.on('error', onOutputError);
}

function onOutputError(err: NodeJS.ErrnoException): void {
  if (err.code === 'EPIPE') process.exit(0);
  process.stderr.write(`upr: cannot write the output: ${err.message}\n`);
  process.exit(EXIT_CODES.internal);
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
    ...globalOptionsHelp(),
    '',
  ].join('\n');
}
