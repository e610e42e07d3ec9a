// The follow-up matrix: one row per tracked recommendation (text, document symbol and paragraph,
// recommending States, the State's position, issues) with the workspace's status, assessment, evidence and
// responsible body, ready to attach to the next stakeholder submission. The XLSX and DOCX writers render
// these rows; the column list is declared once here.
import type { Response } from '../core/index.js';
import { STATUS_LABELS, type ImplementationStatus } from './statuses.js';

/** A tracked recommendation as the store gives it to the matrix. */
export interface MatrixRecommendation {
  id: number;
  text: string;
  /** Symbol of the document the recommendation was read from (the Working Group report), when known. */
  symbol: string | null;
  paragraph: string | null;
  recommendingStates: readonly string[];
  position: Response;
  /** UPR Info issues. */
  issues: readonly string[];
  /** Children's-rights issues (classifier), empty when not about children or not classified. */
  childIssues: readonly string[];
}

export interface EvidenceSummary {
  source: string;
  date: string;
  link: string | null;
  documentName: string | null;
  quotation: string | null;
}

export interface MatrixAssessment {
  status: ImplementationStatus;
  text: string | null;
  responsibleBody: string | null;
  evidence: readonly EvidenceSummary[];
}

export interface MatrixRow extends MatrixRecommendation {
  status: ImplementationStatus | null;
  assessment: string | null;
  responsibleBody: string | null;
  evidence: readonly EvidenceSummary[];
}

/** The matrix's columns, in order, with their English headings and how each row fills them. */
export const MATRIX_COLUMNS: readonly { key: string; label: string; cell: (r: MatrixRow) => string }[] = [
  { key: 'paragraph', label: 'Paragraph', cell: (r) => r.paragraph ?? '' },
  { key: 'recommendation', label: 'Recommendation', cell: (r) => r.text },
  { key: 'symbol', label: 'Document symbol', cell: (r) => r.symbol ?? '' },
  { key: 'recommendingStates', label: 'Recommending States', cell: (r) => r.recommendingStates.join(', ') },
  { key: 'position', label: 'Position of the State', cell: (r) => r.position },
  { key: 'issues', label: 'Issues', cell: (r) => [...r.childIssues, ...r.issues].join(', ') },
  { key: 'status', label: 'Implementation status', cell: (r) => (r.status ? STATUS_LABELS[r.status] : 'Not assessed') },
  { key: 'assessment', label: 'Assessment', cell: (r) => r.assessment ?? '' },
  { key: 'evidence', label: 'Evidence', cell: (r) => r.evidence.map(evidenceLine).join('\n') },
  { key: 'responsibleBody', label: 'Responsible body', cell: (r) => r.responsibleBody ?? '' },
];

/** One evidence item as a line: source, date, quotation, then its link or document. */
export function evidenceLine(e: EvidenceSummary): string {
  return [`${e.source} (${e.date})`, e.quotation ? `“${e.quotation}”` : '', e.link ?? e.documentName ?? ''].filter(Boolean).join(' — ');
}

/** Paragraph numbers compared as numbers part by part (116.9 before 116.10); rows without one go last. */
export function compareParagraphs(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  const pa = a.split(/[.\s]/).map(Number);
  const pb = b.split(/[.\s]/).map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? -1) - (pb[i] ?? -1);
    if (d !== 0 && !Number.isNaN(d)) return d;
  }
  return a.localeCompare(b);
}

/** The matrix rows: each recommendation with its assessment (if any), in paragraph order. */
export function matrixRows(recs: readonly MatrixRecommendation[], assessments: ReadonlyMap<number, MatrixAssessment>): MatrixRow[] {
  return recs
    .map((r): MatrixRow => {
      const a = assessments.get(r.id);
      return { ...r, status: a?.status ?? null, assessment: a?.text ?? null, responsibleBody: a?.responsibleBody ?? null, evidence: a?.evidence ?? [] };
    })
    .sort((a, b) => compareParagraphs(a.paragraph, b.paragraph) || a.id - b.id);
}

/** A row's cells in MATRIX_COLUMNS order. */
export const matrixCells = (r: MatrixRow): string[] => MATRIX_COLUMNS.map((c) => c.cell(r));
