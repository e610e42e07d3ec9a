// A stored UN document: symbol, type, file and SHA-256 (and its version), then its corrigenda with their
// instructions, its paragraphs with anchors (#p-86 for numbered paragraphs) that recommendation pages link
// to (a paragraph a corrigendum changed shows its text as first printed), and its notes.
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
        {doc.earlierVersions.length > 0 && <><dt>{t('docVersion')}</dt><dd>{doc.version} · {t('docReplaces', { files: doc.earlierVersions.map((v) => `${v.version}: ${v.fileName}`).join(', ') })}</dd></>}
        {doc.corrects && <><dt>{t('docCorrects')}</dt><dd><a href={`/documents/${doc.corrects.id}`}>{doc.corrects.symbol ?? doc.corrects.id}</a></dd></>}
      </dl>
      {doc.corrigenda.length > 0 && (
        <section aria-labelledby="corrigenda-h">
          <h2 id="corrigenda-h">{t('docCorrigenda')}</h2>
          {doc.corrigenda.map((c) => (
            <div class="corrigendum">
              <h3><a href={`/documents/${c.id}`}>{c.symbol ?? c.id}</a></h3>
              <ul>{c.instructions.map((i) => (
                <li>{i.text.split('\n').map((line, n) => <>{n > 0 && <br />}{line}</>)} <span class="meta">({i.applied ? t('docCorrectionApplied') : t('docCorrectionShown')})</span></li>
              ))}</ul>
            </div>
          ))}
        </section>
      )}
      <div class="doc">
        {doc.paragraphs.map((p) => (
          <p id={p.anchor}>{p.number && <strong>{p.number}. </strong>}{p.text}{p.page !== null && <span class="meta"> ({t('pageN', { n: p.page })})</span>}
            {p.original !== null && <span class="meta"> [{t('docCorrectedBy', { symbol: p.correctedBy.join(', ') })}. {t('docAsPrinted')}: <del>{p.original}</del>]</span>}</p>
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
