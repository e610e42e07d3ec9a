// Invariant of a summary of stakeholders' submissions (/3): every paragraph of the NHRI section and of the
// stakeholders' section is attributed to at least one submitter of the summary's own list.
import type { SummaryAttribution } from '../references/index.js';
import { checkResult, listNumbers, type CheckResult } from './result.js';

/** Checks the attribution of a /3 summary's paragraphs. */
export function checkStakeholderSummary(a: SummaryAttribution): CheckResult {
  if (!a.listFound) return checkResult(['no list of submissions found: no paragraph can be attributed']);
  const reasons: string[] = [];
  const unattributed = a.paragraphs.filter((p) => p.section !== 'intro' && p.primary.length === 0);
  if (unattributed.length) reasons.push(`${unattributed.length} paragraph(s) name no submitter of the list: ${listNumbers(unattributed.map((p) => `para ${p.number}`))}`);
  const nhriParas = a.paragraphs.filter((p) => p.section === 'nhri');
  if (nhriParas.length && !a.nhri) reasons.push(`the national human rights institution of paras ${listNumbers(nhriParas.map((p) => p.number))} is not identified`);
  return checkResult(reasons);
}
