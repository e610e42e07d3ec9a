import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { readDocx, headerLines } from './word.js';
import { UprError } from '../../core/index.js';

const SAMPLE = fileURLToPath(new URL('../../../data/sample/slovenia/', import.meta.url));

describe('readDocx', () => {
  it("reads the page header of the bundled OHCHR thematic list (it names the State, cycle and session)", async () => {
    const d = await readDocx(`${SAMPLE}cycle3/UPR34_Slovenia_Thematic_list_of_Recommendations.docx`);
    assert.equal(d.format, 'docx');
    assert.equal(d.headers?.length, 1);
    assert.match(d.headers![0]!, /^UPR of Slovenia \(3rd Cycle - 34th Session\) Thematic list of recommendations Page/);
    assert.match(d.html ?? '', /<table>/);
  });

  it('throws parse_failed naming the file when it is not a DOCX package', async () => {
    const path = `${SAMPLE}cycle3/Advance_questions_Slovenia_first_batch.doc`;
    await assert.rejects(readDocx(path), (err: unknown) => err instanceof UprError && err.code === 'parse_failed' && err.details.file === path);
  });
});

describe('headerLines', () => {
  it('puts paragraphs on lines, tabs as spaces, and decodes entities once (&amp;lt; is &lt;)', () => {
    const xml = '<w:hdr><w:p><w:r><w:t>A/HRC/43/15 &amp;lt;draft&amp;gt;</w:t><w:tab/><w:t>Page 2</w:t></w:r></w:p><w:p><w:r><w:t>Côte d&apos;Ivoire &amp; Mali</w:t></w:r></w:p></w:hdr>';
    assert.deepEqual(headerLines(xml), ['A/HRC/43/15 &lt;draft&gt; Page 2', "Côte d'Ivoire & Mali"]);
  });
});
