// PDF → pages of text with Debian's `pdftotext -layout` (poppler-utils): fast and keeps blank lines
// between paragraphs. The only module that runs pdftotext.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { UprError } from '../core/index.js';
import type { DocumentText } from './document-text.js';

const run = promisify(execFile);

/** Reads a PDF file's text layer, page by page. Throws `parse_failed` for corrupt or encrypted files. */
export async function readPdf(path: string): Promise<DocumentText> {
  let stdout: string;
  try {
    ({ stdout } = await run('pdftotext', ['-layout', '-enc', 'UTF-8', path, '-'], { maxBuffer: 256 << 20 }));
  } catch (err) {
    const e = err as NodeJS.ErrnoException & { stderr?: string };
    if (e.code === 'ENOENT') {
      throw new UprError('unsupported_format', 'pdftotext is not installed: install Debian package poppler-utils', { file: path });
    }
    const lines = (e.stderr ?? e.message).split('\n').map((l) => l.replace(/<0a>/g, '').trim()).filter((l) => l && !/^Command Line Error/.test(l));
    const why = (lines.find((l) => /^Syntax Error/.test(l)) ?? lines[0] ?? 'unknown error').replace(/^(Syntax|Internal) Error( \(\d+\))?: /, '');
    const encrypted = /incorrect password|encrypt/i.test(e.stderr ?? '');
    throw new UprError('parse_failed', encrypted ? 'the PDF is encrypted (password-protected) and cannot be read' : `the PDF is corrupt or damaged and cannot be read: ${why}`, { file: path });
  }
  const pages = stdout.split('\f');
  if (pages.length > 1 && pages[pages.length - 1]!.trim() === '') pages.pop();
  return { format: 'pdf', pages, text: pages.join('\n') };
}
