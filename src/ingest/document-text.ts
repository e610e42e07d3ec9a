// What reading a document yields, whatever its format: pages of text (form-feed free), optional HTML
// (DOCX tables), and the problems met. Recognition and extraction work on this, never on files.

export type SourceFormat = 'pdf' | 'docx' | 'doc';

export interface DocumentText {
  format: SourceFormat;
  /** Text of each page (PDF) or one entry for formats without pages. Lines kept as laid out. */
  pages: string[];
  /** Whole text: the pages joined with "\n". */
  text: string;
  /** HTML rendering when the format has tables (DOCX via mammoth). */
  html?: string;
  /** True when the text came from OCR of a scanned PDF. */
  ocr?: boolean;
  /** Page-header text of word-processor files (DOCX), which often names the State and session. */
  headers?: string[];
}
