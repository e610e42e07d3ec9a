// `upr ingest --as TYPE --state X [--session N] [--symbol S]`: what the user says a file is, put in place of
// what recognition found, for a UPR document recognition cannot read (no symbol, no known structure).
// Never for upr's own reports and exports, which stay refused.
import { cycleOfSession, type DocumentType } from '../core/index.js';
import { documentTitle, type Recognition } from '../ingest/index.js';

export interface ForcedRecognition {
  type: DocumentType;
  /** ISO3 code of the State under review. */
  stateIso3: string;
  session?: number;
  symbol?: string;
}

/** Recognition problems the forced values answer, dropped from the outcome. */
const ANSWERED = /^(?:not a UPR document|no UN document symbol found|State under review not recognised)/;

/** Puts the forced values in place of the recognised ones; returns the problems that still hold. */
export function applyForced(r: Recognition, forced: ForcedRecognition, problems: readonly string[]): string[] {
  r.type = forced.type;
  r.stateIso3 = forced.stateIso3;
  if (forced.session !== undefined) {
    r.session = forced.session;
    r.cycle = cycleOfSession(forced.session) ?? r.cycle;
  }
  if (forced.symbol !== undefined) {
    r.symbol = forced.symbol;
    r.corrects = /^(.*)\/(?:Corr|Rev)\.\d+$/.exec(forced.symbol)?.[1] ?? null;
  }
  r.isUpr = true;
  r.title = documentTitle(r.type, r.stateIso3, r.corrects ? r.symbol : null);
  return problems.filter((p) => !ANSWERED.test(p));
}
