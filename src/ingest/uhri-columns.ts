// The columns of the OHCHR Universal Human Rights Index (UHRI) export, declared once: how a header cell is
// recognised (case, spacing and OHCHR's two spellings of "Recommending" ignored), and which are required.
import { UprError } from '../core/index.js';

export const UHRI_FIELDS = {
  annotationId: 'OHCHR Annotation Id',
  text: 'Text',
  symbol: 'Document Symbol',
  published: 'Document Publication Date',
  uhriPublished: 'Date of publication on UHRI',
  type: 'Type',
  body: 'Recommending Body',
  countries: 'Countries Concerned',
  regions: 'Regions Concerned',
  recommendingRegions: 'Recommending Regions',
  themes: 'Themes',
  affectedPersons: 'Affected Persons',
  sdgs: 'Sdgs',
  session: 'UPR Session',
  recommendingStates: 'UPR Recommending States',
  position: 'UPR Position',
} as const;

export type UhriField = keyof typeof UHRI_FIELDS;

/** Columns without which a row cannot be read. The UPR columns are required too: every UHRI export has them. */
const REQUIRED: readonly UhriField[] = ['annotationId', 'text', 'symbol', 'type', 'body', 'countries', 'session', 'recommendingStates', 'position'];

/** `Reccomending Body`, ` recommending  body `, `RECOMMENDING_BODY` → `recommendingbody`. */
function headerKey(header: string): string {
  return header.toLowerCase().replace(/reccomend/g, 'recommend').replace(/[^a-z0-9]+/g, '');
}

const BY_KEY = new Map(Object.entries(UHRI_FIELDS).map(([field, label]) => [headerKey(label), field as UhriField]));

/**
 * Maps each header cell to its field (position → field, undefined for columns this product does not read).
 * Throws `invalid_input` naming the missing columns, and says so plainly when the sheet is not a UHRI export.
 */
export function mapUhriHeader(header: readonly string[], file: string): (UhriField | undefined)[] {
  const fields = header.map((h) => BY_KEY.get(headerKey(h)));
  const found = new Set(fields.filter((f): f is UhriField => f !== undefined));
  const missing = REQUIRED.filter((f) => !found.has(f));
  if (missing.length === 0) return fields;
  const shown = header.filter((h) => h.trim() !== '').slice(0, 12).join(', ') || '(empty)';
  const what = found.has('annotationId') && found.has('text') ? 'UHRI export lacks the column(s)' : 'not a UHRI export (OHCHR Universal Human Rights Index): header lacks';
  throw new UprError('invalid_input', `${what} ${missing.map((f) => `"${UHRI_FIELDS[f]}"`).join(', ')} (found: ${shown})`, { file, line: 1 });
}
