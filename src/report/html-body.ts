// The body of the HTML report: header, contents, documents, summary, comparison, references and source notes,
// in the language of the labels given.
import { REFERENCE_KINDS, type ReportReference, type ReviewReport } from './model.js';
import { citation, issueList, issueName, positionText, reportTitle, reviewWhen, sections, sourcesText, type KindSection } from './presentation.js';
import type { Labels } from './labels.js';
import { esc } from './html.js';

const table = (caption: string, head: string[], rows: string[][]): string =>
  `<table><caption>${esc(caption)}</caption><thead><tr>${head.map((h) => `<th scope="col">${esc(h)}</th>`).join('')}</tr></thead><tbody>${rows
    .map(([first, ...rest]) => `<tr><th scope="row">${first}</th>${rest.map((c) => `<td${/^\d+$/.test(c) ? ' class="num"' : ''}>${c}</td>`).join('')}</tr>`)
    .join('')}</tbody></table>`;

function header(r: ReviewReport, L: Labels): string {
  const docs = r.documents.map((d) => esc(d.symbol ?? d.fileName)).join(', ');
  return `<header><h1>${esc(reportTitle(r, L))}</h1><dl class="meta">
<dt>${esc(L.stateUnderReview)}</dt><dd>${esc(r.state.name)} (${esc(r.state.iso3)})</dd>
<dt>${esc(L.cycle)}</dt><dd>${r.cycle}</dd><dt>${esc(L.session)}</dt><dd>${esc(r.session ?? '—')}</dd>
<dt>${esc(L.reviewDate)}</dt><dd>${esc(reviewWhen(r, L))}</dd>
<dt>${esc(L.documentsUsed)}</dt><dd>${docs || '—'}</dd>
<dt>${esc(L.references)}</dt><dd>${r.references.length}</dd></dl></header>`;
}

function contents(secs: KindSection[], r: ReviewReport, L: Labels): string {
  const items = [
    ['documents', L.documentsUsed], ['summary', L.summary],
    ...(r.comparison ? [['comparison', L.comparison(r.comparison.previousCycle)]] : []),
    ...secs.map((s) => [s.id, s.title]), ['method', L.method], ['sources', L.sources],
  ];
  return `<nav class="toc" aria-labelledby="contents"><h2 id="contents" class="keep">${esc(L.contents)}</h2><ol>${items
    .map(([id, t]) => `<li><a href="#${id}">${esc(t)}</a></li>`).join('')}</ol></nav>`;
}

function documents(r: ReviewReport, L: Labels): string {
  return `<section><h2 id="documents">${esc(L.documentsUsed)}</h2>${table(L.documentsCaption, [L.symbolOrFile, L.type, L.docTitle],
    r.documents.map((d) => [esc(d.symbol ?? d.fileName), esc(d.type.replace(/_/g, ' ')), esc(d.title ?? '')]))}</section>`;
}

const issueItems = (ids: string[], none: string, L: Labels): string =>
  ids.length > 0 ? `<ul>${ids.map((i) => `<li>${esc(issueName(i, L))}</li>`).join('')}</ul>` : `<p>${esc(none)}</p>`;

function summary(r: ReviewReport, L: Labels): string {
  const s = r.summary;
  const kinds = REFERENCE_KINDS.filter((k) => (s.byKind[k] ?? 0) > 0);
  const perKind = table(L.perDocument, [L.document, L.references], kinds.map((k) => [esc(L.kinds[k]), String(s.byKind[k] ?? 0)]));
  const perIssue = table(L.perIssueCaption, [L.issue, ...kinds.map((k) => L.kinds[k]), L.total],
    s.byIssue.map((i) => [esc(issueName(i.issue, L)), ...kinds.map((k) => String(i.byKind[k] ?? 0)), String(i.total)]));
  const rec = s.recommendations;
  const positions = table(L.positions, [L.position, L.recommendations],
    [[esc(L.supported), String(rec.supported)], [esc(L.noted), String(rec.noted)], [esc(L.pendingOrUnknown), String(rec.other)], [esc(L.total), String(rec.total)]]);
  return `<section><h2 id="summary">${esc(L.summary)}</h2>
<h3 id="summary-documents">${esc(L.perDocument)}</h3>${perKind}
<h3 id="summary-issues">${esc(L.perIssue)}</h3>${perIssue}
<h3 id="summary-positions">${esc(L.positions)}</h3>${positions}
<h3 id="summary-gaps">${esc(L.gaps)}</h3>
<p>${esc(L.gapsIntro)}</p>${issueItems(s.gaps, L.gapsNone, L)}
<h3 id="summary-again">${esc(L.raisedAgain)}</h3>${issueItems(s.raisedAgain, L.raisedAgainNone, L)}</section>`;
}

function comparison(r: ReviewReport, L: Labels): string {
  const c = r.comparison;
  if (!c) return '';
  const rows = c.repeated.map((x) => [esc(x.currentParagraph ?? '—'), esc(x.current), esc(x.previousParagraph ?? '—'), esc(x.previous), x.similarity.toFixed(2)]);
  return `<section><h2 id="comparison">${esc(L.comparison(c.previousCycle))}</h2>
<h3 id="comparison-repeated">${esc(L.repeated(c.repeated.length))}</h3>
${rows.length > 0 ? table(L.repeatedCaption(r.cycle, c.previousCycle), [L.para, L.cycleN(r.cycle), L.para, L.cycleN(c.previousCycle), L.overlap], rows) : `<p>${esc(L.none)}</p>`}
<h3 id="comparison-disappeared">${esc(L.disappeared)}</h3>${issueItems(c.disappeared, L.none, L)}
<h3 id="comparison-appeared">${esc(L.appeared)}</h3>${issueItems(c.appeared, L.none, L)}</section>`;
}

function reference(ref: ReportReference, note: number, L: Labels): string {
  const quote = ref.excerpt
    ? `<blockquote lang="en"><p>${ref.excerpt.map(esc).join(' … ')}</p></blockquote><details><summary>${esc(L.wholeParagraph)}</summary><p lang="en">${esc(ref.text)}</p></details>`
    : `<blockquote lang="en"><p>${esc(ref.text)}</p></blockquote>`;
  const who = sourcesText(ref);
  const meta = [
    `<span>${esc(citation(ref, L))}<sup><a href="#note-${note}" id="ref-note-${note}" aria-label="${esc(L.sourceNote(note))}">${note}</a></sup></span>`,
    who ? `<span>${esc(L.sourceLabel[ref.kind])}: ${esc(who)}</span>` : '',
    ref.response ? `<span>${esc(L.position)}: ${esc(positionText(ref))}</span>` : '',
    `<span>${esc(L.issues)}: ${esc(issueList(ref.issues, L))}</span>`,
  ].filter(Boolean).join('');
  return `<li id="${ref.id}"${ref.nhri ? ' class="nhri"' : ''}>${quote}<p class="ref-meta">${meta}</p></li>`;
}

function references(secs: KindSection[], notes: Map<string, number>, L: Labels): string {
  return secs.map((s) => `<section><h2 id="${s.id}">${esc(s.title)}</h2><p>${esc(s.symbols.join(', '))}</p>${s.groups
    .map((g) => `<h3 id="${g.id}">${esc(g.title)} (${g.references.length})</h3><ol class="refs">${g.references.map((x) => reference(x, notes.get(x.id)!, L)).join('')}</ol>`)
    .join('')}</section>`).join('\n');
}

function method(r: ReviewReport, L: Labels): string {
  return `<section><h2 id="method">${esc(L.method)}</h2>
<p>${esc(L.methodText(r.classifier))}</p>
${r.notes.length > 0 ? `<ul lang="en">${r.notes.map((n) => `<li>${esc(n)}</li>`).join('')}</ul>` : ''}</section>`;
}

function sourceNotes(r: ReviewReport, notes: Map<string, number>, L: Labels): string {
  const ordered = [...r.references].sort((a, b) => notes.get(a.id)! - notes.get(b.id)!);
  return `<section><h2 id="sources">${esc(L.sources)}</h2><ol class="notes">${ordered
    .map((x) => `<li id="note-${notes.get(x.id)}">${esc(citation(x, L))}. ${esc(L.noteText(x.score.toFixed(2), x.evidence.join('; ')))} <a href="#ref-note-${notes.get(x.id)}" aria-label="${esc(L.back(notes.get(x.id)!))}">↩</a></li>`)
    .join('')}</ol></section>`;
}

/** Numbers the source notes in reading order (the order references appear in the sections). */
export function noteNumbers(secs: KindSection[]): Map<string, number> {
  const notes = new Map<string, number>();
  for (const s of secs) for (const g of s.groups) for (const x of g.references) notes.set(x.id, notes.size + 1);
  return notes;
}

/** Everything inside <body>. */
export function bodyHtml(r: ReviewReport, L: Labels): string {
  const secs = sections(r, L);
  const notes = noteNumbers(secs);
  return `<main>${header(r, L)}${contents(secs, r, L)}${documents(r, L)}${summary(r, L)}${comparison(r, L)}${references(secs, notes, L)}${method(r, L)}${sourceNotes(r, notes, L)}</main>`;
}
