import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openStore } from '../../store/index.js';
import { upr, tempDir } from '../../../test/support/cli.js';
import { sharedPath } from '../../../test/support/shared-data.js';

/** A minimal PDF written by hand: one page with a text line, or one page holding a JPEG scan. */
function handMadePdf(content: { text: string } | { jpeg: Buffer; width: number; height: number }): Buffer {
  const objects: (string | Buffer)[] = [];
  const isText = 'text' in content;
  const stream = isText
    ? `BT /F1 14 Tf 72 720 Td (${content.text}) Tj ET`
    : `q 595 0 0 842 0 0 cm /Im1 Do Q`;
  objects.push('<< /Type /Catalog /Pages 2 0 R >>');
  objects.push('<< /Type /Pages /Kids [3 0 R] /Count 1 >>');
  objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << ${isText ? '/Font << /F1 5 0 R >>' : '/XObject << /Im1 5 0 R >>'} >> >>`);
  objects.push(`<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`);
  if (isText) objects.push('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>');
  else {
    objects.push(Buffer.concat([
      Buffer.from(`<< /Type /XObject /Subtype /Image /Width ${content.width} /Height ${content.height} /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode /Length ${content.jpeg.length} >>\nstream\n`, 'latin1'),
      content.jpeg,
      Buffer.from('\nendstream', 'latin1'),
    ]));
  }
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n', 'latin1')];
  const offsets: number[] = [];
  let size = parts[0]!.length;
  objects.forEach((o, i) => {
    offsets.push(size);
    const b = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`, 'latin1'), Buffer.isBuffer(o) ? o : Buffer.from(o, 'latin1'), Buffer.from('\nendobj\n', 'latin1')]);
    parts.push(b);
    size += b.length;
  });
  const xref = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${size}\n%%EOF\n`, 'latin1'));
  return Buffer.concat(parts);
}

function counts(db: string): { sources: number; documents: number; paragraphs: number; footnotes: number; reviews: number } {
  const d = openStore(db);
  try {
    const n = (t: string) => (d.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n;
    return { sources: n('sources'), documents: n('documents'), paragraphs: n('document_paragraphs'), footnotes: n('document_footnotes'), reviews: n('reviews') };
  } finally {
    d.close();
  }
}

describe('upr ingest', () => {
  const tmp = tempDir();
  after(tmp.cleanup);

  it('ingests a real Working Group report once; ingesting it again changes nothing', async (t) => {
    const report = sharedPath(t, 'slovenia', 'cycle3', 'g1934994.pdf');
    if (!report) return;
    const copy = join(tmp.dir, 'copy-of-report.pdf');
    copyFileSync(report, copy);
    const first = await upr(['ingest', report, '--db', tmp.db]);
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stdout, /A\/HRC\/43\/15 +wg_report +SVN +34\/3 +en/);
    const stored = counts(tmp.db);
    assert.ok(stored.paragraphs > 100);
    const again = await upr(['ingest', report, copy, '--db', tmp.db]);
    assert.equal(again.code, 0, again.stderr);
    assert.match(again.stdout, /2 file\(s\): 0 stored, 2 already stored, 0 failed/);
    assert.deepEqual(counts(tmp.db), stored);
  });

  it('reports an empty file, a corrupt PDF, a non-UPR PDF and a text file clearly and stores nothing from them', async () => {
    const empty = join(tmp.dir, 'empty.pdf');
    const corrupt = join(tmp.dir, 'corrupt.pdf');
    const other = join(tmp.dir, 'shopping.pdf');
    const text = join(tmp.dir, 'notes.txt');
    writeFileSync(text, 'Meeting notes, nothing else.');
    writeFileSync(empty, '');
    writeFileSync(corrupt, '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 9 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
    writeFileSync(other, handMadePdf({ text: 'Minutes of the garden club: tomatoes, beans and a new fence for the allotment.' }));
    const before = counts(tmp.db);
    const r = await upr(['ingest', empty, corrupt, other, text, '--db', tmp.db]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /empty\.pdf: the file is empty; nothing from this file was stored/);
    assert.match(r.stderr, /corrupt\.pdf: the PDF is corrupt or damaged and cannot be read/);
    assert.match(r.stderr, /shopping\.pdf: not a UPR document/);
    assert.match(r.stderr, /notes\.txt: not a PDF, DOCX or Word \(\.doc\) file/);
    assert.match(r.stdout, /4 file\(s\): 0 stored, 0 already stored, 4 failed/);
    assert.deepEqual(counts(tmp.db), before);
  });

  it('attaches an addendum stored earlier to the Working Group report ingested later', async (t) => {
    const addendum = sharedPath(t, 'slovenia', 'cycle2', 'g1504261.pdf');
    const report = sharedPath(t, 'slovenia', 'cycle2', 'g1423930.pdf');
    if (!addendum || !report) return;
    const store = join(tmp.dir, 'order.db');
    const first = await upr(['ingest', addendum, '--db', store]);
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stdout, /wg_report_addendum +SVN +20\/2 +en +\d+ +0 +0 +0 +ok/);
    const second = await upr(['ingest', report, addendum, '--db', store]);
    assert.equal(second.code, 0, second.stderr);
    const attached = /g1504261\.pdf: read again for the newly stored report: (\d+) position/.exec(second.stderr);
    assert.ok(attached && Number(attached[1]) > 100, second.stderr);
    assert.match(second.stdout, /already stored; positions attached/);
  });

  it('reads a scanned page by OCR and recognises the document', async (t) => {
    const source = sharedPath(t, 'slovenia', 'cycle3', 'g1923444.pdf');
    if (!source) return;
    const prefix = join(tmp.dir, 'scan');
    execFileSync('pdftoppm', ['-jpeg', '-r', '150', '-f', '1', '-l', '1', '-singlefile', '-scale-to-x', '1240', '-scale-to-y', '1754', source, prefix]);
    const scanned = join(tmp.dir, 'scanned.pdf');
    writeFileSync(scanned, handMadePdf({ jpeg: readFileSync(`${prefix}.jpg`), width: 1240, height: 1754 }));
    const r = await upr(['ingest', scanned, '--db', tmp.db, '--json']);
    assert.equal(r.code, 0, r.stderr);
    const [out] = JSON.parse(r.stdout) as { type: string; state: string; session: number; status: string }[];
    assert.equal(out!.status, 'ok');
    assert.equal(out!.state, 'SVN');
    assert.equal(out!.session, 34);
  });
});
