// Organisation names normalised across summaries of stakeholders' submissions, so that one organisation
// listed under different abbreviations or spellings in different cycles is counted once. The rule (also in
// docs/analyses.md, "Civil-society map"): (1) each name is reduced to a comparison form; (2) entries of
// several documents are joined when their comparison forms are equal, or when they share an abbreviation
// (never a joint-submission number; an attachment's qualifier such as "CoE-CM: Resolution" left out) and one
// form holds the other, their words mostly agree, or both are regional bodies (attachments are named by title).

/** Legal-form and status words dropped from the end of a name ("Inc.", "e.V.", "asbl", "NGO"). */
const LEGAL_SUFFIXES = ['inc', 'incorporated', 'ltd', 'limited', 'llc', 'ev', 'e v', 'gmbh', 'asbl', 'aisbl', 'vzw', 'ong', 'ngo', 'ac', 'a c', 'ry', 'zs', 'z s', 'so', 'co'];
/** Leading articles dropped ("The Peace Institute", "La …" is kept: part of French and Spanish names). */
const LEADING = /^(?:the)\s+/;

/**
 * The comparison form of an organisation's name: letters without diacritics, lower case, "&" as "and",
 * punctuation as spaces, a trailing acronym in parentheses, a leading "the" and trailing legal suffixes
 * dropped. `Association for the Theory and Culture of Handicap (YHD)` → `association for the theory and
 * culture of handicap`; `The Peace Institute` → `peace institute`; `ADF International e.V.` → `adf international`.
 */
export function normaliseOrganisationName(name: string): string {
  let s = name
    .normalize('NFKD').replace(/\p{M}/gu, '')
    .replace(/\s*\([A-Z][A-Za-z0-9\-/]{1,14}\)\s*$/, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[’'`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(LEADING, '');
  for (let again = true; again;) {
    again = false;
    for (const suffix of LEGAL_SUFFIXES) {
      if (s.endsWith(` ${suffix}`) && s.length > suffix.length + 3) {
        s = s.slice(0, -suffix.length - 1).trim();
        again = true;
      }
    }
  }
  return s;
}

/** One submitter as listed in one document, for joining across documents. */
export interface NamedEntry {
  abbreviation: string;
  name: string;
  /** Joint submissions are numbered per document (`JS1`): their number never identifies an organisation. */
  joint?: boolean;
  /** Regional bodies' attachments are named by report title ("Second compliance report…"): the abbreviation names the body. */
  regional?: boolean;
  /** Its comparison form when already known (stored with the map: `normaliseOrganisationName(name)`), else computed here. */
  normalisedName?: string;
}

const words = (s: string) => new Set(s.split(' ').filter((w) => w.length > 2));

function agree(a: string, b: string): boolean {
  if (a === b || a.includes(b) || b.includes(a)) return true;
  const [x, y] = [words(a), words(b)];
  let common = 0;
  for (const w of x) if (y.has(w)) common++;
  return x.size + y.size > 0 && (2 * common) / (x.size + y.size) >= 0.6;
}

/**
 * Joins entries of several documents into organisations: returns, for each entry, the index of the entry
 * that names its organisation (the first seen of the group). Entries whose name is only their abbreviation
 * (`UNICEF UNICEF`, a member written `ERA-LGBTI`) join the full name seen with that abbreviation elsewhere.
 */
const GENERIC_JOINT = /^(?:joint submission|js|joint stakeholders?'? submission|communication conjointe|comunicaci[oó]n conjunta)\s*(?:no\.?\s*)?\d*$/i;

export function groupOrganisations(entries: readonly NamedEntry[]): number[] {
  const parent = Int32Array.from(entries, (_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const union = (a: number, b: number) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  // A joint submission named only by its number ("Joint submission 2") is one coalition of one summary: the same number
  // in another State's or cycle's summary is another coalition, so it never joins by name.
  const forms = entries.map((e) => (e.joint && GENERIC_JOINT.test(e.name.trim()) ? '' : e.normalisedName ?? normaliseOrganisationName(e.name)));
  const byForm = new Map<string, number>();
  const byAbbreviation = new Map<string, number[]>();
  // Names and abbreviations recur across States and cycles: each distinct one is read once.
  const keys = new Map<string, string | null>();
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i]!;
    const form = forms[i]!;
    const seen = byForm.get(form);
    if (form && seen !== undefined) union(seen, i);
    else if (form) byForm.set(form, i);
    if (e.joint || !e.abbreviation) continue;
    let key = keys.get(e.abbreviation);
    // An attachment's qualifier is not part of its body's abbreviation: "CoE-CM: Resolution", "CoE-ECRI Conclusions".
    if (key === undefined) keys.set(e.abbreviation, (key = /^JS\d+$/i.test(e.abbreviation) ? null : e.abbreviation.split(/[: ]/)[0]!.toLowerCase()));
    if (key === null) continue;
    const group = byAbbreviation.get(key);
    if (group) group.push(i);
    else byAbbreviation.set(key, [i]);
  }
  for (const [key, group] of byAbbreviation) {
    // Entries of the same form are joined already: compare one entry per distinct form.
    const last = new Map<string, number>();
    for (const i of group) last.set(forms[i]!, i);
    const reps = [...last.values()];
    for (const i of reps) {
      for (const j of reps) {
        if (j <= i) continue;
        const a = forms[i]!;
        const b = forms[j]!;
        if (a === key || b === key || agree(a, b) || (entries[i]!.regional && entries[j]!.regional)) union(i, j);
      }
    }
    for (const i of group) union(byForm.get(forms[i]!) ?? i, i);
  }
  // A name that is only an abbreviation ("ERA-LGBTI") joins the entry listed with that abbreviation.
  const heads = new Map<string, number>();
  for (let i = 0; i < entries.length; i++) {
    const form = forms[i]!;
    let head = heads.get(form);
    if (head === undefined) {
      const group = byAbbreviation.get(form.replace(/ /g, '-')) ?? byAbbreviation.get(form);
      heads.set(form, (head = group?.length ? group[0]! : -1));
    }
    if (head >= 0) union(head, i);
  }
  return entries.map((_, i) => find(i));
}
