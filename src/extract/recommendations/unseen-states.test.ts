// Recommending States written in ways the shared reports do not use, made from real reports by rewriting
// every State list: long forms and current or former names ("United Kingdom of Great Britain and Northern
// Ireland", "Türkiye", "Czechia", "Côte d’Ivoire" with a curly apostrophe), and lists written
// "(Chile, Mexico and Uruguay)", "(Chile; Mexico)" or "(Chile) (Mexico)". The same recommendations must come out.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readPdf } from '../../ingest/index.js';
import { stateByIso3 } from '../../core/index.js';
import { sharedPath } from '../../../test/support/shared-data.js';
import { parseWorkingGroupReport, type ExtractedRecommendation } from './wg-report.js';
import { parseStateList } from './recommending-states.js';

/** Other ways UN documents write these States (long forms, current and former names). */
const WRITTEN: Record<string, string> = {
  GBR: 'United Kingdom of Great Britain and Northern Ireland', KOR: 'Republic of Korea', VEN: 'Bolivarian Republic of Venezuela',
  TUR: 'Türkiye', CZE: 'Czechia', CIV: 'Côte d’Ivoire', IRN: 'Islamic Republic of Iran', BOL: 'Plurinational State of Bolivia',
  MKD: 'North Macedonia', MDA: 'Republic of Moldova', SWZ: 'Eswatini', CPV: 'Cabo Verde', NLD: 'Netherlands (Kingdom of the)',
  USA: 'United States of America', RUS: 'Russian Federation', LBY: 'Libya', PSE: 'State of Palestine', VNM: 'Viet Nam',
  LAO: 'Lao People’s Democratic Republic', PRK: 'Democratic People’s Republic of Korea', SYR: 'Syrian Arab Republic', TZA: 'United Republic of Tanzania',
};

type Style = (names: string[]) => string;
const STYLES: Record<string, Style> = {
  'commas and "and"': (n) => `(${n.length > 1 ? `${n.slice(0, -1).join(', ')} and ${n.at(-1)}` : n[0]})`,
  semicolons: (n) => `(${n.join('; ')})`,
  'one group per State': (n) => n.map((x) => `(${x})`).join(' '),
};

/** Rewrites every parenthesised State list of the pages in `style`, each State under its other name. */
function rewriteStateLists(pages: string[], style: Style): string[] {
  return pages.map((p) => p.replace(/\(([^()]*(?:\([^()]*\)[^()]*)*)\)/g, (whole, inner: string) => {
    const iso3 = parseStateList(inner.replace(/\s+/g, ' ').trim());
    return iso3 ? style(iso3.map((c) => WRITTEN[c] ?? stateByIso3(c)!.name)) : whole;
  }));
}

/** What must not change: number, text (State lists inside it aside), States and position. */
const core = (r: ExtractedRecommendation) => [r.paragraph, r.text.replace(/\([^()]*(?:\([^()]*\)[^()]*)*\)/g, '(…)').replace(/\(…\)(\s*\(…\))+/g, '(…)'), r.recommendingStates, r.response];

describe('recommending States written in other forms give the same recommendations', () => {
  for (const file of ['germany2013.pdf', 'centralafricanrepublic2009.pdf', 'colombia2009.pdf']) {
    for (const [name, style] of Object.entries(STYLES)) {
      it(`${file}: State lists rewritten with long forms and other names, ${name}`, async (t) => {
        const path = sharedPath(t, 'wg-reports', file);
        if (!path) return;
        const pages = (await readPdf(path)).pages;
        const rewritten = rewriteStateLists(pages, style);
        assert.notDeepEqual(rewritten, pages);
        const original = parseWorkingGroupReport(pages).value;
        assert.ok(original.length > 40);
        assert.deepEqual(parseWorkingGroupReport(rewritten).value.map(core), original.map(core));
      });
    }
  }

  it('reads each long form and other name as the State it names', () => {
    for (const [iso3, written] of Object.entries(WRITTEN)) assert.deepEqual(parseStateList(written), [iso3], written);
    assert.deepEqual(parseStateList("Côte d'Ivoire, Türkiye and Czechia"), ['CIV', 'TUR', 'CZE']);
  });
});
