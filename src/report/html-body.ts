// The body of the HTML report: header, contents, documents, summary, comparison, references and source notes.
import { KIND_TITLES, REFERENCE_KINDS, type ReportReference, type ReviewReport } from './model.js';
import { citation, issueList, issueName, positionText, reportTitle, reviewWhen, sections, sourcesText, SOURCE_LABEL, type KindSection } from './presentation.js';
import { esc } from './html.js';

const table = (caption: string, head: string[], rows: string[][]): string =>
  `<table><caption>${esc(caption)}</caption><thead><tr>${head.map((h) => `<th scope="col">${esc(h)}</th>`).join('')}</tr></thead><tbody>${rows
    .map(([first, ...rest]) => `<tr><th scope="row">${first}</th>${rest.map((c) => `<td${/^\d+$/.test(c) ? ' class="num"' : ''}>${c}</td>`).join('')}</tr>`)
    .join('')}</tbody></table>`;

function header(r: ReviewReport): string {
  const docs = r.documents.map((d) => esc(d.symbol ?? d.fileName)).join(', ');
  return `<header><h1>${esc(reportTitle(r))}</h1><dl class="meta">
<dt>State under review</dt><dd>${esc(r.state.name)} (${esc(r.state.iso3)})</dd>
<dt>Cycle</dt><dd>${r.cycle}</dd><dt>Session</dt><dd>${esc(r.session ?? '—')}</dd>
<dt>Review date</dt><dd>${esc(reviewWhen(r))}</dd>
<dt>Documents used</dt><dd>${docs || '—'}</dd>
<dt>References</dt><dd>${r.references.length}</dd></dl></header>`;
}

function contents(secs: KindSection[], r: ReviewReport): string {
  const items = [
    ['documents', 'Documents used'], ['summary', 'Summary'],
    ...(r.comparison ? [['comparison', `Comparison with cycle ${r.comparison.previousCycle}`]] : []),
    ...secs.map((s) => [s.id, s.title]), ['method', 'Method and notes'], ['sources', 'Sources'],
  ];
  return `<nav class="toc" aria-labelledby="contents"><h2 id="contents" class="keep">Contents</h2><ol>${items
    .map(([id, t]) => `<li><a href="#${id}">${esc(t)}</a></li>`).join('')}</ol></nav>`;
}

function documents(r: ReviewReport): string {
  return `<section><h2 id="documents">Documents used</h2>${table('UN documents of this review read for the report', ['Symbol or file', 'Type', 'Title'],
    r.documents.map((d) => [esc(d.symbol ?? d.fileName), esc(d.type.replace(/_/g, ' ')), esc(d.title ?? '')]))}</section>`;
}

function summary(r: ReviewReport): string {
  const s = r.summary;
  const kinds = REFERENCE_KINDS.filter((k) => (s.byKind[k] ?? 0) > 0);
  const perKind = table('References per document', ['Document', 'References'], kinds.map((k) => [esc(KIND_TITLES[k]), String(s.byKind[k] ?? 0)]));
  const perIssue = table('References per issue and document', ['Issue', ...kinds.map((k) => KIND_TITLES[k]), 'Total'],
    s.byIssue.map((i) => [esc(issueName(i.issue)), ...kinds.map((k) => String(i.byKind[k] ?? 0)), String(i.total)]));
  const rec = s.recommendations;
  const positions = table("Positions on children's-rights recommendations", ['Position', 'Recommendations'],
    [['Supported', String(rec.supported)], ['Noted', String(rec.noted)], ['Pending or unknown', String(rec.other)], ['Total', String(rec.total)]]);
  const list = (ids: string[], none: string): string => (ids.length > 0 ? `<ul>${ids.map((i) => `<li>${esc(issueName(i))}</li>`).join('')}</ul>` : `<p>${esc(none)}</p>`);
  return `<section><h2 id="summary">Summary</h2>
<h3 id="summary-documents">References per document</h3>${perKind}
<h3 id="summary-issues">References per issue</h3>${perIssue}
<h3 id="summary-positions">Children's-rights recommendations</h3>${positions}
<h3 id="summary-gaps">Raised by the UN or stakeholders, absent from the recommendations</h3>
<p>Issues an NGO can lobby on: raised in the compilation of UN information or the summary of stakeholders' submissions, but in no children's-rights recommendation of this cycle.</p>${list(s.gaps, 'None: every issue raised was also recommended.')}
<h3 id="summary-again">Recommended last cycle and raised again</h3>${list(s.raisedAgain, 'None, or the previous cycle is not ingested.')}</section>`;
}

function comparison(r: ReviewReport): string {
  const c = r.comparison;
  if (!c) return '';
  const rows = c.repeated.map((x) => [esc(x.currentParagraph ?? '—'), esc(x.current), esc(x.previousParagraph ?? '—'), esc(x.previous), x.similarity.toFixed(2)]);
  const list = (ids: string[]): string => (ids.length > 0 ? `<ul>${ids.map((i) => `<li>${esc(issueName(i))}</li>`).join('')}</ul>` : '<p>None.</p>');
  return `<section><h2 id="comparison">Comparison with cycle ${c.previousCycle}</h2>
<h3 id="comparison-repeated">Recommendations repeated (${c.repeated.length})</h3>
${rows.length > 0 ? table(`Children's-rights recommendations of cycle ${r.cycle} that repeat one of cycle ${c.previousCycle}`, ['Para.', `Cycle ${r.cycle}`, 'Para.', `Cycle ${c.previousCycle}`, 'Word overlap'], rows) : '<p>None.</p>'}
<h3 id="comparison-disappeared">Issues that disappeared from the recommendations</h3>${list(c.disappeared)}
<h3 id="comparison-appeared">Issues new in the recommendations</h3>${list(c.appeared)}</section>`;
}

function reference(ref: ReportReference, note: number): string {
  const quote = ref.excerpt
    ? `<blockquote><p>${ref.excerpt.map(esc).join(' … ')}</p></blockquote><details><summary>Whole paragraph</summary><p>${esc(ref.text)}</p></details>`
    : `<blockquote><p>${esc(ref.text)}</p></blockquote>`;
  const who = sourcesText(ref);
  const meta = [
    `<span>${esc(citation(ref))}<sup><a href="#note-${note}" id="ref-note-${note}" aria-label="source note ${note}">${note}</a></sup></span>`,
    who ? `<span>${esc(SOURCE_LABEL[ref.kind])}: ${esc(who)}</span>` : '',
    ref.response ? `<span>Position: ${esc(positionText(ref))}</span>` : '',
    `<span>Issues: ${esc(issueList(ref.issues))}</span>`,
  ].filter(Boolean).join('');
  return `<li id="${ref.id}"${ref.nhri ? ' class="nhri"' : ''}>${quote}<p class="ref-meta">${meta}</p></li>`;
}

function references(secs: KindSection[], notes: Map<string, number>): string {
  return secs.map((s) => `<section><h2 id="${s.id}">${esc(s.title)}</h2><p>${esc(s.symbols.join(', '))}</p>${s.groups
    .map((g) => `<h3 id="${g.id}">${esc(g.title)} (${g.references.length})</h3><ol class="refs">${g.references.map((x) => reference(x, notes.get(x.id)!)).join('')}</ol>`)
    .join('')}</section>`).join('\n');
}

function method(r: ReviewReport): string {
  return `<section><h2 id="method">Method and notes</h2>
<p>Every paragraph of the documents listed, every statement of the interactive dialogue, every advance question and every recommendation was read by the children's-rights classifier ${esc(r.classifier)} and kept when it concerns children's rights. Stakeholders are named from the list of submissions at the end of the summary; UN bodies from the footnotes of the compilation. Where a paragraph mixes topics, the sentences about children are quoted word for word and the whole paragraph is given below them.</p>
${r.notes.length > 0 ? `<ul>${r.notes.map((n) => `<li>${esc(n)}</li>`).join('')}</ul>` : ''}</section>`;
}

function sourceNotes(r: ReviewReport, notes: Map<string, number>): string {
  const ordered = [...r.references].sort((a, b) => notes.get(a.id)! - notes.get(b.id)!);
  return `<section><h2 id="sources">Sources</h2><ol class="notes">${ordered
    .map((x) => `<li id="note-${notes.get(x.id)}">${esc(citation(x))}. Classifier score ${x.score.toFixed(2)}; evidence: ${esc(x.evidence.join('; '))}. <a href="#ref-note-${notes.get(x.id)}" aria-label="back to reference ${notes.get(x.id)}">↩</a></li>`)
    .join('')}</ol></section>`;
}

/** Numbers the source notes in reading order (the order references appear in the sections). */
export function noteNumbers(secs: KindSection[]): Map<string, number> {
  const notes = new Map<string, number>();
  for (const s of secs) for (const g of s.groups) for (const x of g.references) notes.set(x.id, notes.size + 1);
  return notes;
}

/** Everything inside <body>. */
export function bodyHtml(r: ReviewReport): string {
  const secs = sections(r);
  const notes = noteNumbers(secs);
  return `<main>${header(r)}${contents(secs, r)}${documents(r)}${summary(r)}${comparison(r)}${references(secs, notes)}${method(r)}${sourceNotes(r, notes)}</main>`;
}
