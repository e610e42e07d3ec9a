// One exported record per recommendation: every field, its provenance, every source's claim and where they
// disagree (docs/merge.md), and its children's-rights result.
import { formatClaims, type RecommendationView } from '../core/index.js';
import type { ChildRightsResult } from '../store/index.js';

export interface ExportRecord extends RecommendationView {
  childRights: ChildRightsResult | null;
  /** Link to the record in the web application: absolute under a configured base URL, relative under ''. */
  url?: string;
}

export function toExportRecord(view: RecommendationView, childRights: ChildRightsResult | undefined, baseUrl?: string): ExportRecord {
  const rec: ExportRecord = { ...view, childRights: childRights ?? null };
  if (baseUrl !== undefined) rec.url = `${baseUrl.replace(/\/$/, '')}/recommendations/${view.id}`;
  return rec;
}

/** Flat columns for CSV and XLSX, in order. */
export const FLAT_COLUMNS = [
  'id', 'state_under_review', 'state_under_review_iso3', 'recommending_states', 'recommending_states_iso3',
  'cycle', 'session', 'paragraph', 'text', 'response', 'response_source', 'upr_info_issues', 'action_category',
  'child_rights', 'child_rights_score', 'child_rights_issues', 'child_rights_model', 'source_file',
  'source_sha256', 'source_locator', 'url', 'sources', 'disagreement',
] as const;

export type FlatRow = Record<(typeof FLAT_COLUMNS)[number], string | number | null>;

export function flatten(r: ExportRecord): FlatRow {
  return {
    id: r.id,
    state_under_review: r.stateUnderReview.name,
    state_under_review_iso3: r.stateUnderReview.iso3,
    recommending_states: r.recommendingStates.map((s) => s.name).join('; '),
    recommending_states_iso3: r.recommendingStates.map((s) => s.iso3).join('; '),
    cycle: r.cycle,
    session: r.session,
    paragraph: r.paragraph,
    text: r.text,
    response: r.response,
    response_source: r.responseSource,
    upr_info_issues: r.issues.join('; '),
    action_category: r.actionCategory,
    child_rights: r.childRights ? (r.childRights.isChildRights ? 'yes' : 'no') : null,
    child_rights_score: r.childRights ? Number(r.childRights.score.toFixed(3)) : null,
    child_rights_issues: r.childRights ? r.childRights.issues.map((i) => i.id).join('; ') : null,
    child_rights_model: r.childRights?.modelVersion ?? null,
    source_file: r.provenance.file,
    source_sha256: r.provenance.sha256,
    source_locator: r.provenance.locator,
    url: r.url ?? null,
    sources: formatClaims(r.sources ?? []),
    disagreement: (r.disagreement ?? []).join('; '),
  };
}
