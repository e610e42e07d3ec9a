import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { upr, tempDir } from '../../../test/support/cli.js';
import { sharedPath } from '../../../test/support/shared-data.js';

// The service itself is tested in src/pipeline; here: arguments, exit codes and what is printed.
describe('upr ingest', () => {
  const tmp = tempDir();
  after(tmp.cleanup);

  it('asks for a path when none is given (usage error, exit 2)', async () => {
    const r = await upr(['ingest', '--db', tmp.db]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /no file or folder given\nUsage: upr ingest PATH\.\.\. \[--json\]/);
  });

  it('prints a table row and the summary line for a real report, then JSON saying it is already stored', async (t) => {
    const report = sharedPath(t, 'slovenia', 'cycle3', 'g1934994.pdf');
    if (!report) return;
    const first = await upr(['ingest', report, '--db', tmp.db]);
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stdout, /cycle3\/g1934994\.pdf +A\/HRC\/43\/15 +wg_report +SVN +34\/3 +en +\d+ +\d+ +\d+ +\d+ +ok\n/);
    assert.match(first.stdout, /\n1 file\(s\): 1 stored, 0 already stored, 0 failed\.\n$/);
    assert.match(first.stderr, /^ingest: 1\/1 g1934994\.pdf\n/);
    const again = await upr(['ingest', report, '--db', tmp.db, '--json']);
    assert.equal(again.code, 0, again.stderr);
    const [out] = JSON.parse(again.stdout) as { file: string; symbol: string; status: string; reasons: string[] }[];
    assert.deepEqual([out!.file, out!.symbol, out!.status, out!.reasons], [report, 'A/HRC/43/15', 'already stored', []]);
  });

  it('prints "updated (version 2)" for other bytes of a stored symbol, and the earlier file as replaced', async (t) => {
    const report = sharedPath(t, 'slovenia', 'cycle3', 'g1934994.pdf');
    if (!report) return;
    const resaved = join(tmp.dir, 'g1934994-resaved.pdf');
    writeFileSync(resaved, Buffer.concat([readFileSync(report), Buffer.from('\n% saved again\n', 'latin1')]));
    const db = join(tmp.dir, 'versions.db');
    assert.equal((await upr(['ingest', report, '--db', db])).code, 0);
    const r = await upr(['ingest', resaved, '--db', db]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /g1934994-resaved\.pdf +A\/HRC\/43\/15 +wg_report .* updated \(version 2\)\n/);
    assert.match(r.stdout, /\n1 file\(s\): 1 stored \(1 updated\), 0 already stored, 0 failed\.\n$/);
    const again = await upr(['ingest', report, '--db', db]);
    assert.match(again.stdout, /already stored \(version 1, replaced by version 2\)\n/);
  });

  it('prints why a file failed and which paths were skipped, and exits 1', async () => {
    const folder = join(tmp.dir, 'downloads');
    mkdirSync(folder);
    writeFileSync(join(folder, 'empty.pdf'), '');
    symlinkSync(join(folder, 'gone.pdf'), join(folder, 'dangling.pdf'));
    const r = await upr(['ingest', folder, '--db', tmp.db]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /downloads\/dangling\.pdf: skipped: dangling symbolic link to .*gone\.pdf\n/);
    assert.match(r.stderr, /downloads\/empty\.pdf: the file is empty; nothing from this file was stored\n/);
    assert.match(r.stdout, /downloads\/empty\.pdf +— .* failed: the file is empty\n/);
    assert.match(r.stdout, /1 file\(s\): 0 stored, 0 already stored, 1 failed, 1 path\(s\) skipped\.\n$/);
  });
});
