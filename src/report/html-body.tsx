// The body of the HTML report as hono/jsx components: header, contents, documents, summary and comparison;
// the references and source notes are in html-references.tsx. Words in the locale's language.
import type { Locale } from '../core/index.js';
import { REFERENCE_KINDS, type ReviewReport } from './model.js';
import { documentType, expectedName, expectedStatus, incompleteWarning, issueName, kindTitle, noteNumbers, reportStateName, reportTitle, reviewWhen, sections, type KindSection } from './presentation.js';
import { DataTable } from './components/index.js';
import { MethodSection, ReferenceSections, SourceNotes } from './html-references.js';
import { CrcSection } from './html-crc.js';

type Props = { r: ReviewReport; loc: Locale };

function Header({ r, loc }: Props) {
  const t = loc.t;
  const warning = incompleteWarning(r, loc);
  return (
    <header>
      <h1>{reportTitle(r, loc)}</h1>
      <dl class="meta">
        <dt>{t('stateUnderReview')}</dt><dd>{reportStateName(r, loc)} ({r.state.iso3})</dd>
        <dt>{t('cycle')}</dt><dd>{r.cycle}</dd><dt>{t('session')}</dt><dd>{r.session ?? '—'}</dd>
        <dt>{t('rp_reviewDate')}</dt><dd>{reviewWhen(r, loc)}</dd>
        <dt>{t('rp_documentsUsed')}</dt><dd>{r.documents.map((d) => d.symbol ?? d.fileName).join(', ') || '—'}</dd>
        <dt>{t('rp_references')}</dt><dd>{loc.num(r.references.length)}</dd>
      </dl>
      {warning && <p class="incomplete" role="note"><strong>{warning}</strong> <a href="#expected">{t('rp_expected')}</a></p>}
    </header>
  );
}

function Contents({ r, loc, secs }: Props & { secs: KindSection[] }) {
  const t = loc.t;
  const items: [string, string][] = [
    ['documents', t('rp_documentsUsed')], ['summary', t('rp_summary')],
    ...(r.comparison ? [['comparison', t('rp_comparison', { cycle: r.comparison.previousCycle })] as [string, string]] : []),
    ...secs.map((s): [string, string] => [s.id, s.title]), ...(r.crc ? [['crc', t('rp_crcTitle')] as [string, string]] : []),
    ['method', t('rp_method')], ['sources', t('rp_sources')],
  ];
  return (
    <nav class="toc" aria-labelledby="contents">
      <h2 id="contents" class="keep">{t('rp_contents')}</h2>
      <ol>{items.map(([id, title]) => <li><a href={`#${id}`}>{title}</a></li>)}</ol>
    </nav>
  );
}

function Documents({ r, loc }: Props) {
  const t = loc.t;
  return (
    <section>
      <h2 id="documents">{t('rp_documentsUsed')}</h2>
      <DataTable caption={t('rp_documentsCaption')} columns={[{ label: t('rp_symbolOrFile') }, { label: t('documentType') }, { label: t('rp_docTitle') }]}
        rows={r.documents.map((d) => [d.symbol ?? d.fileName, documentType(d.type, loc), <>{d.title ? <span lang="en">{d.title}</span> : ''}{(d.corrigenda ?? []).map((c) => <><br />{c.symbol}: <span lang="en">{c.text}</span></>)}</>])} />
      <h3 id="expected">{t('rp_expected')}</h3>
      <DataTable caption={t('rp_expectedCaption')} columns={[{ label: t('document') }, { label: t('rp_status') }]}
        rows={r.expectedDocuments.map((e) => [expectedName(e, loc), e.status === 'stored' ? expectedStatus(e, loc) : <strong>{expectedStatus(e, loc)}</strong>])} />
    </section>
  );
}

function IssueItems({ ids, none, loc }: { ids: string[]; none: string; loc: Locale }) {
  return ids.length > 0 ? <ul>{ids.map((i) => <li>{issueName(i, loc)}</li>)}</ul> : <p>{none}</p>;
}

function Summary({ r, loc }: Props) {
  const t = loc.t;
  const s = r.summary;
  const kinds = REFERENCE_KINDS.filter((k) => (s.byKind[k] ?? 0) > 0);
  const rec = s.recommendations;
  return (
    <section>
      <h2 id="summary">{t('rp_summary')}</h2>
      <h3 id="summary-documents">{t('rp_perDocument')}</h3>
      <DataTable caption={t('rp_perDocument')} columns={[{ label: t('document') }, { label: t('rp_references'), numeric: true }]}
        rows={kinds.map((k) => [kindTitle(k, loc), loc.num(s.byKind[k] ?? 0)])} />
      <h3 id="summary-issues">{t('rp_perIssue')}</h3>
      <DataTable caption={t('rp_perIssueCaption')} columns={[{ label: t('issue') }, ...kinds.map((k) => ({ label: kindTitle(k, loc), numeric: true })), { label: t('total'), numeric: true }]}
        rows={s.byIssue.map((i) => [issueName(i.issue, loc), ...kinds.map((k) => loc.num(i.byKind[k] ?? 0)), loc.num(i.total)])} />
      <h3 id="summary-positions">{t('rp_positions')}</h3>
      <DataTable caption={t('rp_positions')} columns={[{ label: t('rp_position') }, { label: t('rp_recommendations'), numeric: true }]}
        rows={[[t('rp_supported'), loc.num(rec.supported)], [t('rp_noted'), loc.num(rec.noted)], [t('rp_pendingOrUnknown'), loc.num(rec.other)], [t('total'), loc.num(rec.total)]]} />
      <h3 id="summary-gaps">{t('rp_gaps')}</h3>
      <p>{t('rp_gapsIntro')}</p>
      <IssueItems ids={s.gaps} none={t('rp_gapsNone')} loc={loc} />
      <h3 id="summary-again">{t('rp_raisedAgain')}</h3>
      <IssueItems ids={s.raisedAgain} none={t('rp_raisedAgainNone')} loc={loc} />
    </section>
  );
}

function Comparison({ r, loc }: Props) {
  const c = r.comparison;
  if (!c) return null;
  const t = loc.t;
  return (
    <section>
      <h2 id="comparison">{t('rp_comparison', { cycle: c.previousCycle })}</h2>
      <h3 id="comparison-repeated">{t('rp_repeated', { n: c.repeated.length })}</h3>
      {c.repeated.length > 0
        ? <DataTable caption={t('rp_repeatedCaption', { cycle: r.cycle, previous: c.previousCycle })}
          columns={[{ label: t('rp_para') }, { label: t('cycleN', { n: r.cycle }) }, { label: t('rp_para') }, { label: t('cycleN', { n: c.previousCycle }) }, { label: t('rp_overlap'), numeric: true }]}
          rows={c.repeated.map((x) => [x.currentParagraph ?? '—', <span lang="en">{x.current}</span>, x.previousParagraph ?? '—', <span lang="en">{x.previous}</span>, loc.num(x.similarity)])} />
        : <p>{t('rp_none')}</p>}
      <h3 id="comparison-disappeared">{t('rp_disappeared')}</h3>
      <IssueItems ids={c.disappeared} none={t('rp_none')} loc={loc} />
      <h3 id="comparison-appeared">{t('rp_appeared')}</h3>
      <IssueItems ids={c.appeared} none={t('rp_none')} loc={loc} />
    </section>
  );
}

/** Everything inside <body>. */
export function ReportBody({ r, loc }: Props) {
  const secs = sections(r, loc);
  const notes = noteNumbers(secs);
  return (
    <main>
      <Header r={r} loc={loc} />
      <Contents r={r} loc={loc} secs={secs} />
      <Documents r={r} loc={loc} />
      <Summary r={r} loc={loc} />
      <Comparison r={r} loc={loc} />
      <ReferenceSections secs={secs} notes={notes} loc={loc} />
      <CrcSection r={r} loc={loc} />
      <MethodSection r={r} loc={loc} />
      <SourceNotes r={r} notes={notes} loc={loc} />
    </main>
  );
}
