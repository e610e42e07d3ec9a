// Labels of data values in a page or report language: responses, children's-rights issues, document types
// and regional groups. State names are in ../state-names.ts; UPR Info issues stay as the source wrote them.
import { childRightsIssue } from '../taxonomy.js';
import { EN, type MessageKey } from './catalogue.js';
import type { Locale } from './locale.js';

const known = (key: string): key is MessageKey => key in EN;

/** `supported`, `noted`, `pending`, `unknown` in the locale's language; any other value as it is. */
export function responseLabel(loc: Locale, r: string): string {
  return ['supported', 'noted', 'pending', 'unknown'].includes(r) ? loc.t(r as MessageKey) : r;
}

/** Name of a children's-rights issue (`corporal_punishment`) in the locale's language. */
export function childIssueLabel(loc: Locale, id: string): string {
  return childRightsIssue(id)?.names[loc.lang] ?? id;
}

/** Name of a document type (`wg_report`…) in the locale's language. */
export function documentTypeLabel(loc: Locale, type: string): string {
  const key = `dt_${type}`;
  return known(key) ? loc.t(key) : type;
}

/** Name of a UN regional group (`WEOG`…) in the locale's language, else `label`. */
export function groupLabel(loc: Locale, group: string, label = group): string {
  const key = `grp_${group}`;
  return known(key) ? loc.t(key) : label;
}
