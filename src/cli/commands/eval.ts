// `upr eval WHAT`: measurements of the product's quality against real data (classifier, extraction).
// Each evaluation registers itself in EVALUATIONS with its own options.
import type { Command, CommandContext, OptionSpec } from '../command.js';
import { UprError } from '../../core/index.js';
import { extractionEvaluation } from './eval-extraction.js';
import { classifierEvaluation } from './eval-classifier.js';

export interface Evaluation {
  summary: string;
  run(ctx: CommandContext, values: Record<string, unknown>, positionals: string[]): Promise<number> | number;
}

export const EVALUATIONS: Record<string, Evaluation> = {
  extraction: extractionEvaluation,
  classifier: classifierEvaluation,
};

/** Options of every evaluation (parseArgs needs them declared up front). */
export const EVAL_OPTIONS: Record<string, OptionSpec> = {
  json: { type: 'boolean', help: 'print the figures as JSON' },
  docs: { type: 'string', valueName: 'DIR', help: 'extraction: folder of Working Group report PDFs' },
  truth: { type: 'string', valueName: 'DIR', help: 'extraction: folder of UPR Info CSV exports' },
  gold: { type: 'string', valueName: 'DIR', help: 'classifier: gold-set folder (default data/gold)' },
  folds: { type: 'string', valueName: 'N', help: 'classifier: number of session-grouped folds (default 4)' },
  errors: { type: 'boolean', help: 'classifier: list the gold items the classifier gets wrong' },
  'issue-gold': { type: 'string', valueName: 'DIR', help: 'classifier: issue-level gold folder (default test/fixtures/classifier/issue-gold)' },
  'issues-only': { type: 'boolean', help: 'classifier: only the issue-level evaluation (seconds, no model training)' },
};

export const evalCommand: Command = {
  name: 'eval',
  summary: 'Measure quality on real data: upr eval classifier | upr eval extraction.',
  usage: 'upr eval classifier|extraction [options]',
  options: EVAL_OPTIONS,
  run(ctx, values, positionals) {
    const [what, ...rest] = positionals;
    const ev = what ? EVALUATIONS[what] : undefined;
    if (!ev) {
      const known = Object.entries(EVALUATIONS).map(([k, e]) => `  ${k}: ${e.summary}`).join('\n');
      throw new UprError('invalid_input', `unknown evaluation "${what ?? ''}"; available:\n${known || '  (none)'}`, { usage: true });
    }
    return ev.run(ctx, values, rest);
  },
};
