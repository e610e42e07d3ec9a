// The civil-society map as the analysis reads it (one digest row per summary, migration 019, and the comparison
// forms stored with the map) against the same map computed from scratch from the tables of migration 013 and
// the names, on Slovenia's three real summaries of stakeholders' submissions; and the map of a long-lived
// handle following the store: a summary ingested, removed, or mapped again changes the figures.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listSubmitterMaps, openStore, type Db, type StoredSubmitterMap } from '../src/store/index.js';
import { normaliseOrganisationName } from '../src/core/index.js';
import { mapAllSubmitters } from '../src/pipeline/index.js';
import { runAnalysis, type Listed, type Row } from '../src/analysis/index.js';
import { gatherOrganisations } from '../src/analysis/advocacy/civil-society-map.js';
import { upr, tempDir } from './support/cli.js';
import { SHARED_DATA, sharedPath } from './support/shared-data.js';

const FILES = [['cycle1', 'g0917008.pdf'], ['cycle2', 'g1409727.pdf'], ['cycle3', 'g1924226.pdf']].map(([c, f]) => join(SHARED_DATA, 'slovenia', c!, f!));

/** The maps read row by row from the tables (how the store read them before the digest): the reference. */
function mapsFromTables(db: Db): StoredSubmitterMap[] {
  const docs = db.prepare(`SELECT m.document_id AS documentId, d.symbol, v.state_iso3 AS stateIso3, v.cycle, m.list_found AS listFound, m.problems
    FROM submitter_maps m JOIN documents d ON d.id = m.document_id JOIN reviews v ON v.id = d.review_id ORDER BY v.cycle, v.state_iso3, d.id`).all() as
    { documentId: number; symbol: string | null; stateIso3: string; cycle: number; listFound: number; problems: string }[];
  return docs.map((d) => ({
    ...d, listFound: d.listFound === 1, problems: JSON.parse(d.problems) as StoredSubmitterMap['problems'],
    submitters: (db.prepare('SELECT id, abbreviation, name, normalised_name AS normalisedName, kind FROM submitters WHERE document_id = ? ORDER BY position').all(d.documentId) as
      { id: number; abbreviation: string; name: string; normalisedName: string; kind: string }[]).map(({ id, ...s }) => ({
      ...s,
      members: db.prepare('SELECT abbreviation, name, normalised_name AS normalisedName FROM submitter_members WHERE submitter_id = ? ORDER BY position').all(id) as StoredSubmitterMap['submitters'][number]['members'],
      paragraphs: (db.prepare(`SELECT c.paragraph, p.section, p.child_rights AS childRights, p.issues FROM submitter_paragraphs c
        JOIN summary_paragraphs p ON p.document_id = ? AND p.paragraph = c.paragraph WHERE c.submitter_id = ? AND c.secondary = 0 AND p.section != 'intro'
        ORDER BY c.paragraph`).all(d.documentId, id) as { paragraph: string; section: string; childRights: number; issues: string }[])
        .map((p) => ({ documentId: d.documentId, symbol: d.symbol, stateIso3: d.stateIso3, cycle: d.cycle, ...p, childRights: p.childRights === 1, issues: JSON.parse(p.issues) as string[] })),
    })),
  }));
}

/** The same maps with every comparison form computed again from the name (no stored form trusted). */
const renormalised = (maps: readonly StoredSubmitterMap[]): StoredSubmitterMap[] => maps.map((m) => ({
  ...m, submitters: m.submitters.map((s) => ({ ...s, normalisedName: normaliseOrganisationName(s.name), members: s.members.map((x) => ({ ...x, normalisedName: normaliseOrganisationName(x.name) })) })),
}));

const facts = (db: Db) => Object.fromEntries(runAnalysis(db, 'civil-society', {}).facts.map((f) => [f.key, f.value]));
const organisation = (db: Db, name: string) => runAnalysis(db, 'civil-society', {}).tables.find((t) => t.name === 'organisations')!.rows.find((r: Row) => r.organisation === name);

describe("the civil-society map's digest and cache (Slovenia's summaries, cycles 1-3)", () => {
  let tmp: ReturnType<typeof tempDir> | undefined;
  let db: Db | undefined;
  before(async () => {
    tmp = tempDir();
    if ((await upr(['ingest', FILES[0]!, FILES[1]!, '--db', tmp.db])).code !== 0) return;
    db = openStore(tmp.db);
  });
  after(() => {
    db?.close();
    tmp?.cleanup();
  });

  it('reads from the digests the same maps as from the tables, and the same organisations as from the names', async (t) => {
    if (!sharedPath(t, 'slovenia', 'cycle3', 'g1924226.pdf') || !db) return;
    assert.equal((await upr(['ingest', FILES[2]!, '--db', tmp!.db])).code, 0);
    const maps = listSubmitterMaps(db);
    assert.equal(maps.length, 3);
    assert.deepEqual(maps, mapsFromTables(db));
    const stored = maps.flatMap((m) => m.submitters.flatMap((s) => [s, ...s.members]));
    assert.ok(stored.length > 50, `${stored.length} submitters and members`);
    assert.deepEqual(stored.map((s) => s.normalisedName), stored.map((s) => normaliseOrganisationName(s.name)));
    assert.deepEqual(gatherOrganisations(maps), gatherOrganisations(renormalised(mapsFromTables(db))));
  });

  it("migration 019's backfill writes the digest that storing the map writes; a missing digest is computed from the tables", (t) => {
    if (!sharedPath(t, 'slovenia', 'cycle3', 'g1924226.pdf') || !db) return;
    const digests = () => db!.prepare('SELECT document_id, digest FROM submitter_maps ORDER BY document_id').raw().all() as [number, string | null][];
    const written = digests();
    assert.ok(written.every(([, d]) => d !== null && d.length > 1000));
    const before = gatherOrganisations(listSubmitterMaps(db));
    db.exec('UPDATE submitter_maps SET digest = NULL');
    assert.deepEqual(gatherOrganisations(listSubmitterMaps(db)), before);
    const migration = readFileSync(new URL('../src/store/migrations/019-submitter-digest.sql', import.meta.url), 'utf8');
    db.exec(migration.slice(migration.indexOf('UPDATE submitter_maps')));
    assert.deepEqual(digests(), written);
  });

  it('follows the store: a summary removed, ingested again, or its map deleted and made again by upr classify', async (t) => {
    if (!sharedPath(t, 'slovenia', 'cycle3', 'g1924226.pdf') || !db) return;
    const amnesty = () => organisation(db!, 'Amnesty International');
    const all = facts(db);
    assert.equal(all.anCsSummaries, 3);
    assert.equal(amnesty()!.reviews, 'SVN: 1, 2, 3');
    const paragraphs = (amnesty()!.paragraphs as Listed).value;

    assert.equal((await upr(['remove', 'A/HRC/WG.6/34/SVN/3', '--yes', '--db', tmp!.db])).code, 0);
    assert.equal(facts(db).anCsSummaries, 2);
    assert.equal(amnesty()!.reviews, 'SVN: 1, 2');
    assert.ok((amnesty()!.paragraphs as Listed).value < paragraphs);
    assert.ok((facts(db).anCsParagraphs as number) < (all.anCsParagraphs as number));

    assert.equal((await upr(['ingest', FILES[2]!, '--db', tmp!.db])).code, 0);
    assert.deepEqual(facts(db), all);
    assert.equal((amnesty()!.paragraphs as Listed).value, paragraphs);

    db.exec("DELETE FROM submitter_maps WHERE document_id = (SELECT id FROM documents WHERE symbol = 'A/HRC/WG.6/34/SVN/3')");
    assert.equal(facts(db).anCsSummaries, 2);
    assert.equal(mapAllSubmitters(db).documents, 3);
    assert.deepEqual(facts(db), all);
    assert.equal(amnesty()!.reviews, 'SVN: 1, 2, 3');
  });
});
