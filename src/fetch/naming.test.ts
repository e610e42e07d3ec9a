import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cacheFileName, documentUrl, parseLanguage } from './naming.js';

describe('document URLs and cache file names', () => {
  it('asks the ODS for the symbol, language and PDF, with the symbol URL-encoded', () => {
    assert.equal(documentUrl('https://documents.un.org/', 'A/HRC/WG.6/34/SVN/1', 'fr'),
      'https://documents.un.org/api/symbol/access?s=A%2FHRC%2FWG.6%2F34%2FSVN%2F1&l=fr&t=pdf');
    assert.equal(documentUrl('http://127.0.0.1:8123/mirror', 'A/HRC/43/15', 'en'), 'http://127.0.0.1:8123/mirror/api/symbol/access?s=A%2FHRC%2F43%2F15&l=en&t=pdf');
  });

  const names: [symbol: string, lang: 'en' | 'fr' | 'es', file: string][] = [
    ['A/HRC/WG.6/34/SVN/1', 'en', 'A_HRC_WG.6_34_SVN_1.en.pdf'],
    ['A/HRC/43/15/Add.1', 'es', 'A_HRC_43_15_Add.1.es.pdf'],
    ['A/HRC_43', 'en', 'A_HRC%5F43.en.pdf'],
    ['A/HRC/43 15', 'fr', 'A_HRC_43%2015.fr.pdf'],
  ];
  for (const [symbol, lang, file] of names) {
    it(`names the cache file of ${symbol} (${lang}) ${file}`, () => assert.equal(cacheFileName(symbol, lang), file));
  }

  it('never gives two symbols the same file, nor a path outside the cache folder', () => {
    const symbols = ['A/HRC/43/15', 'A_HRC_43_15', 'A/HRC/43/15/Add.1', 'A/HRC/43_15', '../etc/passwd', 'A%2FHRC'];
    const files = symbols.map((s) => cacheFileName(s, 'en'));
    assert.equal(new Set(files).size, symbols.length);
    for (const f of files) assert.ok(!f.includes('/') && !f.startsWith('.'), f);
  });

  it('accepts en, fr and es and refuses other languages', () => {
    assert.equal(parseLanguage(' FR '), 'fr');
    assert.throws(() => parseLanguage('de'), /--lang must be one of en, fr, es, got "de"/);
  });
});
