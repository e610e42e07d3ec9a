// Invariants between a Working Group report and the documents giving positions on its recommendations:
// an addendum answers numbers of the report (and every recommendation the report left pending), a thematic
// list lists the same numbers as the report. Numbers are compared as items (`122.3a` is item `122.3`).
import { itemNumber } from '../recommendations/bundled-items.js';
import { checkResult, listNumbers, type CheckResult } from './result.js';

/** The distinct items of some recommendation numbers, in order. */
function items(paragraphs: Iterable<string>): string[] {
  return [...new Set([...paragraphs].map(itemNumber))];
}

/**
 * Checks an addendum: positions were found, none names a number the report does not have, and every
 * recommendation the report left pending has a position now (from this or another document).
 */
export function checkAddendumCoverage(input: { stated: number; unattached: readonly string[]; stillPending: readonly string[] }): CheckResult {
  const reasons: string[] = [];
  if (input.stated === 0) reasons.push('no positions on numbered recommendations found in the addendum');
  if (input.unattached.length) reasons.push(`positions on numbers the report does not have: ${input.unattached.join('; ')}`);
  if (input.stated > 0 && input.stillPending.length) reasons.push(`${input.stillPending.length} recommendation(s) still without a final position: ${listNumbers(items(input.stillPending))}`);
  return checkResult(reasons);
}

/** Checks that a thematic list and the stored report have the same recommendation numbers. */
export function checkThematicListCoverage(listed: readonly string[], reported: readonly string[]): CheckResult {
  if (reported.length === 0) return checkResult([]); // the report is not stored yet: nothing to compare
  const inList = new Set(items(listed));
  const inReport = new Set(items(reported));
  const reasons: string[] = [];
  const notInList = [...inReport].filter((n) => !inList.has(n));
  const notInReport = [...inList].filter((n) => !inReport.has(n));
  if (notInList.length) reasons.push(`${notInList.length} recommendation(s) of the report missing from the thematic list: ${listNumbers(notInList)}`);
  if (notInReport.length) reasons.push(`${notInReport.length} recommendation(s) of the thematic list not in the report: ${listNumbers(notInReport)}`);
  return checkResult(reasons);
}
