// Summary figures of a report and the comparison with the previous cycle, computed from the references only,
// so every number can be traced back to the listed paragraphs.
import type { CycleComparison, IssueCount, ReferenceKind, ReportReference, ReportSummary } from './model.js';

const issuesOf = (refs: ReportReference[]): Set<string> => new Set(refs.flatMap((r) => r.issues));
const sorted = (s: Iterable<string>): string[] => [...s].sort();

/** Counts per document kind and issue, positions on child-rights recommendations, gaps and issues raised again. */
export function summarise(refs: ReportReference[], previousRecommendations: ReportReference[]): ReportSummary {
  const byKind: Partial<Record<ReferenceKind, number>> = {};
  const issues = new Map<string, IssueCount>();
  for (const r of refs) {
    byKind[r.kind] = (byKind[r.kind] ?? 0) + 1;
    for (const id of r.issues) {
      const c = issues.get(id) ?? { issue: id, total: 0, byKind: {} };
      c.total++;
      c.byKind[r.kind] = (c.byKind[r.kind] ?? 0) + 1;
      issues.set(id, c);
    }
  }
  const recs = refs.filter((r) => r.kind === 'recommendation');
  const supported = recs.filter((r) => r.response === 'supported').length;
  const noted = recs.filter((r) => r.response === 'noted').length;
  const recommended = issuesOf(recs);
  const raised = issuesOf(refs.filter((r) => r.kind === 'stakeholder_summary' || r.kind === 'un_compilation'));
  const raisedThisCycle = issuesOf(refs.filter((r) => r.kind !== 'recommendation'));
  return {
    byKind,
    byIssue: [...issues.values()].sort((a, b) => b.total - a.total || (a.issue < b.issue ? -1 : 1)),
    recommendations: { total: recs.length, supported, noted, other: recs.length - supported - noted },
    gaps: sorted([...raised].filter((i) => !recommended.has(i))),
    raisedAgain: sorted([...issuesOf(previousRecommendations)].filter((i) => raisedThisCycle.has(i) || recommended.has(i))),
  };
}

function words(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[a-z]{4,}/g) ?? []);
}

function jaccard(a: Set<string>, b: Set<string>): number {
  let both = 0;
  for (const w of a) if (b.has(w)) both++;
  return both === 0 ? 0 : both / (a.size + b.size - both);
}

/** Minimum word overlap (Jaccard) for a recommendation to count as repeating one of the previous cycle. */
export const REPEAT_SIMILARITY = 0.3;

/** Which child-rights recommendations were repeated from the previous cycle, and which issues disappeared. */
export function compareCycles(current: ReportReference[], previous: ReportReference[], previousCycle: number): CycleComparison {
  const prevWords = previous.map((p) => ({ p, w: words(p.text) }));
  const repeated: CycleComparison['repeated'] = [];
  for (const c of current) {
    const cw = words(c.text);
    let best: { p: ReportReference; s: number } | undefined;
    for (const { p, w } of prevWords) {
      if (!p.issues.some((i) => c.issues.includes(i))) continue;
      const s = jaccard(cw, w);
      if (s >= REPEAT_SIMILARITY && (!best || s > best.s)) best = { p, s };
    }
    if (best) {
      repeated.push({ current: c.text, previous: best.p.text, currentParagraph: c.paragraph, previousParagraph: best.p.paragraph, similarity: Math.round(best.s * 100) / 100 });
    }
  }
  const now = issuesOf(current);
  const before = issuesOf(previous);
  return {
    previousCycle,
    repeated,
    disappeared: sorted([...before].filter((i) => !now.has(i))),
    appeared: sorted([...now].filter((i) => !before.has(i))),
  };
}
