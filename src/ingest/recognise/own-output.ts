// The product's own outputs, never to be ingested as UN documents: reports made by `upr report` (HTML,
// Markdown, DOCX, PDF) and exports made by `upr export` (CSV, JSONL, XLSX). They quote UN symbols and
// "Thematic list of recommendations", so without this they were stored as a national report or a list.
// Marks they already carry: every report's method section names the classifier version
// (`child-rights-2.…`); a DOCX report has the creator `upr` in its properties; an export has its own columns.
import { readFile } from 'node:fs/promises';
import JSZip from 'jszip';
import { readFileHead } from '../read/format.js';

/** The classifier version every report and classified export writes (src/extract/classifier MODEL_VERSION). */
const CLASSIFIER_MARK = /\bchild-rights-\d+\.[0-9A-Za-z]+/;
/** The first columns of `upr export` (CSV and XLSX) and the fields of its JSON lines. */
const EXPORT_COLUMNS = /\bstate_under_review\b[\s\S]{0,40}\bstate_under_review_iso3\b/;
const EXPORT_JSON = /"stateUnderReview"\s*:[\s\S]*"provenance"\s*:/;

export const OWN_OUTPUT_MESSAGE = 'this is a report made by upr (its own output), not a UN document: it is never ingested';

/** True when text read from a file is a report or export made by upr. */
export function isOwnOutputText(text: string): boolean {
  return CLASSIFIER_MARK.test(text) || EXPORT_COLUMNS.test(text.slice(0, 2000)) || EXPORT_JSON.test(text.slice(0, 20_000));
}

/** `isOwnOutputFile` on the file at `path`, reading only its first bytes when it is a PDF or legacy Word file. */
export async function isOwnOutputPath(path: string): Promise<boolean> {
  const head = await readFileHead(path);
  if (isPdfOrDoc(head)) return false;
  return isOwnOutputFile(await readFile(path));
}

function isPdfOrDoc(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  return head.includes('%PDF-') || head.startsWith('\xd0\xcf\x11\xe0');
}

/**
 * True when a file's bytes are a report or export made by upr, judged before reading it as a document:
 * text files (HTML, Markdown, CSV, JSON lines) by their text, ZIP packages by the DOCX creator `upr` or
 * the export's columns in the first XLSX sheet. PDF and legacy Word files are judged on their text later.
 */
export async function isOwnOutputFile(bytes: Uint8Array): Promise<boolean> {
  if (isPdfOrDoc(bytes)) return false;
  if (Buffer.from(bytes.subarray(0, 4)).toString('latin1') === 'PK\x03\x04') return isOwnPackage(bytes);
  return isOwnOutputText(Buffer.from(bytes).toString('utf8'));
}

async function isOwnPackage(bytes: Uint8Array): Promise<boolean> {
  try {
    const zip = await JSZip.loadAsync(bytes);
    const core = await zip.file('docProps/core.xml')?.async('string');
    if (core && /<dc:creator>upr<\/dc:creator>/.test(core)) return true;
    const sheet = await zip.file(/^xl\/worksheets\/sheet1\.xml$/)[0]?.async('string');
    return sheet !== undefined && EXPORT_COLUMNS.test(sheet.slice(0, 20_000).replace(/<[^>]+>/g, ' '));
  } catch {
    return false; // not a readable package: the reader says why
  }
}
