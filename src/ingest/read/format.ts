// Which reader a file needs, from its first bytes rather than its name (UN downloads are often misnamed:
// a `.doc` that is really a DOCX). `sniffFormat` is pure; `readFileHead` reads the bytes it looks at.
import { open } from 'node:fs/promises';
import type { SourceFormat } from '../document-text.js';

export type SniffedFormat = SourceFormat | 'empty' | 'unknown';

/** Detects PDF (`%PDF` in the first KiB), DOCX (ZIP) and legacy Word (OLE2) files. */
export function sniffFormat(head: Uint8Array): SniffedFormat {
  if (head.length === 0) return 'empty';
  const ascii = Buffer.from(head.subarray(0, 1024)).toString('latin1');
  if (ascii.startsWith('%PDF') || ascii.includes('%PDF-')) return 'pdf';
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) return 'docx';
  if (head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0) return 'doc';
  if (ascii.trim() === '') return 'empty';
  return 'unknown';
}

/** The first `size` bytes of the file at `path` (fewer when the file is shorter). */
export async function readFileHead(path: string, size = 1024): Promise<Uint8Array> {
  const head = new Uint8Array(size);
  const fh = await open(path, 'r');
  try {
    const { bytesRead } = await fh.read(head, 0, size, 0);
    return head.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}
