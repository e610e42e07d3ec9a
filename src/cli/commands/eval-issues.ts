// The issue-level part of `upr eval classifier`: per-issue precision, recall and F1 and the micro average on the
// issue gold set (held-out part first, then development), with the classifier's shipped model and lexicon.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatProblem } from '../../core/index.js';
import { classifyText, evaluateIssues, parseGold, type GoldItem, type IssueEvaluation } from '../../extract/index.js';
import { renderTable } from '../table.js';

export const ISSUE_GOLD_DIR = fileURLToPath(new URL('../../../test/fixtures/classifier/issue-gold/', import.meta.url));
const PARTS = [['held-out', 'heldout.jsonl'], ['development', 'development.jsonl']] as const;
const pct = (x: number) => (100 * x).toFixed(1);

/** Both parts of the issue gold set, scored; undefined when the folder is absent (an installed package has no test/). */
export function issueEvaluations(dir: string, warn: (s: string) => void): Record<string, IssueEvaluation> | undefined {
  if (!existsSync(dir)) return undefined;
  const out: Record<string, IssueEvaluation> = {};
  for (const [part, file] of PARTS) {
    const path = join(dir, file);
    if (!existsSync(path)) continue;
    const { value, problems } = parseGold(readFileSync(path, 'utf8'), file);
    for (const p of problems) warn(formatProblem(p));
    out[part] = evaluateIssues(value, (g: GoldItem) => classifyText(g.text, g.language).issues.map((x) => x.id));
  }
  return out;
}

/** The tables `upr eval classifier` prints for the issue gold set. */
export function renderIssueEvaluations(evals: Record<string, IssueEvaluation>, withErrors: boolean): string {
  const out: string[] = [];
  for (const [part, e] of Object.entries(evals)) {
    out.push(`Issues on the issue-level gold set, ${part} part (${e.items} items): micro precision ${pct(e.micro.precision)} %, recall ${pct(e.micro.recall)} %, F1 ${pct(e.micro.f1)} % (targets: micro F1 >= 90, each issue's precision >= 85)`);
    out.push(renderTable(e.perIssue, [
      { header: 'issue', get: (i) => i.id },
      { header: 'gold', get: (i) => i.gold, align: 'right' },
      { header: 'predicted', get: (i) => i.predicted, align: 'right' },
      { header: 'precision %', get: (i) => pct(i.precision), align: 'right' },
      { header: 'recall %', get: (i) => pct(i.recall), align: 'right' },
      { header: 'F1 %', get: (i) => pct(i.f1), align: 'right' },
    ]));
    if (withErrors) {
      out.push(`Items of the ${part} part whose issues differ (${e.errors.length})`);
      for (const x of e.errors) out.push(`${x.id} missing [${x.missing.join(', ')}] extra [${x.extra.join(', ')}]: ${x.text.slice(0, 200)}`);
      out.push('');
    }
  }
  return out.join('\n');
}
