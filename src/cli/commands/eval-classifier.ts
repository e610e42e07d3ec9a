// `upr eval classifier [--truth DIR] [--gold DIR] [--folds N] [--errors]`: precision, recall and F1 of the
// children's-rights classifier on the hand-checked gold set and against UPR Info's label, with folds grouped by
// session, next to a keyword baseline and to UPR Info's label itself scored on the gold set.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Evaluation } from './eval.js';
import { decodeText } from '../../ingest/index.js';
import { cohenKappa, evaluateClassifier, loadModelFile, parseGold, parseLabelledRecommendations, parseSecondAnnotator, DEFAULT_THRESHOLDS, MODEL_VERSION, type Agreement, type ClassifierEvaluation, type GoldItem, type Scores } from '../../extract/index.js';
import { formatProblem, UprError } from '../../core/index.js';
import { renderTable } from '../table.js';
import { ISSUE_GOLD_DIR, issueEvaluations, renderIssueEvaluations } from './eval-issues.js';

const GOLD_DIR = fileURLToPath(new URL('../../../data/gold/', import.meta.url));
/** The second annotator's labels of a seeded sample (not gold items: compared with them for agreement). */
const SECOND_ANNOTATOR_FILE = 'second-annotator.jsonl';
const pct = (x: number) => `${(100 * x).toFixed(1)}`;

function readGold(dir: string, warn: (s: string) => void): GoldItem[] {
  const files = readdirSync(dir).filter((f) => f.endsWith('.jsonl') && f !== SECOND_ANNOTATOR_FILE).sort();
  if (files.length === 0) throw new UprError('not_found', `no gold JSONL files in ${dir}`, { file: dir });
  return files.flatMap((f) => {
    const { value, problems } = parseGold(readFileSync(join(dir, f), 'utf8'), f);
    for (const p of problems) warn(formatProblem(p));
    return value;
  });
}

function scoreRows(rows: [string, Scores | null][]): string {
  return renderTable(rows.filter((r): r is [string, Scores] => r[1] !== null), [
    { header: 'method', get: ([m]) => m },
    { header: 'n', get: ([, s]) => s.n, align: 'right' },
    { header: 'precision %', get: ([, s]) => pct(s.precision), align: 'right' },
    { header: 'recall %', get: ([, s]) => pct(s.recall), align: 'right' },
    { header: 'F1 %', get: ([, s]) => pct(s.f1), align: 'right' },
  ]);
}

function render(e: ClassifierEvaluation, agreement: Agreement | null): string {
  const out = [`Classifier ${MODEL_VERSION}; ${e.folds.length} folds grouped by session: ${e.folds.map((f) => f.join('+')).join(' | ')}`];
  out.push(`Borderline thresholds chosen on each fold's training sessions (weak cue / no cue): ${e.foldCalibration.map((c) => `${c.thresholds.weakCue}/${c.thresholds.noCue}`).join(' | ')}`, '');
  out.push('Gold set (hand-checked; recommendations scored by a model not trained on their session; target F1 >= 95)');
  out.push(scoreRows([['classifier', e.gold.classifier], ['lexicon only', e.gold.lexiconOnly], ['model only (p >= 0.5)', e.gold.modelOnly], ['keyword baseline', e.gold.keyword],
    ['UPR Info label (gold recommendations)', e.gold.uprInfoLabel]]));
  out.push('', 'Classifier on the gold set, by set (held-out = labelled after the lexicon was frozen), kind and language');
  out.push(scoreRows([...Object.entries(e.gold.bySet), ...Object.entries(e.gold.byKind), ...Object.entries(e.gold.byLanguage)].filter(([, s]) => s.n > 0) as [string, Scores][]));
  out.push('', "Against UPR Info's `Rights of the Child` label, all rows, cross-validated by session (target F1 >= 90)");
  out.push(scoreRows([['classifier', e.uprInfo.classifier], ['lexicon only', e.uprInfo.lexiconOnly], ['model only (p >= 0.5)', e.uprInfo.modelOnly], ['keyword baseline', e.uprInfo.keyword]]));
  out.push('', 'Trade-off (not used by the classifier): an English child term counts only when the held-out model gives p >= veto;',
    'the last row chooses the veto on each fold\'s training sessions: best F1 against UPR Info keeping gold F1 >= 95 there');
  out.push(renderTable(e.tradeOff, [
    { header: 'veto', get: (t) => (typeof t.veto === 'number' ? t.veto.toFixed(2) : t.veto), align: 'right' },
    { header: 'UPR Info P %', get: (t) => pct(t.uprInfo.precision), align: 'right' },
    { header: 'UPR Info R %', get: (t) => pct(t.uprInfo.recall), align: 'right' },
    { header: 'UPR Info F1 %', get: (t) => pct(t.uprInfo.f1), align: 'right' },
    { header: 'gold P %', get: (t) => pct(t.gold.precision), align: 'right' },
    { header: 'gold R %', get: (t) => pct(t.gold.recall), align: 'right' },
    { header: 'gold F1 %', get: (t) => pct(t.gold.f1), align: 'right' },
  ]));
  if (agreement) {
    out.push('', `Second annotator (${SECOND_ANNOTATOR_FILE}, seeded sample re-labelled blind): ${agreement.n} items, agreement ${pct(agreement.agreement)} %, Cohen's kappa ${agreement.kappa.toFixed(3)}` +
      (agreement.disagreements.length ? `; differ on ${agreement.disagreements.join(', ')}` : ''));
  }
  out.push('', 'Issues on the gold set (precision shown for issues with >= 10 gold examples)');
  out.push(renderTable(e.issues, [
    { header: 'issue', get: (i) => i.id },
    { header: 'gold', get: (i) => i.goldExamples, align: 'right' },
    { header: 'predicted', get: (i) => i.predicted, align: 'right' },
    { header: 'precision %', get: (i) => (i.goldExamples >= 10 ? pct(i.precision) : '—'), align: 'right' },
    { header: 'recall %', get: (i) => (i.goldExamples >= 10 ? pct(i.recall) : '—'), align: 'right' },
  ]));
  return out.join('\n') + '\n';
}

export const classifierEvaluation: Evaluation = {
  summary: "children's-rights classifier: P/R/F1 on the gold set and against UPR Info's label (session-grouped CV)",
  run(ctx, values) {
    const issueDir = resolve((values['issue-gold'] as string | undefined) ?? ISSUE_GOLD_DIR);
    if (values['issue-gold'] !== undefined && !existsSync(issueDir)) throw new UprError('not_found', `issue gold folder not found: ${issueDir}`, { file: issueDir });
    const issues = issueEvaluations(issueDir, (s) => ctx.stderr.write(`issue gold: ${s}\n`));
    if (values['issues-only']) {
      if (!issues) throw new UprError('not_found', `issue gold folder not found: ${issueDir} (use --issue-gold DIR)`, { file: issueDir });
      ctx.stdout.write(values.json ? JSON.stringify({ modelVersion: MODEL_VERSION, issueGold: issues }, null, 2) + '\n' : renderIssueEvaluations(issues, Boolean(values.errors)));
      return 0;
    }
    const truth = resolve((values.truth as string | undefined) ?? '../shared/data/upr-info');
    const goldDir = resolve((values.gold as string | undefined) ?? GOLD_DIR);
    const k = Number((values.folds as string | undefined) ?? 4);
    if (!Number.isInteger(k) || k < 2) throw new UprError('invalid_input', `--folds must be a whole number >= 2, got "${String(values.folds)}"`, { usage: true });
    if (!existsSync(truth)) throw new UprError('not_found', `UPR Info exports not found in ${truth} (use --truth DIR)`, { file: truth });
    const csvs = readdirSync(truth).filter((f) => /sessions.*\.csv$/i.test(f)).sort();
    if (csvs.length === 0) throw new UprError('not_found', `no UPR Info sessions CSV in ${truth}`, { file: truth });
    const rows = csvs.flatMap((f) => parseLabelledRecommendations(decodeText(readFileSync(join(truth, f))).text, f));
    const gold = readGold(goldDir, (s) => ctx.stderr.write(`gold: ${s}\n`));
    const shipped = loadModelFile();
    const e = evaluateClassifier(rows, gold, k, shipped.model, shipped.thresholds ?? DEFAULT_THRESHOLDS, (i, n) => {
      if (i < n) ctx.stderr.write(`training fold ${i + 1}/${n}\n`);
    });
    const secondFile = join(goldDir, SECOND_ANNOTATOR_FILE);
    const agreement = existsSync(secondFile) ? cohenKappa(new Map(gold.map((g) => [g.id, g.label])), parseSecondAnnotator(readFileSync(secondFile, 'utf8'))) : null;
    if (values.json) {
      ctx.stdout.write(JSON.stringify({ modelVersion: MODEL_VERSION, ...e, agreement, errors: values.errors ? e.errors : e.errors.length, issueGold: issues ?? null }, null, 2) + '\n');
      return 0;
    }
    ctx.stdout.write(render(e, agreement));
    ctx.stdout.write(issues ? `\n${renderIssueEvaluations(issues, Boolean(values.errors))}` : `\nIssue-level gold set not found at ${issueDir}; issue figures skipped.\n`);
    if (values.errors) {
      ctx.stdout.write(`\nGold items the classifier gets wrong (${e.errors.length})\n`);
      for (const x of e.errors) ctx.stdout.write(`${x.id} gold=${x.gold ? 'yes' : 'no'} predicted=${x.predicted ? 'yes' : 'no'}: ${x.text.slice(0, 200)}\n`);
    }
    return 0;
  },
};
