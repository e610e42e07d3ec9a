// OCR of scanned PDFs: pages rendered at 300 dpi by `pdftoppm` and read by `tesseract` (Debian packages
// poppler-utils and tesseract-ocr). Used only when a PDF has no text layer. Pages are rendered as
// greyscale PGM rather than PNG: PNG encoding cost ~2 s a page and tesseract binarises anyway.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UprError } from '../../core/index.js';
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

/** Pages OCR'd at once; each tesseract runs single-threaded, which is ~3× faster than letting two fight. */
const WORKERS = 2;

/** Reads a scanned PDF of `pageCount` pages with OCR (English model), rendering each page at 300 dpi. */
export async function ocrPdf(path: string, pageCount: number): Promise<DocumentText> {
  if (!(await hasTesseract())) {
    throw new UprError('unsupported_format', 'the PDF has no text layer (scanned) and tesseract is not installed: install Debian package tesseract-ocr to read it by OCR', { file: path });
  }
  const dir = await mkdtemp(join(tmpdir(), 'upr-ocr-'));
  try {
    const pages: string[] = new Array(pageCount).fill('');
    let next = 0;
    const worker = async () => {
      while (next < pageCount) {
        const i = next++;
        const image = join(dir, `page-${i + 1}`);
        await run('pdftoppm', ['-r', '300', '-gray', '-f', String(i + 1), '-l', String(i + 1), '-singlefile', path, image]);
        const { stdout } = await run('tesseract', [`${image}.pgm`, 'stdout', '-l', 'eng'], {
          maxBuffer: 64 << 20, env: { ...process.env, OMP_THREAD_LIMIT: '1' },
        });
        pages[i] = stdout;
        await rm(`${image}.pgm`, { force: true });
      }
    };
    await Promise.all(Array.from({ length: Math.min(WORKERS, pageCount) }, worker));
    return { format: 'pdf', pages, text: pages.join('\n'), ocr: true };
  } catch (err) {
    throw new UprError('parse_failed', `OCR of the scanned PDF failed: ${(err as Error).message.split('\n')[0]}`, { file: path });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
