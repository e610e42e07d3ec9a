// Bytes → text for exported data files: UTF-8 (with or without BOM), Mac Roman or Windows-1252/latin-1.

export type TextEncodingName = 'utf-8' | 'macintosh' | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

/**
 * Decodes `bytes`. Without a forced encoding: a BOM or valid UTF-8 means UTF-8; otherwise an 8-bit
 * file with bare-CR line endings (old Mac exports such as UPR Info's) is Mac Roman, anything else
 * Windows-1252 (a superset of latin-1 for printable characters).
 */
export function decodeText(bytes: Uint8Array, forced?: TextEncodingName): DecodedText {
  if (forced) return { text: stripBom(decode8bit(bytes, forced)), encoding: forced };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    const encoding: TextEncodingName = hasBareCarriageReturns(bytes) ? 'macintosh' : 'windows-1252';
    return { text: decode8bit(bytes, encoding), encoding };
  }
}

// Node's TextDecoder treats the label windows-1252 as plain latin-1 (0x80-0x9F become C1 controls),
// so the 27 printable characters Windows-1252 puts there are mapped here.
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decode8bit(bytes: Uint8Array, encoding: TextEncodingName): string {
  if (encoding !== 'windows-1252') return new TextDecoder(encoding).decode(bytes);
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    out += String.fromCharCode(...chunk);
  }
  return out.replace(/[\x80-\x9f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function hasBareCarriageReturns(bytes: Uint8Array): boolean {
  let cr = 0;
  let lf = 0;
  const n = Math.min(bytes.length, 1 << 20);
  for (let i = 0; i < n; i++) {
    if (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a) cr++;
    else if (bytes[i] === 0x0a) lf++;
  }
  return cr > 0 && lf === 0;
}
