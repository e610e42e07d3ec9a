// The engagement plan page /states/<code>/plan: the next review, a timeline table and per stage the checklist
// (boxes to tick when printed), each item linking to the explorer page holding its data; downloads as DOCX and
// Markdown. The site's print style hides navigation and downloads, so the page prints as the plan alone.
import type { PlanDocument } from '../../analysis/index.js';
import { Layout, type PageContext } from './layout.js';

export function PlanPage({ ctx, doc, iso3 }: { ctx: PageContext; doc: PlanDocument; iso3: string }) {
  const t = ctx.loc.t;
  const lang = `lang=${ctx.loc.lang}`;
  return (
    <Layout ctx={ctx} title={doc.title} section="states">
      <h1>{doc.title}</h1>
      <p><strong>{doc.nextReview}</strong></p>
      <p>{doc.intro}</p>
      <p class="exports">
        <a href={`/states/${iso3}/plan.docx?${lang}`}>{t('planDocx')}</a>
        <a href={`/states/${iso3}/plan.md?${lang}`}>{t('planMarkdown')}</a>
      </p>
      <h2 id="plan-timeline">{doc.labels.timeline}</h2>
      <div class="scroll" role="region" aria-labelledby="plan-timeline" tabindex={0}><table>
        <caption>{doc.labels.timeline}</caption>
        <thead><tr><th scope="col">{doc.labels.stage}</th><th scope="col">{doc.labels.date}</th></tr></thead>
        <tbody>{doc.stages.map((s) => <tr><td><a href={`#stage-${s.id}`}>{s.title}</a></td><td>{s.when}</td></tr>)}</tbody>
      </table></div>
      <p class="hint">{doc.rules}</p>
      <h2>{doc.labels.checklist}</h2>
      {doc.stages.map((s) => (
        <section aria-labelledby={`stage-${s.id}`}>
          <h3 id={`stage-${s.id}`}>{s.title} — {s.when}</h3>
          <ul class="checklist">{s.items.map((i) => <li id={`item-${i.id}`}>☐ {i.text} <a href={i.href}>{doc.labels.see}</a></li>)}</ul>
        </section>
      ))}
      <p class="hint">{doc.generated}</p>
    </Layout>
  );
}
