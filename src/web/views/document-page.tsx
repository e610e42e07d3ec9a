// A stored UN document: symbol, type, file and SHA-256, then its paragraphs with anchors
// (#p-86 for numbered paragraphs) that recommendation pages link to, and its notes.
import type { SourceDocumentPage } from '../../analysis/index.js';
import { Layout, type PageContext } from './layout.js';
import { documentTypeLabel } from './labels.js';

export function DocumentPage({ ctx, doc }: { ctx: PageContext; doc: SourceDocumentPage }) {
  const { loc } = ctx;
  const t = loc.t;
  const title = doc.symbol ?? doc.fileName;
  return (
    <Layout ctx={ctx} title={title}>
      <h1>{title}</h1>
      {doc.title && <p>{doc.title}</p>}
      <dl class="kv">
        <dt>{t('documentType')}</dt><dd>{documentTypeLabel(loc, doc.type)}</dd>
        {doc.stateIso3 && <><dt>{t('stateUnderReview')}</dt><dd><a href={`/states/${doc.stateIso3}`}>{doc.stateIso3}</a>{doc.cycle ? ` · ${t('cycleN', { n: doc.cycle })}` : ''}</dd></>}
        <dt>{t('sourceFile')}</dt><dd>{doc.fileName}</dd>
        <dt>{t('sha256')}</dt><dd class="code">{doc.sha256}</dd>
      </dl>
      <div class="doc">
        {doc.paragraphs.map((p) => (
          <p id={p.anchor}>{p.number && <strong>{p.number}. </strong>}{p.text}{p.page !== null && <span class="meta"> ({t('pageN', { n: p.page })})</span>}</p>
        ))}
      </div>
      {doc.footnotes.length > 0 && (
        <section aria-labelledby="notes-h">
          <h2 id="notes-h">{t('notes')}</h2>
          <ol class="meta">{doc.footnotes.map((f) => <li value={Number(f.number) || undefined}>{f.text}</li>)}</ol>
        </section>
      )}
    </Layout>
  );
}
