// The search time budget: a search past its deadline stops with over_budget, from inside SQLite's full-text
// statement or from the loops over the index, and the handle keeps answering afterwards.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { UprError } from '../core/index.js';
import { openStore, importUprInfoRows, searchIds, searchStatistics, setSearchBudget, type Db } from './index.js';
import { parseUprInfoCsv } from '../ingest/index.js';

const HEADER = 'To,To-Rgrp,To-Org,Text,From,From-Rgrp,From-Org,Response,Action,Issue,Session';

/** A store of `n` recommendations that all contain "children" (so a full-text statement meets n matches). */
function store(n: number): Db {
  const rows = Array.from({ length: n }, (_, i) => `Chad,Africa,AU,"Protect children from labour, measure ${i}.",France,WEOG,EU,${i % 2 ? 'Accepted' : 'Noted'},5,Rights of the Child,${1 + (i % 12)}`);
  const db = openStore(':memory:');
  importUprInfoRows(db, { kind: 'upr-info-csv', path: 'b.csv', fileName: 'b.csv', sha256: 'b', sizeBytes: 1 }, parseUprInfoCsv(`${HEADER}\n${rows.join('\n')}\n`, 'b.csv').value);
  return db;
}

const overBudget = (during: RegExp) => (err: unknown) => {
  assert.ok(err instanceof UprError, String(err));
  assert.equal(err.code, 'over_budget');
  assert.match(err.message, /longer than its time budget of 0\.001 ms/);
  assert.match(err.message, during);
  assert.equal(err.details.field, 'query');
  return true;
};

describe('search time budget', () => {
  it('has no limit by default: every search of the handle completes', () => {
    const db = store(600);
    assert.equal(searchIds(db, { query: 'children' }).total, 600);
    assert.equal(searchIds(db, { query: 'chil*' }, { sort: 'session', facets: ['session', 'response'] }).total, 600);
  });

  it('stops a full-text statement from inside SQLite once past the deadline (not as a query error)', () => {
    const db = store(600);
    searchIds(db, {}); // the index is built outside any budget
    setSearchBudget(db, 0.001);
    // 600 matches: the budget function in the statement reads the clock on the 256th.
    assert.throws(() => searchIds(db, { query: 'children' }), overBudget(/during full-text match/));
    assert.throws(() => searchIds(db, { query: 'NOT labour' }), overBudget(/during full-text match/));
    assert.throws(() => searchStatistics(db, { query: 'measure' }), overBudget(/during full-text match/));
  });

  it('stops the loops over the index and the facet counts too', () => {
    const db = store(600);
    searchIds(db, {});
    setSearchBudget(db, 0.001);
    assert.throws(() => searchIds(db, { response: ['noted'] }, { facets: ['session'] }), overBudget(/during facet counts/));
  });

  it('keeps answering after an over-budget search, and a budget of 0 lifts the limit', () => {
    const db = store(600);
    setSearchBudget(db, 0.001);
    assert.throws(() => searchIds(db, { query: 'children' }), overBudget(/full-text/));
    setSearchBudget(db, 0);
    assert.equal(searchIds(db, { query: 'children' }).total, 600);
    setSearchBudget(db, 60000);
    assert.equal(searchIds(db, { query: 'children', response: ['noted'] }).total, 300);
  });
});
