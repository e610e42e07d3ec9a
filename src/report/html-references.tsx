// The references of the HTML report (quoted word for word, in the UN texts' language, with their source
// note numbers), the method and notes, and the numbered source notes: hono/jsx components.
import type { Locale } from '../core/index.js';
import type { ReportReference, ReviewReport } from './model.js';
import { citation, noteText, referenceMeta, sourceNoteText, type KindSection } from './presentation.js';

function Reference({ x, note, loc }: { x: ReportReference; note: number; loc: Locale }) {
  const t = loc.t;
  return (
    <li id={x.id} class={x.nhri ? 'nhri' : undefined}>
      {x.excerpt
        ? <><blockquote lang="en"><p>{x.excerpt.join(' … ')}</p></blockquote>
          <details><summary>{t('rp_wholeParagraph')}</summary><p lang="en">{x.text}</p></details></>
        : <blockquote lang="en"><p>{x.text}</p></blockquote>}
      <p class="ref-meta">
        <span>{citation(x, loc)}<sup><a href={`#note-${note}`} id={`ref-note-${note}`} aria-label={t('rp_sourceNote', { n: note })}>{note}</a></sup></span>
        {referenceMeta(x, loc).map((m) => <span>{m}</span>)}
      </p>
    </li>
  );
}

export function ReferenceSections({ secs, notes, loc }: { secs: KindSection[]; notes: Map<string, number>; loc: Locale }) {
  return (
    <>
      {secs.map((s) => (
        <section>
          <h2 id={s.id}>{s.title}</h2>
          <p>{s.symbols.join(', ')}</p>
          {s.groups.map((g) => (
            <>
              <h3 id={g.id}>{g.title} ({g.references.length})</h3>
              <ol class="refs">{g.references.map((x) => <Reference x={x} note={notes.get(x.id)!} loc={loc} />)}</ol>
            </>
          ))}
        </section>
      ))}
    </>
  );
}

export function MethodSection({ r, loc }: { r: ReviewReport; loc: Locale }) {
  return (
    <section>
      <h2 id="method">{loc.t('rp_method')}</h2>
      <p>{loc.t('rp_methodText', { classifier: r.classifier })}</p>
      {r.notes.length > 0 && <ul>{r.notes.map((n) => <li>{noteText(n, loc)}</li>)}</ul>}
    </section>
  );
}

export function SourceNotes({ r, notes, loc }: { r: ReviewReport; notes: Map<string, number>; loc: Locale }) {
  const ordered = [...r.references].sort((a, b) => notes.get(a.id)! - notes.get(b.id)!);
  return (
    <section>
      <h2 id="sources">{loc.t('rp_sources')}</h2>
      <ol class="notes">{ordered.map((x) => {
        const n = notes.get(x.id)!;
        return <li id={`note-${n}`}>{sourceNoteText(x, loc)} <a href={`#ref-note-${n}`} aria-label={loc.t('rp_back', { n })}>↩</a></li>;
      })}</ol>
    </section>
  );
}
