// The `upr` command from source, for tests that need a real process (pipes, signals, two writers).
// With UPR_TEST_READY=1 it writes "ready" on stderr once loaded, before running the command.
import { run } from '../../src/cli/main.js';

if (process.env.UPR_TEST_READY === '1') process.stderr.write('ready\n');
process.exitCode = await run(process.argv.slice(2));
