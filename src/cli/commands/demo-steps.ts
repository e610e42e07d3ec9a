// The steps of `upr demo`, each reusing a subcommand so the demo does exactly what a user would.
import type { CommandContext } from '../command.js';
import { importCommand } from './import.js';
import { statsCommand } from './stats.js';

export async function run(ctx: CommandContext, csvs: string[]): Promise<number> {
  ctx.stdout.write(`Store: ${ctx.config.db}\n\n1. Importing the bundled UPR Info sample\n`);
  const code = await importCommand.run(ctx, {}, ['upr-info', ...csvs]);
  if (code !== 0) return code;
  ctx.stdout.write('\n2. What the store holds\n');
  await statsCommand.run(ctx, {}, []);
  ctx.stdout.write(`\nNext: upr search "corporal punishment" --response noted   (upr --help for more)\n`);
  return 0;
}
