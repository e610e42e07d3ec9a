// Accepted evidence documents: the kind read from the first bytes of real UN documents (PDF, DOC, DOCX from
// ../shared/data) and of the other accepted formats' headers, and refusals of disguised or unknown files.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { UprError } from '../core/index.js';
import { checkAttachment, sniffAttachment } from './attachment.js';
import { sharedPath } from '../../test/support/shared-data.js';

const bytes = (...parts: (string | number[])[]) => new Uint8Array(Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p)))));
/** The first bytes of an ODT as LibreOffice writes it: a stored "mimetype" entry first. */
const ODT_HEAD = bytes('PK', [3, 4, 10, 0, 0, 0, 0, 0], new Array(20).fill(0), 'mimetype', 'application/vnd.oasis.opendocument.textPK');

describe('evidence document kinds', () => {
  it('recognises real UN documents of Slovenia\'s review: PDF, DOC and DOCX', (t) => {
    const dir = sharedPath(t, 'slovenia');
    if (!dir) return;
    const cases: [string, string][] = [
      // The UN's cycle-2 advance questions are DOCX files named .doc: accepted as the DOCX they are.
      ['cycle3/g1934994.pdf', 'pdf'], ['cycle1/Slovenia.pdf', 'pdf'], ['cycle2/AdvancedQuestionsSlovenia.doc', 'docx'],
      ['cycle3/Advance_questions_Slovenia_first_batch.doc', 'doc'], ['cycle2/UPR20__Slovenia_ThematicListRecommendations_E.docx', 'docx'],
      ['cycle3/UPR34_Slovenia_Thematic_list_of_Recommendations.docx', 'docx'],
    ];
    for (const [file, kind] of cases) {
      const b: Uint8Array = new Uint8Array(readFileSync(`${dir}/${file}`));
      assert.equal(sniffAttachment(b), kind, file);
      assert.equal(checkAttachment(file.split('/')[1]!, b).kind, kind, file);
    }
  });

  it('recognises ODT, plain text and images by their first bytes', () => {
    const cases: [Uint8Array, string | null][] = [
      [ODT_HEAD, 'odt'],
      [bytes('Minutes of the meeting with the Ministry of Education, 3 March 2017.\nRoma assistants: 130 employed.\n'), 'txt'],
      [bytes('Rapport sur les droits de l', [0xe9], 'l', [0xe8], 've'), null], // latin-1, not UTF-8: refused as text
      [new Uint8Array(Buffer.from('Poročilo o otrokovih pravicah', 'utf8')), 'txt'],
      [bytes([0x89], 'PNG', [0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13], 'IHDR'), 'png'],
      [bytes([0xff, 0xd8, 0xff, 0xe0, 0, 16], 'JFIF'), 'jpeg'],
      [bytes('GIF89a', [1, 0, 1, 0]), 'gif'],
      [bytes('RIFF', [0, 0, 0, 0], 'WEBPVP8 '), 'webp'],
      [bytes('<!DOCTYPE html><html><script>alert(1)</script>'), null],
      [bytes('  <svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'), null],
      [bytes('MZ', [0x90, 0, 3, 0, 0, 0]), null],
      [bytes('PK', [3, 4, 20, 0], 'some.zip entry'), null],
      [new Uint8Array(0), null],
    ];
    for (const [b, kind] of cases) assert.equal(sniffAttachment(b), kind, Buffer.from(b.subarray(0, 40)).toString('latin1'));
  });

  it('refuses a file whose content is not what its name says, or an extension it does not accept', () => {
    const refuse = (name: string, b: Uint8Array, message: RegExp) => assert.throws(() => checkAttachment(name, b), (e: unknown) => {
      assert.ok(e instanceof UprError);
      assert.equal(e.code, 'unsupported_format');
      assert.equal(e.details.field, 'attachment');
      assert.match(e.message, message);
      return true;
    });
    refuse('report.pdf', bytes('This is not a PDF but a text saved under a PDF name.'), /report\.pdf: the file's content is a TXT file, not the PDF its name says/);
    refuse('report.pdf', bytes('<!doctype html><script>alert(1)</script>'), /none of the accepted kinds, not the PDF/);
    refuse('notes.txt', bytes('<script>alert(1)</script>'), /notes\.txt: .*not the TXT/);
    refuse('report.html', bytes('<p>x</p>'), /report\.html: upload PDF, DOCX, DOC, ODT, TXT or an image/);
    refuse('setup.exe', bytes('MZ', [0x90, 0]), /setup\.exe: upload/);
    refuse('no-extension', bytes('%PDF-1.4'), /no-extension: upload/);
    refuse('picture.png', bytes([0xff, 0xd8, 0xff, 0xe0]), /a JPEG file, not the PNG/);
  });

  it('gives the media type proven by the content, whatever the extension\'s case', () => {
    assert.deepEqual(checkAttachment('Mid-term REPORT.PDF', bytes('%PDF-1.7\n')), { kind: 'pdf', mediaType: 'application/pdf' });
    assert.deepEqual(checkAttachment('photo.JPG', bytes([0xff, 0xd8, 0xff, 0xdb])), { kind: 'jpeg', mediaType: 'image/jpeg' });
    assert.deepEqual(checkAttachment('statement.odt', ODT_HEAD), { kind: 'odt', mediaType: 'application/vnd.oasis.opendocument.text' });
  });
});
