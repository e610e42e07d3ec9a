// Public face of UN document reading: read any supported file, recognise it, segment it.
export { readDocument } from './read/read-document.js';
export { recogniseDocument, type Recognition, type RecognitionInput } from './recognise/recognise.js';
export { segmentDocument, type SegmentedDocument, type DocumentParagraph, type Footnote } from './text/segment.js';
export type { DocumentText, SourceFormat } from './document-text.js';
