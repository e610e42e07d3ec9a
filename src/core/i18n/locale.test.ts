import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { EN, FR, ES, localeFor, pickLang } from './locale.js';

describe('interface language', () => {
  it('prefers ?lang=, then the cookie, then Accept-Language, then English', () => {
    assert.equal(pickLang('fr', 'es', 'en-GB'), 'fr');
    assert.equal(pickLang('xx', 'es', 'fr-FR'), 'es');
    assert.equal(pickLang(undefined, undefined, 'de-DE,fr;q=0.8'), 'fr');
    assert.equal(pickLang(undefined, undefined, undefined), 'en');
  });

  it('translates every message of the English catalogue, keeping its placeholders', () => {
    for (const [name, cat] of [['fr', FR], ['es', ES]] as const) {
      for (const [key, en] of Object.entries(EN)) {
        const text = cat[key as keyof typeof EN];
        assert.ok(text && text.trim(), `${name}.${key} is empty`);
        assert.deepEqual((text.match(/\{\w+\}/g) ?? []).sort(), (en.match(/\{\w+\}/g) ?? []).sort(), `${name}.${key} placeholders`);
      }
      const same = Object.keys(EN).filter((k) => cat[k as keyof typeof EN] === EN[k as keyof typeof EN]);
      assert.ok(same.length < Object.keys(EN).length / 5, `${name}: too many untranslated messages: ${same.join(', ')}`);
    }
  });

  it('formats numbers and dates in the interface language', () => {
    assert.equal(localeFor('en').num(21355), '21,355');
    assert.match(localeFor('fr').num(21355), /^21\s355$/u);
    assert.equal(localeFor('es').date('2010-11-02'), '2 de noviembre de 2010');
    assert.equal(localeFor('fr').t('results', { n: 3 }), '3 recommandations');
  });
});
