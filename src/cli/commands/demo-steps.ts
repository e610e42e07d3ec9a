// The steps of `upr demo`, each reusing a subcommand so the demo does exactly what a user would.
import { execFileSync } from 'node:child_process';
import type { CommandContext } from '../command.js';
import { importCommand } from './import.js';
import { ingestCommand } from './ingest.js';
import { EXIT_CODES } from '../exit-codes.js';
import { classifyCommand } from './classify.js';
import { statsCommand } from './stats.js';
import { serveCommand } from './serve.js';

export interface DemoPlan {
  csvs: string[];
  documents: string[];
  serve: boolean;
}

export async function runDemo(ctx: CommandContext, plan: DemoPlan): Promise<number> {
  const say = (t: string) => ctx.stdout.write(t);
  say(`Store: ${ctx.config.db}\n\n1. Importing the bundled UPR Info sample\n`);
  let code = await importCommand.run(ctx, {}, ['upr-info', ...plan.csvs]);
  if (code !== 0) return code;

  say('\n2. Reading the bundled UN documents\n');
  if (plan.documents.length === 0) say('   (no documents in the sample)\n');
  else if (!hasPdftotext()) say('   skipped: pdftotext is not installed (Debian package poppler-utils)\n');
  else {
    code = await ingestCommand.run(ctx, {}, plan.documents);
    if (code === EXIT_CODES.invalid_input) say('   some documents could not be read (see above); continuing\n');
    else if (code === EXIT_CODES.needs_review) say('   some documents need review (upr check); continuing\n');
  }

  say("\n3. Classifying recommendations for children's rights\n");
  code = await classifyCommand.run(ctx, {}, []);
  if (code !== 0) return code;

  say('\n4. What the store holds\n');
  await statsCommand.run(ctx, {}, []);
  if (!plan.serve) {
    say('\nNext: upr serve, or upr search "corporal punishment" --response noted   (upr --help for more)\n');
    return 0;
  }
  say('\n5. Web application\n');
  return serveCommand.run(ctx, {}, []);
}

export function hasPdftotext(): boolean {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
