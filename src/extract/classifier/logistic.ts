// A small logistic-regression model in plain TypeScript: sparse binary features, AdaGrad, L2, seeded shuffling.
// Training is deterministic for the same examples and options, so `npm run train` reproduces the shipped model.

export interface LogisticModel {
  bias: number;
  weights: Record<string, number>;
}

export interface TrainingExample {
  features: string[];
  label: boolean;
}

export interface TrainOptions {
  epochs: number;
  learningRate: number;
  l2: number;
  /** Features seen in fewer examples are dropped. */
  minCount: number;
  seed: number;
  /** Weight of a positive example's gradient (class weight; 1 = unweighted). */
  positiveWeight: number;
}

export const DEFAULT_TRAIN_OPTIONS: TrainOptions = { epochs: 8, learningRate: 0.1, l2: 1e-5, minCount: 2, seed: 20261128, positiveWeight: 1 };

/** Small seeded random generator (deterministic shuffles). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-Math.max(-30, Math.min(30, z))));

/** Fits the model on labelled feature sets. */
export function trainLogistic(examples: TrainingExample[], options: Partial<TrainOptions> = {}): LogisticModel {
  const o = { ...DEFAULT_TRAIN_OPTIONS, ...options };
  const counts = new Map<string, number>();
  for (const e of examples) for (const f of e.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const index = new Map<string, number>();
  for (const [f, n] of counts) if (n >= o.minCount) index.set(f, index.size);
  const rows = examples.map((e) => ({ x: e.features.map((f) => index.get(f)).filter((i): i is number => i !== undefined), y: e.label ? 1 : 0 }));
  const w = new Float64Array(index.size);
  const g2 = new Float64Array(index.size).fill(1e-8);
  let bias = 0;
  let b2 = 1e-8;
  const order = rows.map((_, i) => i);
  const rand = mulberry32(o.seed);
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const k of order) {
      const r = rows[k]!;
      let z = bias;
      for (const i of r.x) z += w[i]!;
      const grad = (sigmoid(z) - r.y) * (r.y === 1 ? o.positiveWeight : 1);
      b2 += grad * grad;
      bias -= (o.learningRate * grad) / Math.sqrt(b2);
      for (const i of r.x) {
        const g = grad + o.l2 * w[i]!;
        g2[i]! += g * g;
        w[i]! -= (o.learningRate * g) / Math.sqrt(g2[i]!);
      }
    }
  }
  const weights: Record<string, number> = {};
  for (const [f, i] of index) weights[f] = w[i]!;
  return { bias, weights };
}

/** Probability of the positive class for a feature set. */
export function predictProbability(model: LogisticModel, features: string[]): number {
  let z = model.bias;
  for (const f of features) z += model.weights[f] ?? 0;
  return sigmoid(z);
}

/** Drops near-zero weights and rounds the rest, so the shipped file stays small. */
export function pruneModel(model: LogisticModel, minAbs = 0.05, digits = 3): LogisticModel {
  const weights: Record<string, number> = {};
  for (const [f, v] of Object.entries(model.weights).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (Math.abs(v) >= minAbs) weights[f] = Number(v.toFixed(digits));
  }
  return { bias: Number(model.bias.toFixed(digits)), weights };
}
