// A minimal PDF written by hand for ingest tests: one page with text lines, or one page holding a JPEG scan.

export function handMadePdf(content: { text: string | string[] } | { jpeg: Buffer; width: number; height: number }): Buffer {
  const objects: (string | Buffer)[] = [];
  const isText = 'text' in content;
  const stream = isText
    ? `BT /F1 12 Tf 16 TL 72 760 Td ${[content.text].flat().map((l) => `(${l.replace(/[()\\]/g, '\\$&')}) Tj T*`).join(' ')} ET`
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
