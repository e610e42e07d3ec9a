// Each filter and facet is declared once in src/store/filters.ts; this checks that every face derives it.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { FACET_NAMES, FILTERS, PUBLIC_FILTER_NAMES } from '../src/store/index.js';
import { EN, FR, ES, localeFor } from '../src/core/i18n/index.js';
import { openApiDocument } from '../src/web/routes/openapi.js';
import { FILTER_OPTIONS } from '../src/cli/filter-options.js';
import { FACET_ORDER, FACET_TITLES, facetValueLabel } from '../src/web/views/labels.js';

describe('facets declared once (src/store/filters.ts) reach every face', () => {
  it('gives every facet a title in English, French and Spanish, and a place on the search page', () => {
    for (const name of FACET_NAMES) {
      for (const cat of [EN, FR, ES] as Record<string, string>[]) assert.ok(cat[FACET_TITLES[name]], `no title ${FACET_TITLES[name]} for facet ${name}`);
      assert.ok(FACET_ORDER.includes(name), `${name} missing from the search page`);
    }
  });

  it('offers every public filter as a URL parameter of the API and as a CLI flag', () => {
    const doc = openApiDocument('http://x') as { paths: Record<string, { get: { parameters: { name: string; schema: unknown }[] } }> };
    const params = doc.paths['/api/recommendations']!.get.parameters;
    for (const name of PUBLIC_FILTER_NAMES) {
      assert.deepEqual(params.find((p) => p.name === name)?.schema, { type: 'array', items: FILTERS[name].value.schema }, `OpenAPI parameter ${name}`);
      assert.ok(FILTER_OPTIONS[name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)], `CLI flag for ${name}`);
    }
  });

  it('names values through the keys their declaration gives, in the interface language', () => {
    assert.equal(facetValueLabel(localeFor('fr'), 'docType', 'wg_report'), FR.dt_wg_report);
    assert.equal(facetValueLabel(localeFor('es'), 'group', 'WEOG'), ES.grp_WEOG);
    assert.equal(facetValueLabel(localeFor('en'), 'response', 'noted'), EN.noted);
    assert.equal(facetValueLabel(localeFor('en'), 'state', 'SVN', 'Slovenia'), 'Slovenia');
  });
});
