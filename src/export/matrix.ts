// The follow-up matrix as an XLSX workbook: the matrix sheet (columns declared once in followup's
// MATRIX_COLUMNS) and the outline's counts per children's-rights issue and status.
import { MATRIX_COLUMNS, matrixCells, draftOutline, PROGRESS_KEYS, STATUS_LABELS, type MatrixRow } from '../followup/index.js';
import { tablesXlsx } from './tables.js';

/** The workbook of a workspace's follow-up matrix (formulas in stored text neutralised, as every export). */
export function matrixXlsx(rows: readonly MatrixRow[]): Promise<Buffer> {
  const outline = draftOutline(rows);
  return tablesXlsx([
    { name: 'Follow-up matrix', headers: MATRIX_COLUMNS.map((c) => c.label), rows: rows.map(matrixCells) },
    {
      name: 'Progress per issue',
      headers: ['Issue', 'Recommendations', ...PROGRESS_KEYS.map((k) => (k === 'unassessed' ? 'Not assessed' : STATUS_LABELS[k]))],
      rows: outline.map((s) => [s.title, s.rows.length, ...PROGRESS_KEYS.map((k) => s.byStatus[k] ?? 0)]),
    },
  ]);
}
