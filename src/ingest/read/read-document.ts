// Reads any supported UN document file into DocumentText: PDF (text layer, or OCR when scanned), DOCX,
// legacy DOC. Empty, unknown, corrupt and encrypted files become clear `UprError`s.
import { UprError } from '../../core/index.js';
import type { DocumentText } from '../document-text.js';
import { readPdf } from '../pdf.js';
import { readFileHead, sniffFormat } from './format.js';
import { readDoc, readDocx } from './word.js';
import { ocrPdf } from './ocr.js';

/** Fewer letters than this per page on average means the PDF is a scan without a text layer. */
const MIN_LETTERS_PER_PAGE = 25;

/** Reads `path` whatever its format; throws `UprError` with the file named when it cannot. */
export async function readDocument(path: string): Promise<DocumentText> {
  const head = await readFileHead(path);
  const format = sniffFormat(head);
  if (format === 'empty') throw new UprError('invalid_input', 'the file is empty', { file: path });
  if (format === 'unknown') throw new UprError('unsupported_format', 'not a PDF, DOCX or Word (.doc) file', { file: path });
  if (format === 'docx') return readDocx(path);
  if (format === 'doc') return readDoc(path);
  const pdf = await readPdf(path);
  if (pdf.pages.length === 0) throw new UprError('parse_failed', 'the PDF has no pages', { file: path });
  return hasLetters(pdf.text, MIN_LETTERS_PER_PAGE * pdf.pages.length) ? pdf : ocrPdf(path, pdf.pages.length);
}

/** True when `text` holds at least `wanted` letters; stops counting there (a text layer has them on its first page). */
export function hasLetters(text: string, wanted: number): boolean {
  const letter = /\p{L}/gu;
  for (let n = 0; n < wanted; n++) if (!letter.test(text)) return false;
  return true;
}
