import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { decodeText } from './decode-text.js';

describe('decodeText', () => {
  it('reads UTF-8 with a BOM and drops the BOM', () => {
    const r = decodeText(Buffer.from('\ufeffCôte d’Ivoire', 'utf8'));
    assert.deepEqual(r, { text: 'Côte d’Ivoire', encoding: 'utf-8' });
  });
  it('reads UTF-8 without a BOM', () => {
    assert.equal(decodeText(Buffer.from('Türkiye\nSão Tomé', 'utf8')).text, 'Türkiye\nSão Tomé');
  });
  it('reads an 8-bit file with bare CR line endings as Mac Roman (UPR Info exports)', () => {
    // "Felsőszölnök" as UPR Info wrote it: ö is 0x9A in Mac Roman.
    const bytes = Buffer.from([0x46, 0x65, 0x6c, 0x73, 0x9a, 0x0d, 0x41, 0x87, 0x0d]);
    assert.deepEqual(decodeText(bytes), { text: 'Felsö\rAá\r', encoding: 'macintosh' });
  });
  it('reads other 8-bit files as Windows-1252 / latin-1', () => {
    const bytes = Buffer.from([0x43, 0xf4, 0x74, 0x65, 0x0d, 0x0a, 0x93, 0x78, 0x94]);
    assert.deepEqual(decodeText(bytes), { text: 'Côte\r\n“x”', encoding: 'windows-1252' });
  });
  it('obeys a forced encoding', () => {
    assert.equal(decodeText(Buffer.from([0xe9]), 'windows-1252').text, 'é');
  });
});
