import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseSearchParams, searchQueryString, toggleFilter } from './search-params.js';

describe('search URL parameters', () => {
  it('reads the query, repeated filters, State names and paging', () => {
    const req = parseSearchParams(new URLSearchParams('q=child*&state=Slovenia&state=fra&by=SWE&cycle=1&response=noted&issue=Rights+of+the+Child&group=weog&page=3&size=50&sort=-session&childRights=1'));
    assert.deepEqual(req.filters, {
      query: 'child*', state: ['SVN', 'FRA'], by: ['SWE'], group: ['WEOG'], cycle: [1], response: ['noted'], issue: ['Rights of the Child'], childRights: true,
    });
    assert.equal(req.page, 3);
    assert.equal(req.size, 50);
    assert.equal(req.sort, '-session');
  });

  it('gives every search one permanent URL that reads back to the same search', () => {
    const req = parseSearchParams(new URLSearchParams('state=SVN&q=%22corporal+punishment%22&session=7&session=20&page=2'));
    const again = parseSearchParams(new URLSearchParams(searchQueryString(req)));
    assert.deepEqual(again, req);
    assert.equal(searchQueryString({ filters: {}, page: 1, size: 20 }), '');
  });

  it('rejects values it cannot understand with invalid_input naming the field', () => {
    for (const qs of ['cycle=9', 'state=Atlantis', 'response=maybe', 'sort=random', 'size=0', 'page=-1', 'group=Europe']) {
      assert.throws(() => parseSearchParams(new URLSearchParams(qs)), (e: { code: string; details: { field: string } }) => e.code === 'invalid_input' && qs.startsWith(e.details.field), qs);
    }
  });

  it('toggles one facet value on and off', () => {
    const on = toggleFilter({ query: 'x' }, 'cycle', '2');
    assert.deepEqual(on, { query: 'x', cycle: [2] });
    assert.deepEqual(toggleFilter(on, 'cycle', '2'), { query: 'x' });
  });
});
