import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { upr, tempDir } from '../../../test/support/cli.js';

// Real recommendations from the UPR Info export (session 7, Slovenia), in the export's own shape: a review known
// from an import only, without its documents.
const HEADER = 'To,To-Rgrp,To-Org,Text,From,From-Rgrp,From-Org,Response,Action,Issue,Session';
const ROWS = [
  'Slovenia,EEG,EU,Prohibit corporal punishment in all settings,Sweden,WEOG,EU,Noted,5,Rights of the Child,7',
  'Slovenia,EEG,EU,Strengthen national capacities to assist victims of domestic violence,Brazil,GRULAC,,Accepted,4,Women\'s rights,7',
];

describe('upr report', () => {
  const tmp = tempDir();
  after(tmp.cleanup);
  const csv = join(tmp.dir, 'sample.csv');
  writeFileSync(csv, [HEADER, ...ROWS].join('\r') + '\r', 'latin1');

  it('reports the children\'s-rights recommendations of a review known from an import, with their position', async () => {
    assert.equal((await upr(['import', 'upr-info', csv, '--db', tmp.db])).code, 0);
    const r = await upr(['report', 'Slovenia', '--cycle', '1', '--format', 'md', '--db', tmp.db]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^# Children's rights in the Universal Periodic Review of Slovenia: cycle 1/);
    assert.match(r.stdout, /> Prohibit corporal punishment in all settings\[\^1\]/);
    assert.match(r.stdout, /Recommended by: Sweden · Position: noted/);
    assert.doesNotMatch(r.stdout, /domestic violence/);
  });

  it('writes DOCX to a file named for the review when no --out is given, and JSON the data', async () => {
    const json = await upr(['report', 'SVN', '--format', 'json', '--db', tmp.db]);
    assert.equal(json.code, 0, json.stderr);
    const data = JSON.parse(json.stdout) as { cycle: number; summary: { recommendations: { noted: number } } };
    assert.deepEqual([data.cycle, data.summary.recommendations.noted], [1, 1]);
    const out = join(tmp.dir, 'svn.docx');
    const docx = await upr(['report', 'SVN', '--format', 'docx', '--out', out, '--db', tmp.db]);
    assert.equal(docx.code, 0, docx.stderr);
    assert.ok(existsSync(out));
  });

  it('refuses an unknown format, an unknown State and a review that is not stored', async () => {
    const bad = await upr(['report', 'SVN', '--format', 'xls', '--db', tmp.db]);
    assert.notEqual(bad.code, 0);
    assert.match(bad.stderr, /--format: must be one of html, md, docx, pdf, json, got "xls"/);
    assert.match((await upr(['report', 'Atlantis', '--format', 'md', '--db', tmp.db])).stderr, /unknown State "Atlantis"/);
    const missing = await upr(['report', 'SVN', '--cycle', '3', '--format', 'md', '--db', tmp.db]);
    assert.notEqual(missing.code, 0);
    assert.match(missing.stderr, /no review of Slovenia in cycle 3/);
  });

  it('writes the report in French or Spanish with --lang, State names and positions included, and records lang in JSON', async () => {
    const fr = await upr(['report', 'SVN', '--cycle', '1', '--format', 'md', '--lang', 'fr', '--db', tmp.db]);
    assert.equal(fr.code, 0, fr.stderr);
    assert.match(fr.stdout, /^# Les droits de l'enfant dans l'Examen périodique universel : Slovénie, cycle 1/);
    assert.match(fr.stdout, /Recommandée par : Suède · Position : notée/);
    const es = await upr(['report', 'SVN', '--cycle', '1', '--format', 'md', '--lang', 'es', '--db', tmp.db]);
    assert.match(es.stdout, /Eslovenia, ciclo 1/);
    assert.match(es.stdout, /Recomendada por: Suecia · Posición: anotada/);
    const json = JSON.parse((await upr(['report', 'SVN', '--format', 'json', '--lang', 'es', '--db', tmp.db])).stdout) as { lang: string };
    assert.equal(json.lang, 'es');
  });

  it('refuses a language it has no catalogue for, listing the valid ones, before reading the store', async () => {
    const de = await upr(['report', 'SVN', '--format', 'md', '--lang', 'de', '--db', tmp.db]);
    assert.equal(de.code, 2);
    assert.equal(de.stdout, '');
    assert.equal(de.stderr, 'upr: field --lang: must be one of en, fr, es, got "de"\n');
  });

  it('--all writes nothing when no documents are ingested, and says so', async () => {
    const dir = join(tmp.dir, 'reports');
    const r = await upr(['report', '--all', '--format', 'html,md', '--out', dir, '--db', tmp.db]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /0 review\(s\) × 2 format\(s\)/);
    assert.deepEqual(readdirSync(dir), []);
  });
});
