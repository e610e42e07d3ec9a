import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { listDocumentFiles } from './walk.js';
import { tempDir } from '../../test/support/cli.js';

describe('listDocumentFiles', () => {
  const tmp = tempDir();
  after(tmp.cleanup);
  const root = join(tmp.dir, 'downloads');
  const at = (...parts: string[]) => join(root, ...parts);
  mkdirSync(at('svn', 'cycle3'), { recursive: true });
  mkdirSync(at('zz'), { recursive: true });
  for (const f of ['svn/cycle3/g1934994.pdf', 'svn/cycle3/list.docx', 'svn/cycle3/notes.txt', 'svn/A.PDF', 'svn/.hidden.pdf', 'zz/questions.doc']) {
    writeFileSync(at(f), 'x');
  }
  symlinkSync('..', at('svn', 'cycle3', 'back-up'));
  symlinkSync(at('svn', 'gone.pdf'), at('svn', 'dangling.pdf'));
  symlinkSync('loop-b.pdf', at('zz', 'loop-a.pdf'));
  symlinkSync('loop-a.pdf', at('zz', 'loop-b.pdf'));
  symlinkSync(at('svn', 'cycle3'), at('zz', 'same-as-cycle3'));

  it('lists document files of folders sorted, skipping hidden and non-document files', () => {
    const { files } = listDocumentFiles([root]);
    assert.deepEqual(files, [at('svn', 'A.PDF'), at('svn', 'cycle3', 'g1934994.pdf'), at('svn', 'cycle3', 'list.docx'), at('zz', 'questions.doc')]);
  });

  it('reports dangling links, link loops, folder loops and folders reached twice, and skips them', () => {
    const { skipped } = listDocumentFiles([root]);
    assert.deepEqual(skipped, [
      { path: at('svn', 'cycle3', 'back-up'), reason: `folder loop: leads back to ${at('svn')}` },
      { path: at('svn', 'dangling.pdf'), reason: `dangling symbolic link to ${at('svn', 'gone.pdf')}` },
      { path: at('zz', 'loop-a.pdf'), reason: 'symbolic link loop' },
      { path: at('zz', 'loop-b.pdf'), reason: 'symbolic link loop' },
      { path: at('zz', 'same-as-cycle3'), reason: `folder already read as ${at('svn', 'cycle3')}` },
    ]);
  });

  it('lists a file named directly whatever its name, and a missing path for the reader to report', () => {
    const named = [at('svn', 'cycle3', 'notes.txt'), at('nowhere.pdf'), at('svn', 'dangling.pdf')];
    assert.deepEqual(listDocumentFiles(named), { files: named, skipped: [] });
  });
});
