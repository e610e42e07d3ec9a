// Inter-annotator agreement on the gold set: the seeded sample a second annotator re-reads, and Cohen's kappa
// with percentage agreement between the stored gold labels and the second annotator's labels. Pure.
import { mulberry32 } from './logistic.js';
import type { GoldItem } from './gold.js';

/** Seed and size of the second annotator's sample (data/gold/second-annotator.jsonl). */
export const SECOND_ANNOTATOR_SEED = 20261129;
export const SECOND_ANNOTATOR_SIZE = 120;

/** Draws `n` gold items (sorted by id first, then a seeded shuffle), so the sample is the same on every run. */
export function secondAnnotatorSample(gold: GoldItem[], n = SECOND_ANNOTATOR_SIZE, seed = SECOND_ANNOTATOR_SEED): GoldItem[] {
  const items = [...gold].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const rand = mulberry32(seed);
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items.slice(0, n);
}

export interface Agreement {
  /** Items labelled by both annotators. */
  n: number;
  /** Share of items with the same label (0–1). */
  agreement: number;
  /** Cohen's kappa: agreement corrected for chance. */
  kappa: number;
  /** Ids where the labels differ. */
  disagreements: string[];
}

/** Cohen's kappa and % agreement between two yes/no annotations of the same items (matched by id). */
export function cohenKappa(first: Map<string, boolean>, second: Map<string, boolean>): Agreement {
  const ids = [...second.keys()].filter((id) => first.has(id)).sort();
  const n = ids.length;
  if (n === 0) return { n: 0, agreement: 0, kappa: 0, disagreements: [] };
  let same = 0, yes1 = 0, yes2 = 0;
  const disagreements: string[] = [];
  for (const id of ids) {
    const a = first.get(id)!, b = second.get(id)!;
    if (a === b) same++;
    else disagreements.push(id);
    if (a) yes1++;
    if (b) yes2++;
  }
  const po = same / n;
  const pe = (yes1 / n) * (yes2 / n) + (1 - yes1 / n) * (1 - yes2 / n);
  return { n, agreement: po, kappa: pe === 1 ? 1 : (po - pe) / (1 - pe), disagreements };
}

/** Parses data/gold/second-annotator.jsonl (`{ id, label, note? }` a line) into id → label; bad lines are skipped. */
export function parseSecondAnnotator(jsonl: string): Map<string, boolean> {
  const out = new Map<string, boolean>();
  for (const raw of jsonl.split('\n')) {
    if (!raw.trim()) continue;
    try {
      const x = JSON.parse(raw) as { id?: unknown; label?: unknown };
      if (typeof x.id === 'string' && typeof x.label === 'boolean') out.set(x.id, x.label);
    } catch {
      // not JSON: left out (the evaluation reports how many items it compared)
    }
  }
  return out;
}
