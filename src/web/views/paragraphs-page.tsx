// The paragraph search: children's-rights paragraphs of UN documents (national reports, UN compilations,
// stakeholders' summaries, dialogue statements) that a query selects, each linked to its place in its document.
// Every paragraph count of the prominence analysis links here.
import type { ParagraphHit, ParagraphQuery } from '../../store/index.js';
import { childIssueLabel, stateName, type MessageKey } from '../../core/index.js';
import { Layout, type PageContext } from './layout.js';

export interface ParagraphsData {
  query: ParagraphQuery;
  total: number;
  hits: ParagraphHit[];
  classified: boolean;
}

const KIND_LABEL = (kind: string) => `rp_kind_${kind}` as MessageKey;
const anchor = (h: ParagraphHit) => (h.number ? `p-${h.number}` : `s-${h.seq}`);

export function ParagraphsPage({ ctx, data }: { ctx: PageContext; data: ParagraphsData }) {
  const { loc } = ctx;
  const t = loc.t;
  const q = data.query;
  const what = [
    ...(q.kind ?? []).map((k) => t(KIND_LABEL(k))),
    ...(q.childIssue ?? []).map((i) => childIssueLabel(loc, i)),
    ...(q.state ?? []).map((s) => stateName(s, loc.lang)),
    ...(q.cycle ?? []).map((c) => `${t('facetCycle')} ${c}`),
    ...(q.session ?? []).map((s) => `${t('facetSession')} ${s}`),
  ];
  return (
    <Layout ctx={ctx} title={t('anParagraphsTitle')} section="analyses">
      <h1>{t('anParagraphsTitle')}</h1>
      <p>{t('anParagraphsIntro')}</p>
      {what.length > 0 ? <p>{what.join(' · ')}</p> : ''}
      {data.classified ? <p class="count">{t('anParagraphsCount', { n: loc.num(data.total), shown: loc.num(data.hits.length) })}</p> : <p class="warning">{t('anParagraphsNone')}</p>}
      <ol class="paragraphs">
        {data.hits.map((h) => (
          <li>
            <p><a href={`/documents/${h.documentId}#${anchor(h)}`}>{h.symbol ?? t(KIND_LABEL(h.kind))}{h.number ? `, para. ${h.number}` : ''}</a>
              {' '}({t(KIND_LABEL(h.kind))}; {stateName(h.stateIso3, loc.lang)}, {t('facetCycle')} {h.cycle}; {h.issues.map((i) => childIssueLabel(loc, i)).join(', ')})</p>
            <blockquote>{h.text}</blockquote>
          </li>
        ))}
      </ol>
    </Layout>
  );
}
