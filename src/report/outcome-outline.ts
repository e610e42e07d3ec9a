// The outcome summary in words, as a list of blocks (headings, paragraphs, tables, quotations) in the chosen
// language; Markdown, DOCX and HTML/PDF each only lay these blocks out, so the three say the same thing.
import { childIssueLabel, localeFor, responseLabel, stateName, type Lang, type Locale } from '../core/index.js';
import type { CountedRecommendation, OutcomeSummary } from './outcome-model.js';

export type OutcomeBlock =
  | { kind: 'title'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'note'; text: string }
  | { kind: 'table'; head: string[]; rows: string[][] }
  | { kind: 'quote'; text: string; cite: string };

/** "A/HRC/43/15, para. 98.1, 98.7" per document, for the recommendations counted by a figure. */
export function traceText(recs: CountedRecommendation[], loc: Locale): string {
  const bySymbol = new Map<string, string[]>();
  for (const r of recs) bySymbol.set(r.trace.symbol, [...(bySymbol.get(r.trace.symbol) ?? []), r.trace.paragraph]);
  return [...bySymbol].map(([symbol, list]) => loc.t('oc_paras', { symbol, list: list.join(', ') })).join('; ');
}

/** The blocks of the summary of `s` in `lang`. */
export function outcomeOutline(s: OutcomeSummary, lang: Lang = 'en'): OutcomeBlock[] {
  const loc = localeFor(lang);
  const t = loc.t;
  const name = stateName(s.state.iso3, lang);
  const all = s.recommendations;
  const child = all.filter((r) => r.childRights);
  const by = (recs: CountedRecommendation[], response: string) => recs.filter((r) => (response === 'other' ? !['supported', 'noted'].includes(r.response) : r.response === response));
  const pct = (n: number) => t('oc_share', { n: loc.num(n), pct: loc.num(all.length ? Math.round((n / all.length) * 100) : 0) });
  const figures: [string, CountedRecommendation[], string?][] = [
    [t('oc_received'), all], [t('rp_supported'), by(all, 'supported')], [t('rp_noted'), by(all, 'noted')], [t('rp_pendingOrUnknown'), by(all, 'other')],
    ...(s.classified ? [[t('oc_childRights'), child, pct(child.length)], [t('oc_childSupported'), by(child, 'supported')], [t('oc_childNoted'), by(child, 'noted')]] as [string, CountedRecommendation[], string?][] : []),
  ];
  const blocks: OutcomeBlock[] = [
    { kind: 'title', text: t('oc_title', { state: name, cycle: s.cycle }) },
    { kind: 'paragraph', text: s.sessionDates && s.session
      ? t('oc_intro', { state: name, session: s.session, start: loc.date(s.sessionDates.start), end: loc.date(s.sessionDates.end) })
      : t('oc_introDate', { state: name, cycle: s.cycle, date: s.reviewDate ? loc.date(s.reviewDate) : '—' }) },
    { kind: 'paragraph', text: t('oc_documents', { report: s.reportSymbol ?? t('oc_notStored'), responses: s.responsesSymbol ?? t('oc_notStored') }) },
    { kind: 'heading', text: t('oc_keyFigures') },
    { kind: 'table', head: [t('oc_figure'), t('count')], rows: figures.map(([label, recs, shown]) => [label, shown ?? loc.num(recs.length)]) },
  ];
  if (!s.classified) blocks.push({ kind: 'note', text: t('oc_notClassified') });
  // Each recommendation counted once, under its main issue, so the rows add up to the children's-rights total.
  const NONE = '';
  const issues = [...new Set(child.map((r) => r.childIssues[0] ?? NONE))];
  const firstIssue = (issue: string) => child.filter((r) => (r.childIssues[0] ?? NONE) === issue);
  const issueLabel = (i: string) => (i === NONE ? t('rp_noIssue') : childIssueLabel(loc, i));
  if (issues.length) {
    const rows = issues.map((i) => ({ i, recs: firstIssue(i) })).sort((a, b) => b.recs.length - a.recs.length);
    blocks.push({ kind: 'heading', text: t('oc_byIssue') },
      { kind: 'table', head: [t('issue'), t('rp_supported'), t('rp_noted'), t('total')],
        rows: rows.map(({ i, recs }) => [issueLabel(i), loc.num(by(recs, 'supported').length), loc.num(by(recs, 'noted').length), loc.num(recs.length)]) });
  }
  if (s.topStates.length) {
    blocks.push({ kind: 'heading', text: t('oc_topStates') },
      { kind: 'table', head: [t('state'), t('rp_recommendations'), ...(s.classified ? [t('oc_ofChildRights')] : [])],
        rows: s.topStates.map((x) => [stateName(x.iso3, lang), loc.num(x.count), ...(s.classified ? [loc.num(x.childRights)] : [])]) });
  }
  if (s.classified) {
    blocks.push({ kind: 'heading', text: t('oc_key') });
    if (s.key.length === 0) blocks.push({ kind: 'paragraph', text: t('oc_keyNone') });
    for (const r of s.key) {
      blocks.push({ kind: 'quote', text: r.text, cite: t('oc_keyCite', { states: r.states.map((x) => stateName(x, lang)).join(', '), where: traceText([r], loc), position: responseLabel(loc, r.response) }) });
    }
  }
  blocks.push({ kind: 'heading', text: t('oc_next') });
  if (s.next.midTermMonth) blocks.push({ kind: 'paragraph', text: t('oc_midTerm', { month: loc.month(s.next.midTermMonth) }) });
  const n = s.next;
  blocks.push({ kind: 'paragraph', text: n.review ? t('oc_nextReview', { n: n.review.session, start: loc.date(n.review.start), end: loc.date(n.review.end) })
    : n.projected ? t('oc_projected', { n: n.projected.session, month: loc.month(n.projected.month) }) : t('oc_noNext') });
  blocks.push({ kind: 'heading', text: t('oc_sources') }, { kind: 'note', text: t('oc_sourcesIntro') });
  for (const [label, recs] of figures) if (recs.length) blocks.push({ kind: 'note', text: `${label} (${loc.num(recs.length)}): ${traceText(recs, loc)}` });
  for (const i of issues) blocks.push({ kind: 'note', text: `${issueLabel(i)}: ${traceText(firstIssue(i), loc)}` });
  for (const x of s.topStates) blocks.push({ kind: 'note', text: `${stateName(x.iso3, lang)}: ${traceText(all.filter((r) => r.states.includes(x.iso3)), loc)}` });
  blocks.push({ kind: 'note', text: t('oc_method') });
  return blocks;
}
