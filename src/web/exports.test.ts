import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { openStore, importUprInfoRows } from '../store/index.js';
import { parseUprInfoCsv, decodeText } from '../ingest/index.js';
import { createApp } from './index.js';
import { sharedPath, UPR_INFO_FILES } from '../../test/support/shared-data.js';

describe('exports of every cycle-1 recommendation from the web', () => {
  it('reads back 21,355 rows from the XLSX (exceljs) and the CSV (csv-parse)', async (t) => {
    const dir = sharedPath(t, 'upr-info');
    if (!dir) return;
    const tmp = mkdtempSync(join(tmpdir(), 'upr-web-export-'));
    const db = openStore(join(tmp, 'x.db'));
    try {
      for (const f of UPR_INFO_FILES) {
        const bytes = readFileSync(join(dir, f));
        importUprInfoRows(db, { kind: 'upr-info-csv', path: f, fileName: f, sha256: createHash('sha256').update(bytes).digest('hex'), sizeBytes: bytes.length }, parseUprInfoCsv(decodeText(bytes).text, f).value);
      }
      const app = createApp(db, { baseUrl: 'http://upr.test' });

      const xlsx = await app.request('http://upr.test/export.xlsx');
      assert.equal(xlsx.headers.get('x-total-count'), '21355');
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(await xlsx.arrayBuffer());
      const ws = wb.worksheets[0]!;
      assert.equal(ws.actualRowCount - 1, 21355);
      const header = (ws.getRow(1).values as unknown[]).slice(1);
      assert.ok(header.includes('source_sha256') && header.includes('url'));
      const link = ws.getRow(2).getCell(header.indexOf('url') + 1).value as { hyperlink: string };
      assert.match(link.hyperlink, /^http:\/\/upr\.test\/recommendations\/\d+$/);

      const csv = await (await app.request('/export.csv')).text();
      const rows = parse(csv.replace(/^\ufeff/, ''), { columns: true, relax_quotes: false }) as Record<string, string>[];
      assert.equal(rows.length, 21355);
      assert.ok(rows.every((r) => r.source_locator?.startsWith('line ')));
    } finally {
      db.close();
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});
