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
  if (forced) return { text: stripBom(new TextDecoder(forced).decode(bytes)), encoding: forced };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    const encoding: TextEncodingName = hasBareCarriageReturns(bytes) ? 'macintosh' : 'windows-1252';
    return { text: new TextDecoder(encoding).decode(bytes), encoding };
  }
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
