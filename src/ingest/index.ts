// Public face of ingest: bytes → text and structure.
export { decodeText, type TextEncodingName, type DecodedText } from './decode-text.js';
export { parseUprInfoCsv, splitIssues, UPR_INFO_COLUMNS, type UprInfoRow } from './upr-info-csv.js';
export { prepareDocument, fingerprint, type PreparedDocument } from './prepare-document.js';
export { readDocument, recogniseDocument, segmentDocument, type Recognition, type SegmentedDocument, type DocumentParagraph } from './documents.js';
export { readPdf } from './pdf.js';
export { readDocx } from './read/word.js';
export { type DocumentText } from './document-text.js';
export { parseCorrigendum, type CorrigendumInstruction } from './recognise/corrigendum.js';
export { isOwnOutputPath, OWN_OUTPUT_MESSAGE } from './recognise/own-output.js';
export { DOCUMENT_TYPE_NAMES, documentTitle } from './recognise/recognise.js';
export { readUhriExport, detectUhriFormat, type UhriFormat } from './uhri-read.js';
export { parseUhriRecords, splitUhriValues, parseSessionLabel, parseUhriDate, type UhriRow, type UhriRecord } from './uhri.js';
export { mapUhriHeader, UHRI_FIELDS, type UhriField } from './uhri-columns.js';
