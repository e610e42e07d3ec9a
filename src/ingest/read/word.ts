// Word documents: DOCX through mammoth (text, plus HTML to keep tables, plus page headers read from the
// package with JSZip, the zip reader mammoth itself uses) and legacy DOC through Debian's `antiword` (falling back
// to `catdoc`).
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { decodeEntities, UprError } from '../../core/index.js';
import type { DocumentText } from '../document-text.js';

const run = promisify(execFile);

/** Reads a DOCX file's text, HTML and page headers. Throws `parse_failed` when it is not a readable DOCX. */
export async function readDocx(path: string): Promise<DocumentText> {
  try {
    const buffer = await readFile(path);
    const [raw, html, headers] = await Promise.all([mammoth.extractRawText({ buffer }), mammoth.convertToHtml({ buffer }), readDocxHeaders(buffer)]);
    const text = raw.value.replace(/\n{3,}/g, '\n\n');
    return { format: 'docx', pages: [text], text, html: html.value, headers };
  } catch (err) {
    throw new UprError('parse_failed', `not a readable DOCX file: ${(err as Error).message.split('\n')[0]}`, { file: path });
  }
}

/** Text of the package's `word/header*.xml` parts, in package order (runs joined, paragraphs on lines). */
export async function readDocxHeaders(docx: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(docx);
  const parts = await Promise.all(zip.file(/^word\/header[^/]*\.xml$/).map((f) => f.async('string')));
  return parts.flatMap((xml) => headerLines(xml));
}

/** The text lines of one header part: tags dropped, then XML entities decoded (once, so `&amp;lt;` is `&lt;`). */
export function headerLines(xml: string): string[] {
  const text = decodeEntities(xml.replace(/<\/w:p>/g, '\n').replace(/<w:tab\/>/g, ' ').replace(/<[^>]+>/g, ''));
  return text.split('\n').map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

/** Reads a legacy Word (.doc) file with antiword, or catdoc when antiword fails or is missing. */
export async function readDoc(path: string): Promise<DocumentText> {
  const attempts: [string, string[]][] = [
    ['antiword', ['-m', 'UTF-8.txt', '-w', '0', path]],
    ['catdoc', ['-d', 'utf-8', '-w', path]],
  ];
  const why: string[] = [];
  for (const [cmd, args] of attempts) {
    try {
      const { stdout } = await run(cmd, args, { maxBuffer: 64 << 20 });
      if (stdout.trim()) return { format: 'doc', pages: [stdout], text: stdout };
      why.push(`${cmd}: no text`);
    } catch (err) {
      const e = err as NodeJS.ErrnoException & { stderr?: string };
      why.push(e.code === 'ENOENT' ? `${cmd} is not installed` : `${cmd}: ${(e.stderr || e.message).split('\n')[0]}`);
    }
  }
  throw new UprError('parse_failed', `not a readable Word (.doc) file (${why.join('; ')}); install Debian package antiword or catdoc`, { file: path });
}
