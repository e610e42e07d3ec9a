// A ZIP archive written as a stream (the container of XLSX): each entry's bytes are deflated as they come
// (zlib on the thread pool, off the event loop) and followed by a data descriptor, so neither an entry nor
// the archive is ever held whole in memory. The central directory at the end lists each entry.
import { Readable, pipeline } from 'node:stream';
import { createDeflateRaw, crc32 } from 'node:zlib';

export interface ZipEntry {
  name: string;
  /** The entry's bytes, produced on demand. */
  data: () => AsyncIterable<Uint8Array>;
}

interface Written {
  name: Buffer;
  crc: number;
  compressed: number;
  size: number;
  offset: number;
}

/** Bit 3: sizes and CRC follow the data (data descriptor); bit 11: names are UTF-8. */
const FLAGS = 0x0808;
/** 1980-01-01 00:00 in DOS time and date: a fixed date keeps exports of the same rows byte-identical. */
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

/** The bytes of a ZIP archive of `entries`, in order, as they are produced. */
export async function* zipStream(entries: readonly ZipEntry[]): AsyncGenerator<Uint8Array> {
  const written: Written[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const w: Written = { name, crc: 0, compressed: 0, size: 0, offset };
    const header = localHeader(name);
    offset += header.length;
    yield header;
    const counted = async function* () {
      for await (const chunk of entry.data()) {
        w.crc = crc32(chunk, w.crc);
        w.size += chunk.length;
        yield chunk;
      }
    };
    const deflate = createDeflateRaw();
    // pipeline destroys both sides on an error or when the reader stops early (the loop below returns).
    pipeline(Readable.from(counted(), { highWaterMark: 1 }), deflate, () => undefined);
    for await (const out of deflate as AsyncIterable<Buffer>) {
      w.compressed += out.length;
      yield out;
    }
    if (w.size >= 0xffffffff || w.compressed >= 0xffffffff) throw new Error(`zip entry ${entry.name} is over 4 GB (no ZIP64)`);
    const descriptor = Buffer.alloc(16);
    descriptor.writeUInt32LE(0x08074b50, 0);
    descriptor.writeUInt32LE(w.crc, 4);
    descriptor.writeUInt32LE(w.compressed, 8);
    descriptor.writeUInt32LE(w.size, 12);
    offset += w.compressed + descriptor.length;
    yield descriptor;
    written.push(w);
  }
  yield centralDirectory(written, offset);
}

function localHeader(name: Buffer): Buffer {
  const b = Buffer.alloc(30);
  b.writeUInt32LE(0x04034b50, 0);
  b.writeUInt16LE(20, 4); // version needed: 2.0 (deflate)
  b.writeUInt16LE(FLAGS, 6);
  b.writeUInt16LE(8, 8); // deflate
  b.writeUInt16LE(DOS_TIME, 10);
  b.writeUInt16LE(DOS_DATE, 12);
  // CRC and sizes (14..25) stay 0: they are in the data descriptor.
  b.writeUInt16LE(name.length, 26);
  return Buffer.concat([b, name]);
}

function centralDirectory(entries: Written[], start: number): Buffer {
  const parts: Buffer[] = [];
  for (const e of entries) {
    const b = Buffer.alloc(46);
    b.writeUInt32LE(0x02014b50, 0);
    b.writeUInt16LE(20, 4); // made by: 2.0
    b.writeUInt16LE(20, 6);
    b.writeUInt16LE(FLAGS, 8);
    b.writeUInt16LE(8, 10);
    b.writeUInt16LE(DOS_TIME, 12);
    b.writeUInt16LE(DOS_DATE, 14);
    b.writeUInt32LE(e.crc, 16);
    b.writeUInt32LE(e.compressed, 20);
    b.writeUInt32LE(e.size, 24);
    b.writeUInt16LE(e.name.length, 28);
    b.writeUInt32LE(e.offset, 42);
    parts.push(b, e.name);
  }
  const size = parts.reduce((n, p) => n + p.length, 0);
  if (start + size >= 0xffffffff) throw new Error('zip archive is over 4 GB (no ZIP64)');
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(size, 12);
  end.writeUInt32LE(start, 16);
  return Buffer.concat([...parts, end]);
}
