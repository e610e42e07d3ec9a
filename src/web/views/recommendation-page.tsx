// One recommendation: its text, States, position and source, children's-rights issues with the
// classifier's evidence, provenance (file, SHA-256, locator), every source's claim with where they disagree
// (docs/merge.md) and the same recommendation in other cycles.
import type { RecommendationView } from '../../core/index.js';
import type { ChildRightsResult } from '../../store/index.js';
import type { RecommendationSource } from '../../analysis/index.js';
import { Layout, type PageContext } from './layout.js';
import { childIssueLabel, documentTypeLabel, responseLabel } from './labels.js';
import { ResultItem } from './search-page.js';
import { searchQueryString } from '../search-params.js';

export interface RecommendationPageData {
  rec: RecommendationView;
  childRights: ChildRightsResult | undefined;
  similar: RecommendationView[];
  source: RecommendationSource;
}

export function RecommendationPage({ ctx, data }: { ctx: PageContext; data: RecommendationPageData }) {
  const { loc } = ctx;
  const t = loc.t;
  const { rec, childRights: cr, similar, source } = data;
  const docLink = (id: number, anchor: string | null) => `/documents/${id}${anchor ? `#${anchor}` : ''}`;
  const issueLink = (issue: string) => `/?${searchQueryString({ filters: { issue: [issue] } })}`;
  return (
    <Layout ctx={ctx} title={t('recTitle', { id: rec.id })}>
      <h1>{t('recTitle', { id: rec.id })}</h1>
      <blockquote lang="en">{rec.text}</blockquote>
      <dl class="kv">
        <dt>{t('stateUnderReview')}</dt><dd><a href={`/states/${rec.stateUnderReview.iso3}`}>{rec.stateUnderReview.name}</a></dd>
        <dt>{t('recommendingStates')}</dt>
        <dd>{rec.recommendingStates.length ? rec.recommendingStates.map((s, i) => <>{i > 0 && ', '}<a href={`/states/${s.iso3}`}>{s.name}</a></>) : '—'}</dd>
        <dt>{t('cycle')} · {t('session')}</dt>
        <dd><a href={`/?${searchQueryString({ filters: { state: [rec.stateUnderReview.iso3], cycle: [rec.cycle] } })}`}>{t('cycleN', { n: rec.cycle })} · {t('sessionN', { n: rec.session })}</a></dd>
        {rec.paragraph && <><dt>{t('paragraph')}</dt><dd>{rec.paragraph}</dd></>}
        <dt>{t('position')}</dt><dd><span class={`badge ${rec.response}`}>{responseLabel(loc, rec.response)}</span></dd>
        <dt>{t('positionSource')}</dt><dd>{rec.responseSource ?? rec.provenance.file}</dd>
        {rec.actionCategory !== null && <><dt>{t('actionCategory')}</dt><dd>{rec.actionCategory}</dd></>}
        <dt>{t('uprInfoIssues')}</dt>
        <dd>{rec.issues.length ? rec.issues.map((i, n) => <>{n > 0 && ', '}<a href={issueLink(i)}>{i}</a></>) : '—'}</dd>
      </dl>

      <h2>{t('childRights')}</h2>
      {!cr ? <p>{t('notClassified')}</p> : (
        <>
          <p>{cr.isChildRights ? t('childRightsYes', { s: loc.num(Number(cr.score.toFixed(2))) }) : t('childRightsNo', { s: loc.num(Number(cr.score.toFixed(2))) })}</p>
          {cr.issues.length > 0 && (
            <ul>{cr.issues.map((i) => <li><a href={`/?${searchQueryString({ filters: { childIssue: [i.id] } })}`}>{childIssueLabel(loc, i.id)}</a> ({loc.num(Number(i.score.toFixed(2)))})</li>)}</ul>
          )}
          {cr.evidence.length > 0 && <><h3>{t('evidence')}</h3><ul>{cr.evidence.map((e) => <li lang="en">{e}</li>)}</ul></>}
          <p class="meta">{t('model')}: {cr.modelVersion}</p>
        </>
      )}

      <h2>{t('provenance')}</h2>
      <dl class="kv">
        <dt>{t('sourceFile')}</dt><dd>{rec.provenance.file}</dd>
        <dt>{t('locator')}</dt><dd>{rec.provenance.locator}</dd>
        <dt>{t('sha256')}</dt><dd class="code">{rec.provenance.sha256}</dd>
        {source.document && <><dt>{t('sourceDocument')}</dt>
          <dd><a href={docLink(source.document.id, source.anchor)}>{source.document.symbol ?? source.document.fileName}{rec.paragraph ? `, ${t('paragraphLink', { n: rec.paragraph })}` : ''}</a> ({documentTypeLabel(loc, source.document.type)})</dd></>}
      </dl>
      {source.positions.length > 0 && (
        <table>
          <caption>{t('positions')}</caption>
          <thead><tr><th scope="col">{t('response')}</th><th scope="col">{t('document')}</th><th scope="col">{t('locator')}</th></tr></thead>
          <tbody>{source.positions.map((p) => (
            <tr><td><span class={`badge ${p.response}`}>{responseLabel(loc, p.response)}</span></td>
              <td>{p.documentId ? <a href={docLink(p.documentId, p.anchor)}>{p.documentSymbol ?? p.documentId}</a> : p.documentSymbol ?? '—'}</td><td>{p.locator}</td></tr>
          ))}</tbody>
        </table>
      )}
      <Sources ctx={ctx} rec={rec} />
      <p><a href={`/api/recommendations/${rec.id}`}>JSON</a></p>

      <h2>{t('otherCycles')}</h2>
      {similar.length === 0 ? <p>{t('noOtherCycles')}</p> : <ul class="results">{similar.map((r) => <ResultItem loc={loc} r={r} />)}</ul>}
    </Layout>
  );
}

/** Each source's claim (UPR Info, the report, the addendum…), and where they disagree. */
function Sources({ ctx, rec }: { ctx: PageContext; rec: RecommendationView }) {
  const { loc } = ctx;
  const t = loc.t;
  const sources = rec.sources ?? [];
  if (sources.length === 0) return null;
  const disagreement = rec.disagreement ?? [];
  return (
    <section aria-labelledby="sources">
      <h2 id="sources">{t('sources')}</h2>
      <p>{t('sourcesIntro')}</p>
      {disagreement.length > 0 && <p><strong>{t('sourcesDisagree', { what: disagreement.join(', ') })}</strong></p>}
      <table>
        <thead><tr><th scope="col">{t('sourceKind')}</th><th scope="col">{t('locator')}</th><th scope="col">{t('response')}</th>
          <th scope="col">{t('recommendingStates')}</th><th scope="col">{t('sourceText')}</th></tr></thead>
        <tbody>{sources.map((c) => (
          <tr><td>{t(`sk_${c.kind}`)}</td><td>{[c.documentSymbol ?? c.file, c.locator].join(', ')}</td>
            <td><span class={`badge ${c.response}`}>{responseLabel(loc, c.response)}</span></td>
            <td>{c.recommendingStates.join(', ') || '—'}</td><td lang="en">{c.text ?? '—'}</td></tr>
        ))}</tbody>
      </table>
    </section>
  );
}
