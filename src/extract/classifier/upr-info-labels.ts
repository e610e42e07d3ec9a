// UPR Info export (CSV text) → labelled examples for training and evaluation: text, session, line and whether
// UPR Info tagged the row `Rights of the Child`. Pure; the caller reads and decodes the file (latin-1).
import { parseUprInfoCsv } from '../../ingest/index.js';
import { UPR_INFO_CHILD_ISSUE } from '../../core/index.js';

export interface LabelledRecommendation {
  file: string;
  /** Line where the record starts (header is line 1). */
  line: number;
  session: number;
  text: string;
  /** UPR Info's own label: the row carries the issue `Rights of the Child`. */
  uprInfoChildRights: boolean;
}

/** Rows of one UPR Info export with their label; throws like parseUprInfoCsv when the file is unusable. */
export function parseLabelledRecommendations(csvText: string, file: string): LabelledRecommendation[] {
  return parseUprInfoCsv(csvText, file).value
    .filter((r) => r.text.trim())
    .map((r) => ({ file, line: r.line, session: r.session, text: r.text.trim(), uprInfoChildRights: r.issues.includes(UPR_INFO_CHILD_ISSUE) }));
}
