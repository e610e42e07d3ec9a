// The outcome of a structural self-check of one document: ok, or the reasons it needs review.

export interface CheckResult {
  ok: boolean;
  /** One sentence per failed invariant, naming the paragraph or numbers concerned. */
  reasons: string[];
}

/** Builds a result from reasons (ok when there are none). */
export function checkResult(reasons: readonly string[]): CheckResult {
  return { ok: reasons.length === 0, reasons: [...reasons] };
}

/** Joins several checks of one document. */
export function mergeChecks(...checks: readonly CheckResult[]): CheckResult {
  return checkResult(checks.flatMap((c) => c.reasons));
}

/** "122.3, 122.4, 122.9" — at most `max` numbers, then "and N more". */
export function listNumbers(numbers: readonly string[], max = 8): string {
  const head = numbers.slice(0, max).join(', ');
  return numbers.length > max ? `${head} and ${numbers.length - max} more` : head;
}
