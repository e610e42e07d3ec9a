import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { EN, FR, ES, localeFor, parseLang, pickLang } from './index.js';
import { SHARED_KEYS } from './catalogue.js';

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

  it('holds the interface and the reports in one catalogue: the same keys in every language, none defined twice', () => {
    assert.deepEqual(SHARED_KEYS, []);
    for (const cat of [FR, ES]) assert.deepEqual(Object.keys(cat).sort(), Object.keys(EN).sort());
    assert.ok(Object.keys(EN).some((k) => k.startsWith('rp_')) && 'appName' in EN);
  });

  it('reads a language a user names, refusing others with the list of valid ones', () => {
    assert.equal(parseLang('FR'), 'fr');
    assert.equal(parseLang(undefined), 'en');
    assert.throws(() => parseLang('de'), /must be one of en, fr, es, got "de"/);
  });

  it('formats numbers and dates in the interface language', () => {
    assert.equal(localeFor('en').num(21355), '21,355');
    assert.match(localeFor('fr').num(21355), /^21\s355$/u);
    assert.equal(localeFor('es').date('2010-11-02'), '2 de noviembre de 2010');
    assert.equal(localeFor('fr').t('results', { n: 3 }), '3 recommandations');
    assert.equal(localeFor('fr').date('2019-11-04'), '4 novembre 2019');
    assert.equal(localeFor('fr').t('rp_title', { state: 'Slovénie', cycle: 3 }), "Les droits de l'enfant dans l'Examen périodique universel : Slovénie, cycle 3");
  });
});
