// `upr import` or `upr ingest` from source, loading only that command (not the whole CLI): for the fault
// tests, which start dozens of processes to kill them. The same command object as `upr`, parsed the same
// way; errors are printed as one line. With UPR_TEST_READY=1 it writes "ready" on stderr once loaded.
import { parseCommandArgs, type Command } from '../../src/cli/command.js';
import { readConfig, takeGlobalFlags } from '../../src/cli/config.js';

const { flags, rest } = takeGlobalFlags(process.argv.slice(2));
const [name, ...args] = rest;
const cmd: Command = name === 'import'
  ? (await import('../../src/cli/commands/import.js')).importCommand
  : (await import('../../src/cli/commands/ingest.js')).ingestCommand;
if (process.env.UPR_TEST_READY === '1') process.stderr.write('ready\n');
const out = (s: NodeJS.WriteStream) => ({ write: (t: string) => void s.write(t), isTTY: false });
try {
  const { values, positionals } = parseCommandArgs(cmd, args);
  process.exitCode = await cmd.run({ config: readConfig(flags, process.env), stdout: out(process.stdout), stderr: out(process.stderr) }, values, positionals);
} catch (err) {
  process.stderr.write(`upr ${name}: ${(err as Error).message}\n`);
  process.exitCode = 1;
}
