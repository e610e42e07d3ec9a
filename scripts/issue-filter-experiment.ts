// Experiment (not shipped): a learned filter over the lexicon's issue candidates. Every issue the lexicon matches in a
// text the classifier calls children's rights is a candidate; a logistic model trained on the development part of the
// issue gold set decides which candidates to keep, from the words around each matched term, the distance to the nearest
// child word, the other issues present and whether the written rules (issue-anchors.ts, issue-rules.ts) kept it.
// Prints, for the rules alone and for the filter (threshold 0.5, fixed before any held-out part was scored with it):
// 5-fold cross-validation on the development part and the score on the held-out part.
// Usage: node --import tsx scripts/issue-filter-experiment.ts [GOLD_DIR]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { classifyText, matchLexicon, normaliseText, parseGold, type GoldItem } from '../src/extract/classifier/index.js';
import { mulberry32, trainLogistic, type LogisticModel, type TrainingExample } from '../src/extract/classifier/logistic.js';

const DIR = process.argv[2] ?? 'test/fixtures/classifier/issue-gold';
const THRESHOLD = 0.5;
const OPTIONS = { epochs: 10, l2: 1e-4, minCount: 2, positiveWeight: 1 };
const CHILD = /^(?:child(?:ren)?(?:'s|s')?|girls?|boys?|minors?|juveniles?|adolescen[a-z]*|infants?|pupils?|orphans?|youths?)$/;

interface Candidate { issue: string; features: string[]; kept: boolean; gold: boolean }

/** The issue candidates of one gold item with their features (none when the text is not about children's rights). */
function candidates(g: GoldItem): Candidate[] {
  const result = classifyText(g.text, g.language);
  if (!result.isChildRights) return [];
  const norm = normaliseText(g.text);
  const raw = matchLexicon(norm, g.language, true).issues as Record<string, string[]>;
  const kept = new Set<string>(result.issues.map((i) => i.id));
  const words = norm.split(/\s+/).filter(Boolean).map((w) => w.replace(/[^a-z0-9'-]/g, ''));
  const childAt = words.flatMap((w, i) => (CHILD.test(w) ? [i] : []));
  const issues = Object.keys(raw);
  return issues.map((issue) => {
    const f = new Set<string>([`i:${issue}`, `n:${Math.min(issues.length, 5)}`, `kept:${kept.has(issue)}`, `kept:${issue}:${kept.has(issue)}`]);
    for (const term of raw[issue] ?? []) {
      f.add(`t:${issue}:${term}`);
      const first = term.split(' ')[0]!.replace(/[^a-z0-9'-]/g, '');
      words.forEach((w, p) => {
        if (w !== first) return;
        for (let k = Math.max(0, p - 5); k < Math.min(words.length, p + 6); k++) if (k !== p) f.add(`w:${issue}:${k < p ? 'l' : 'r'}:${words[k]}`);
        const d = childAt.length > 0 ? Math.min(...childAt.map((c) => Math.abs(c - p))) : Infinity;
        f.add(`cd:${issue}:${d <= 2 ? 'a' : d <= 5 ? 'b' : d <= 10 ? 'c' : d < Infinity ? 'd' : 'none'}`);
      });
    }
    for (const o of issues) if (o !== issue) f.add(`o:${issue}:${o}:${kept.has(o)}`);
    return { issue, features: [...f], kept: kept.has(issue), gold: g.issues.includes(issue as never) };
  });
}

const probability = (m: LogisticModel, f: readonly string[]) => 1 / (1 + Math.exp(-(m.bias + f.reduce((s, x) => s + (m.weights[x] ?? 0), 0))));
const examples = (cs: Candidate[]): TrainingExample[] => cs.map((c) => ({ features: c.features, label: c.gold }));

/** Micro P/R/F1 and the issues under 85 % precision, for predictions per item against the gold issues. */
function score(items: readonly GoldItem[], predicted: readonly Set<string>[]): string {
  let tp = 0, fp = 0, fn = 0;
  const per = new Map<string, { tp: number; fp: number }>();
  items.forEach((g, i) => {
    const gold = new Set<string>(g.issues);
    for (const x of predicted[i]!) {
      const s = per.get(x) ?? { tp: 0, fp: 0 };
      if (gold.has(x)) { tp++; s.tp++; } else { fp++; s.fp++; }
      per.set(x, s);
    }
    for (const x of gold) if (!predicted[i]!.has(x)) fn++;
  });
  const [p, r] = [tp / (tp + fp), tp / (tp + fn)];
  const low = [...per].filter(([, s]) => s.tp / (s.tp + s.fp) < 0.85).map(([k, s]) => `${k} ${((100 * s.tp) / (s.tp + s.fp)).toFixed(1)} (${s.tp + s.fp})`);
  return `micro P ${(100 * p).toFixed(1)} R ${(100 * r).toFixed(1)} F1 ${((200 * p * r) / (p + r)).toFixed(1)}; precision < 85: ${low.join(', ') || 'none'}`;
}

const read = (file: string) => parseGold(readFileSync(join(DIR, file), 'utf8'), file).value;
const dev = read('development.jsonl');
const heldout = read('heldout.jsonl');
const devC = dev.map(candidates);
const keptBy = (cs: Candidate[][], keep: (c: Candidate, i: number, j: number) => boolean) => cs.map((c, i) => new Set(c.filter((x, j) => keep(x, i, j)).map((x) => x.issue)));

const K = 5;
const rand = mulberry32(7);
const fold = dev.map(() => Math.floor(rand() * K));
const cv = devC.map((cs) => cs.map(() => 0));
for (let k = 0; k < K; k++) {
  const m = trainLogistic(examples(devC.filter((_, i) => fold[i] !== k).flat()), OPTIONS);
  devC.forEach((cs, i) => { if (fold[i] === k) cs.forEach((c, j) => (cv[i]![j] = probability(m, c.features))); });
}
console.log(`development part (${dev.length}): rules (tuned on it) ${score(dev, keptBy(devC, (c) => c.kept))}`);
console.log(`development part (${dev.length}): filter, ${K}-fold cross-validation ${score(dev, keptBy(devC, (_, i, j) => cv[i]![j]! >= THRESHOLD))}`);
if (heldout.length > 0) {
  const model = trainLogistic(examples(devC.flat()), OPTIONS);
  const hoC = heldout.map(candidates);
  console.log(`held-out part (${heldout.length}): rules ${score(heldout, keptBy(hoC, (c) => c.kept))}`);
  console.log(`held-out part (${heldout.length}): filter trained on the development part ${score(heldout, keptBy(hoC, (c) => probability(model, c.features) >= THRESHOLD))}`);
}
