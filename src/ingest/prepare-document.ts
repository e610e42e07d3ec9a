// One file through ingest's pure stages: read (the only I/O), recognise, segment. The store and the
// extraction of recommendations happen at the edge (the `upr ingest` command).
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Problem } from '../core/index.js';
import type { DocumentText } from './document-text.js';
import { readDocument } from './read/read-document.js';
import { recogniseDocument, type Recognition } from './recognise/recognise.js';
import { segmentDocument, type SegmentedDocument } from './text/segment.js';

export interface PreparedDocument {
  path: string;
  fileName: string;
  sha256: string;
  sizeBytes: number;
  /** The text as read, with `pages` cleaned of page furniture and ligatures. */
  text: DocumentText;
  /** The text exactly as the reader returned it (what the extraction parsers expect). */
  raw: DocumentText;
  recognition: Recognition;
  segmented: SegmentedDocument;
  problems: Problem[];
}

/** SHA-256 and size of a file, to recognise a file already stored before reading it. */
export async function fingerprint(path: string): Promise<{ sha256: string; sizeBytes: number }> {
  const bytes = await readFile(path);
  return { sha256: createHash('sha256').update(bytes).digest('hex'), sizeBytes: bytes.length };
}

/** Reads, recognises and segments one document. Throws `UprError` when the file cannot be read. */
export async function prepareDocument(path: string, known?: { sha256: string; sizeBytes: number }): Promise<PreparedDocument> {
  const { sha256, sizeBytes } = known ?? (await fingerprint(path));
  const raw = await readDocument(path);
  const { value: recognition, problems } = recogniseDocument(raw, path);
  const segmented = segmentDocument(raw.pages, recognition.symbol);
  const text: DocumentText = { ...raw, pages: segmented.pages, text: segmented.pages.join('\n') };
  return { path, fileName: basename(path), sha256, sizeBytes, text, raw, recognition, segmented, problems };
}
