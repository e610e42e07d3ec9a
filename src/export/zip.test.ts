import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import JSZip from 'jszip';
import { zipStream, type ZipEntry } from './zip.js';

async function* chunks(parts: string[]): AsyncGenerator<Uint8Array> {
  for (const p of parts) yield Buffer.from(p);
}

describe('streamed ZIP archive', () => {
  it('is read back by JSZip with every CRC-32 checked: empty, small, many-chunk and UTF-8-named entries', async () => {
    const big = Array.from({ length: 300 }, (_, i) => `<row r="${i}">Protéger les enfants ${i}</row>`.repeat(20));
    const entries: [string, string[]][] = [['empty.txt', []], ['[Content_Types].xml', ['<Types/>']], ['xl/sheet.xml', big], ['données/é.txt', ['ü', 'ß']]];
    const zipEntries: ZipEntry[] = entries.map(([name, parts]) => ({ name, data: () => chunks(parts) }));
    const out: Uint8Array[] = [];
    for await (const c of zipStream(zipEntries)) out.push(c);
    const zip = await JSZip.loadAsync(Buffer.concat(out), { checkCRC32: true });
    assert.deepEqual(Object.keys(zip.files), entries.map(([n]) => n));
    for (const [name, parts] of entries) assert.equal(await zip.file(name)!.async('string'), parts.join(''), name);
  });

  it('stops reading an entry when its reader stops early', async () => {
    let produced = 0;
    async function* endless(): AsyncGenerator<Uint8Array> {
      for (;;) {
        produced++;
        yield randomBytes(65536); // incompressible: output follows input
      }
    }
    let bytes = 0;
    for await (const c of zipStream([{ name: 'endless.bin', data: endless }])) {
      bytes += c.length;
      if (bytes > 100000) break;
    }
    const soon = produced;
    await new Promise((r) => setTimeout(r, 50));
    assert.ok(produced === soon && produced < 10, `the source went on to ${produced} chunks of 64 kB`);
  });
});
