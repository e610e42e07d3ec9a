// Which uploaded evidence documents are accepted: PDF, Word (DOCX, DOC), OpenDocument text (ODT), plain
// text and raster images (PNG, JPEG, GIF, WebP). The kind is read from the file's first bytes and must
// agree with its name's extension (DOC and DOCX count as one: Word files), so an HTML page or a script
// renamed `report.pdf` is refused. Pure.
import { UprError } from '../core/index.js';

/** A kind of document an editor may upload as evidence. */
export type AttachmentKind = 'pdf' | 'docx' | 'doc' | 'odt' | 'txt' | 'png' | 'jpeg' | 'gif' | 'webp';

/** Each kind's media type (stored with the document) and the extensions its file name may have. */
export const ATTACHMENT_KINDS: Readonly<Record<AttachmentKind, { mediaType: string; extensions: readonly string[] }>> = {
  pdf: { mediaType: 'application/pdf', extensions: ['pdf'] },
  docx: { mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extensions: ['docx'] },
  doc: { mediaType: 'application/msword', extensions: ['doc'] },
  odt: { mediaType: 'application/vnd.oasis.opendocument.text', extensions: ['odt'] },
  txt: { mediaType: 'text/plain', extensions: ['txt', 'text'] },
  png: { mediaType: 'image/png', extensions: ['png'] },
  jpeg: { mediaType: 'image/jpeg', extensions: ['jpg', 'jpeg'] },
  gif: { mediaType: 'image/gif', extensions: ['gif'] },
  webp: { mediaType: 'image/webp', extensions: ['webp'] },
};

/** The accepted extensions, for messages and the form's `accept` attribute. */
export const ATTACHMENT_EXTENSIONS: readonly string[] = Object.values(ATTACHMENT_KINDS).flatMap((k) => k.extensions);

const ascii = (b: Uint8Array, from: number, to: number) => Buffer.from(b.subarray(from, to)).toString('latin1');
const startsWith = (b: Uint8Array, bytes: readonly number[]) => bytes.every((x, i) => b[i] === x);

/** Plain text: valid UTF-8 without NUL or other control bytes, and not markup a browser would run. */
function isPlainText(b: Uint8Array): boolean {
  let s: string;
  try {
    s = new TextDecoder('utf-8', { fatal: true }).decode(b.subarray(0, 64 * 1024));
  } catch {
    // A multi-byte character cut at the 64 KiB boundary is no reason to refuse: check the whole file.
    if (b.length <= 64 * 1024) return false;
    try {
      s = new TextDecoder('utf-8', { fatal: true }).decode(b);
    } catch {
      return false;
    }
  }
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000B\u000E-\u001F\u007F]/.test(s)) return false;
  return !/^\uFEFF?\s*<(?:!doctype|html|head|body|script|svg|\?xml|iframe|object|embed)\b/i.test(s);
}

/** The kind of document the bytes are, read from their first bytes (a ZIP's entries for DOCX and ODT), or null. */
export function sniffAttachment(b: Uint8Array): AttachmentKind | null {
  if (ascii(b, 0, 5) === '%PDF-') return 'pdf';
  if (startsWith(b, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'doc';
  if (startsWith(b, [0x50, 0x4b, 0x03, 0x04])) {
    // ODT: an uncompressed first entry "mimetype" holding the media type; DOCX: a main part under word/.
    if (ascii(b, 30, 38) === 'mimetype' && ascii(b, 38, 77) === 'application/vnd.oasis.opendocument.text') return 'odt';
    const buf = Buffer.from(b.buffer, b.byteOffset, b.byteLength);
    return buf.includes('[Content_Types].xml', 0, 'latin1') && buf.includes('word/document.xml', 0, 'latin1') ? 'docx' : null;
  }
  if (startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(b, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (ascii(b, 0, 6) === 'GIF87a' || ascii(b, 0, 6) === 'GIF89a') return 'gif';
  if (ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 12) === 'WEBP') return 'webp';
  return b.length > 0 && isPlainText(b) ? 'txt' : null;
}

/**
 * The checked kind and media type of an uploaded document named `name`: its extension must be an accepted
 * one and its first bytes must be a document of that kind. Refuses with `unsupported_format` (field
 * `attachment`) otherwise.
 */
export function checkAttachment(name: string, bytes: Uint8Array): { kind: AttachmentKind; mediaType: string } {
  const ext = /\.([A-Za-z0-9]{1,8})$/.exec(name.trim())?.[1]?.toLowerCase() ?? '';
  const claimed = (Object.keys(ATTACHMENT_KINDS) as AttachmentKind[]).find((k) => ATTACHMENT_KINDS[k].extensions.includes(ext));
  const accepted = `PDF, DOCX, DOC, ODT, TXT or an image (${ATTACHMENT_EXTENSIONS.map((e) => `.${e}`).join(' ')})`;
  if (!claimed) throw new UprError('unsupported_format', `${name.slice(0, 100)}: upload ${accepted}`, { field: 'attachment', value: name.slice(0, 100) });
  const found = sniffAttachment(bytes);
  // Word opens either format whatever the extension, and the UN publishes DOCX files named .doc.
  const word = (k: AttachmentKind | null) => k === 'doc' || k === 'docx';
  if (found && word(found) && word(claimed)) return { kind: found, mediaType: ATTACHMENT_KINDS[found].mediaType };
  if (found !== claimed) {
    const what = found ? `a ${found.toUpperCase()} file` : 'none of the accepted kinds';
    throw new UprError('unsupported_format', `${name.slice(0, 100)}: the file's content is ${what}, not the ${claimed.toUpperCase()} its name says`, { field: 'attachment', value: name.slice(0, 100) });
  }
  return { kind: claimed, mediaType: ATTACHMENT_KINDS[claimed].mediaType };
}
