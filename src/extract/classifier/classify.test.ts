import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { classifyText, classify, MODEL_VERSION } from './classify.js';
import { detectLanguage } from './normalise.js';

// Real texts: UPR Info recommendations (sessions 1-12), Slovenia's advance questions (cycles 1-2, Spanish)
// and the French statements of the Comoros in its 2009 Working Group report.
const YES: [string, string, string[]][] = [
  ['Criminalize the corporal punishment of children in all circumstances and places', 'en', ['corporal_punishment']],
  ['Raise the age of criminal responsibility in order to bring it into line with international standards', 'en', ['juvenile_justice']],
  ['Adopt a law to prohibit female genital mutilation', 'en', ['fgm_harmful_practices']],
  ['Rectify possible shortcomings in the registration procedure for all newborn children.', 'en', []],
  ['Intensify efforts to reduce the infant mortality rate', 'en', ['health']],
  ['Adopt special procedures to ensure the effective protection of the rights of unaccompanied children in their access to asylum procedures', 'en', ['migrant_refugee_children']],
  ['Ratify the Optional Protocol to CRC on the involvement of children in armed conflict', 'en', ['armed_conflict', 'general_measures']],
  ['Take comprehensive measures to eliminate violence against women and children', 'en', ['violence']],
  ['El CRC observó, en el período 2008-2009, la ausencia de un plan específico para la lucha contra la venta de menores, prostitución infantil y pornografía infantil', 'es', ['trafficking_exploitation']],
  ['Conforme las recomendaciones de diversas ONG´s y Comités, cuáles han sido las medidas aplicadas tendientes a garantizar a los miembros de la etnia romani, especialmente mujeres y niñas, el acceso a los servicios de salud, educación, trabajo', 'es', ['girl_child_discrimination']],
  ['Un autre problème se pose pour les enfants en conflit avec la loi puisque pour l’instant, le Gouvernement ne dispose pas d’un tribunal pour mineurs.', 'fr', ['juvenile_justice']],
  ['Concernant l’exploitation des enfants, le Gouvernement a précisé qu’il conviendrait de nuancer cette notion car il est très commun que les enfants travaillent avec leurs parents dans les régions reculées des Comores.', 'fr', ['child_labour']],
];

const NO: [string, string][] = [
  ['Strengthen effective and transparent measures to prevent and punish all forms of discrimination against minorities.', 'en'],
  ['Redouble efforts to reduce maternal mortality, including through the recent maternal health ministerial taskforce', 'en'],
  ['Further invest in obstetric clinics and in the formation of skilled birth attendants.', 'en'],
  ['Continue to deep the existing policy on democratization of access to higher-education and implement measures envisaged to strengthening the autonomy of universities', 'en'],
  ['Strengthen national capacities to assist victims of domestic violence', 'en'],
  ['Continue human rights education and training', 'en'],
  ['Con respecto a la violencia doméstica contra la mujer, en 2008 CEDAW manifestó su preocupación por la persistencia de este flagelo, sobretodo perpetrado por sus parejas', 'es'],
  ['¿Planea el gobierno de Eslovenia modificar la actual prohibición que no permite a los MSM (en inglés, hombres que mantienen relaciones sexuales con hombres) donar sangre?', 'es'],
  ['Au sujet des violences conjugales, il a été réitéré que les Comores se servent principalement de la sensibilisation pour lutter contre ce type de violence car il est rare que les femmes dénoncent les maltraitances commises par leur mari.', 'fr'],
  ['In 2018, three training courses were organised for judges and investigating judges, two in the framework of the Criminal Law School for Judges', 'en'],
];

describe('classifyText', () => {
  for (const [text, lang, issues] of YES) {
    it(`says yes (${lang}) and names ${issues.join(', ') || 'the child term'}: ${text.slice(0, 60)}…`, () => {
      const r = classifyText(text);
      assert.equal(r.language, lang);
      assert.equal(r.isChildRights, true, r.evidence.join('; '));
      assert.ok(r.score >= 0.5);
      for (const id of issues) assert.ok(r.issues.some((i) => i.id === id), `${id} missing from ${r.issues.map((i) => i.id).join(', ')}`);
      assert.ok(r.evidence.some((e) => e.startsWith('child: ')), 'evidence names the matched term');
    });
  }
  for (const [text, lang] of NO) {
    it(`says no (${lang}) to a hard negative: ${text.slice(0, 60)}…`, () => {
      const r = classifyText(text, lang as 'en' | 'fr' | 'es');
      assert.equal(r.isChildRights, false, r.evidence.join('; '));
      assert.ok(r.score < 0.5);
      assert.deepEqual(r.issues, []);
    });
  }

  it('ignores look-alikes and says so in the evidence', () => {
    const r = classifyText('Ensure safe childbirth for all women', 'en');
    assert.equal(r.isChildRights, false);
    assert.ok(r.evidence.includes('ignored look-alike: childbirth'));
  });

  it('counts a text that negates a child matter as about children ("no children are recruited")', () => {
    const r = classifyText('Take every necessary measure to ensure that no children under the age of 18 are recruited into armed forces');
    assert.equal(r.isChildRights, true);
    assert.ok(r.issues.some((i) => i.id === 'armed_conflict'));
  });

  it('works from the lexicon alone when asked to (model: null), and exports classify as an alias', () => {
    assert.equal(classifyText('Prohibit corporal punishment in all settings', 'en', { model: null }).isChildRights, true);
    assert.equal(classify, classifyText);
    assert.match(MODEL_VERSION, /^child-rights-/);
  });

  it('guesses the language from function words', () => {
    assert.equal(detectLanguage('Les Comores ont remercié l’ensemble des délégations pour leurs observations'), 'fr');
    assert.equal(detectLanguage('¿Con qué requisitos han de cumplir las personas “fuera de la ley” para obtener compensaciones?'), 'es');
    assert.equal(detectLanguage('Ratify the Convention against Torture'), 'en');
  });
});
