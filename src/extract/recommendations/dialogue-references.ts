// Recommendations made in the interactive dialogue and only referred to by the conclusions (2008–2010):
// "The recommendations noted in the report in paragraphs 27 (b), (c), 31 and 43 (a, d) above did not
// enjoy the support of China." Each reference becomes a recommendation quoting the dialogue.
import type { DialogueStatement } from './dialogue.js';

export interface DialogueReference {
  paragraph: string;
  /** Sub-item letter, e.g. `b` for 27 (b); null for the whole paragraph. */
  item: string | null;
}

/** Reads the references of a conclusions paragraph; references to conclusions items (`77.13`) are left out. */
export function dialogueReferences(text: string): DialogueReference[] {
  if (!/\bnoted in the (present )?report\b|\brecommendations?\b.{0,150}?\b(in|under|at) paragraphs?\b/i.test(text)) return [];
  const out: DialogueReference[] = [];
  const lists = text.matchAll(/\bparagraphs?:?\s+(.+?)(?=\s+above\b|\s+did not\b|\s+will be\b|\s+have\b|\s+are\b|\s+as\b|\.\s|$)/gi);
  for (const list of lists) out.push(...referencesIn(list[1]!));
  const seen = new Set<string>();
  return out.filter((r) => !seen.has(`${r.paragraph}${r.item}`) && seen.add(`${r.paragraph}${r.item}`));
}

/** "27 (b), (c), 31, 43 (a, d)" → 27b, 27c, 31, 43a, 43d. */
function referencesIn(list: string): DialogueReference[] {
  const out: DialogueReference[] = [];
  let current: string | null = null;
  let hadItem = false;
  const flush = () => {
    if (current && !hadItem) out.push({ paragraph: current, item: null });
  };
  for (const t of list.matchAll(/(\d{1,3})(\.\s?\d+)?|\(([a-z]{1,4}(?:\s*,\s*[a-z]{1,4})*)\)/g)) {
    if (t[1]) {
      flush();
      current = t[2] ? null : t[1];
      hadItem = Boolean(t[2]);
    } else if (current) {
      for (const letter of t[3]!.split(/\s*,\s*/)) if (/^[a-z]$/.test(letter)) out.push({ paragraph: current, item: letter });
      hadItem = true;
    }
  }
  flush();
  return out;
}

const RECOMMENDING = /recommend|urged?|called (up)?on|encourag|invited|requested/i;

/** The words introducing a lettered list ("Slovenia recommended that Colombia: "), shared by its items. */
function leadIn(text: string, marker: number): string {
  const before = text.slice(0, marker);
  const sentenceStart = Math.max(0, ...[...before.matchAll(/\.\s+(?=[A-Z])/g)].map((m) => m.index + m[0].length));
  const sentence = before.slice(sentenceStart);
  const first = sentence.search(/\([a-z]\)\s/);
  const intro = (first < 0 ? sentence : sentence.slice(0, first)).trim();
  return intro ? `${intro} ` : '';
}

/** The text a reference points to: the lettered sub-item after the words introducing its list, or the recommending sentences of the paragraph. */
export function referencedText(statement: DialogueStatement, item: string | null): string | null {
  const text = statement.text;
  if (item) {
    const start = text.search(new RegExp(`\\(${item}\\)\\s`));
    if (start < 0) return null;
    const rest = text.slice(start);
    let end = rest.length;
    for (const mk of rest.matchAll(/\(([a-z])\)\s/g)) {
      if (mk.index > 0 && mk[1]! > item) {
        end = mk.index;
        break;
      }
    }
    const segment = rest.slice(0, end);
    const sentenceEnd = segment.search(/\.\s+[A-Z]/);
    const quoted = (sentenceEnd > 0 ? segment.slice(0, sentenceEnd + 1) : segment).replace(/[\s;,]*(and)?\s*$/, '').trim();
    return `${leadIn(text, start)}${quoted}`;
  }
  const sentences = text.split(/(?<=\.)\s+(?=[A-Z])/).filter((s) => RECOMMENDING.test(s));
  return sentences.length > 0 ? sentences.join(' ') : text;
}
