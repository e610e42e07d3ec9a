// The hand-checked gold set (data/gold/*.jsonl): parsing and validating its items. Pure: JSONL text in.
import { isChildRightsIssueId, type ChildRightsIssueId, type Parsed, type Problem } from '../../core/index.js';
import type { ClassifierLanguage } from './normalise.js';

export interface GoldItem {
  id: string;
  /** `held-out` items were labelled after the lexicon was frozen and never used to develop it. */
  set?: 'development' | 'held-out';
  kind: 'recommendation' | 'paragraph';
  language: ClassifierLanguage;
  text: string;
  /** Where the text is: `file` under ../shared/data plus `line` (CSV) or `symbol` + `paragraph` (documents). */
  source: { file: string; line?: number; symbol?: string; paragraph?: number; question?: number };
  session: number;
  label: boolean;
  issues: ChildRightsIssueId[];
  note?: string;
}

/** Parses gold JSONL; items with a bad field are reported as problems and left out. */
export function parseGold(jsonl: string, file: string): Parsed<GoldItem[]> {
  const value: GoldItem[] = [];
  const problems: Problem[] = [];
  jsonl.split('\n').forEach((raw, i) => {
    if (!raw.trim()) return;
    const line = i + 1;
    let item: GoldItem;
    try {
      item = JSON.parse(raw) as GoldItem;
    } catch {
      problems.push({ file, line, message: 'not valid JSON' });
      return;
    }
    const bad = (field: string, message: string) => problems.push({ file, line, field, message });
    if (typeof item.text !== 'string' || !item.text.trim()) return bad('text', 'missing text');
    if (typeof item.label !== 'boolean') return bad('label', 'label must be true or false');
    if (!['en', 'fr', 'es'].includes(item.language)) return bad('language', `unknown language ${String(item.language)}`);
    if (!Number.isInteger(item.session)) return bad('session', 'session must be a number');
    const unknown = (item.issues ?? []).filter((x) => !isChildRightsIssueId(x));
    if (unknown.length > 0) return bad('issues', `unknown issue ids: ${unknown.join(', ')}`);
    if (!item.label && item.issues.length > 0) return bad('issues', 'a "no" item cannot have issues');
    if (item.set !== undefined && item.set !== 'development' && item.set !== 'held-out') return bad('set', `unknown set ${String(item.set)}`);
    value.push(item);
  });
  return { value, problems };
}
