import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { openStore, importUprInfoRows, searchIds } from './index.js';
import { crossCounts } from './cross-counts.js';
import { parseUprInfoCsv, decodeText } from '../ingest/index.js';

describe('cross-counts over the search index', () => {
  it('counts each combination of recommending State × UPR Info issue × response as the search for it totals (bundled sample)', () => {
    const path = resolve('data/sample/upr-info/upr-info-sessions-05-08.csv');
    const bytes = readFileSync(path);
    const db = openStore(':memory:');
    importUprInfoRows(db, { kind: 'upr-info-csv', path, fileName: 'sample.csv', sha256: createHash('sha256').update(bytes).digest('hex'), sizeBytes: bytes.length },
      parseUprInfoCsv(decodeText(bytes).text, path).value);
    const scope = { response: ['supported' as const, 'noted' as const] };
    const x = crossCounts(db, scope, ['by', 'issue', 'response']);
    assert.equal(x.total, searchIds(db, scope, { limit: 0 }).total);
    assert.ok(x.cells.length > 50, `${x.cells.length} combinations`);
    for (const { values: [by, issue, response], count } of x.cells) {
      assert.equal(searchIds(db, { by: [by!], issue: [issue!], response: [response as 'noted'] }, { limit: 0 }).total, count, `${by} × ${issue} × ${response}`);
    }
    assert.equal(x.labels[0]!.get('FRA'), 'France');
    // One and two dimensions (a faster path), single and list columns.
    for (const dims of [['session'], ['by'], ['session', 'response'], ['issue', 'response'], ['response', 'by'], ['by', 'issue']] as const) {
      const y = crossCounts(db, {}, dims);
      assert.ok(y.cells.length > 1);
      for (const { values, count } of y.cells) {
        const f = Object.fromEntries(dims.map((d, k) => [d, [d === 'session' ? Number(values[k]) : values[k]]]));
        assert.equal(searchIds(db, f, { limit: 0 }).total, count, `${dims.join(' × ')} = ${values.join(' × ')}`);
      }
    }
    // A recommendation without a value on a dimension is in no combination of it.
    assert.deepEqual(crossCounts(db, scope, ['docType']).cells, []);
    db.close();
  });
});
