// OCR of scanned PDFs: pages rendered at 300 dpi by `pdftoppm` and read by `tesseract` (Debian packages
// poppler-utils and tesseract-ocr). Used only when a PDF has no text layer.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UprError } from '../../core/errors.js';
import type { DocumentText } from '../document-text.js';

const run = promisify(execFile);

/** True when `tesseract` can be run. */
export async function hasTesseract(): Promise<boolean> {
  try {
    await run('tesseract', ['--version']);
    return true;
  } catch {
    return false;
  }
}

/** Reads a scanned PDF page by page with OCR (English model). */
export async function ocrPdf(path: string): Promise<DocumentText> {
  if (!(await hasTesseract())) {
    throw new UprError('unsupported_format', 'the PDF has no text layer (scanned) and tesseract is not installed: install Debian package tesseract-ocr to read it by OCR', { file: path });
  }
  const dir = await mkdtemp(join(tmpdir(), 'upr-ocr-'));
  try {
    await run('pdftoppm', ['-r', '300', '-png', path, join(dir, 'page')], { maxBuffer: 16 << 20 });
    const images = (await readdir(dir)).filter((f) => f.endsWith('.png')).sort();
    const pages: string[] = [];
    for (const img of images) {
      const { stdout } = await run('tesseract', [join(dir, img), 'stdout', '-l', 'eng'], { maxBuffer: 64 << 20 });
      pages.push(stdout);
    }
    return { format: 'pdf', pages, text: pages.join('\n'), ocr: true };
  } catch (err) {
    if (err instanceof UprError) throw err;
    throw new UprError('parse_failed', `OCR of the scanned PDF failed: ${(err as Error).message.split('\n')[0]}`, { file: path });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
