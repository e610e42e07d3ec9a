// How `upr import` reports a file it refused: the problems (at most 20 shown) and nothing stored.
import type { CommandContext } from '../command.js';
import { formatProblem, type Problem } from '../../core/index.js';

const MAX_PROBLEMS_SHOWN = 20;

interface Counted { rows: number; rejected: number; status: string }

/** Counts the rows (read + rejected lines); when there are problems, writes them and marks the file refused. */
export function refuseOnProblems(ctx: CommandContext, file: string, readRows: number, problems: Problem[], outcome: Counted): boolean {
  const rejected = new Set(problems.map((p) => p.line));
  outcome.rows = readRows + rejected.size;
  if (problems.length === 0) return false;
  outcome.rejected = rejected.size;
  outcome.status = 'rejected: nothing stored';
  ctx.stderr.write(`${file}: ${problems.length} problem(s); nothing from this file was stored:\n`);
  for (const p of problems.slice(0, MAX_PROBLEMS_SHOWN)) ctx.stderr.write(`  ${formatProblem(p)}\n`);
  if (problems.length > MAX_PROBLEMS_SHOWN) ctx.stderr.write(`  … and ${problems.length - MAX_PROBLEMS_SHOWN} more\n`);
  return true;
}
