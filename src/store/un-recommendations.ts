// UN recommendations and observations of treaty bodies and special procedures (from UHRI exports): writing
// (idempotent by annotation id, edits kept in a history), listing per State (CRC first), full-text search,
// and their children's-rights classification.
import type { Db } from './database.js';
import { toFtsQuery } from './fts-query.js';

export type UnBodyKind = 'treaty-body' | 'special-procedure' | 'other';

export interface NewUnRecommendation {
  annotationId: string;
  body: string;
  type: string;
  symbol: string | null;
  published: string | null;
  uhriPublished: string | null;
  text: string;
  themes: string[];
  affectedPersons: string[];
  sdgs: string[];
  regions: string[];
  states: string[];
  sourceId: number;
  locator: string;
}

export interface UnRecommendationRow {
  id: number;
  annotationId: string;
  body: string;
  bodyKind: UnBodyKind;
  type: string;
  symbol: string | null;
  published: string | null;
  text: string;
  themes: string[];
  affectedPersons: string[];
  sdgs: string[];
  states: string[];
  /** Null until classified. */
  childRights: boolean | null;
  childIssues: string[];
  file: string;
  locator: string;
}

/** The UN human rights treaty bodies (and their optional protocols, as UHRI names them). */
const TREATY_BODIES = /^(CRC|CEDAW|CERD|CCPR|HRCTTEE|CESCR|CAT|SPT|CMW|CRPD|CED)(\b|-|$)/i;

/** Treaty body, special procedure (`SR …`, `IE …`, `WG …`) or other. */
export function unBodyKind(body: string): UnBodyKind {
  if (TREATY_BODIES.test(body)) return 'treaty-body';
  if (/^(SR|IE|WG|Special Rapporteur|Independent Expert|Working Group)\b/i.test(body)) return 'special-procedure';
  return 'other';
}

/** Prepares the statements for one file (call inside a transaction). `write` says what it did. */
export function unRecommendationWriter(db: Db, sourceId: number): { write(r: NewUnRecommendation): 'added' | 'updated' | 'unchanged' } {
  const find = db.prepare(`SELECT id, body, type, symbol, published, uhri_published AS uhriPublished, text, themes, affected_persons AS affectedPersons,
      sdgs, regions, source_id AS sourceId, locator, (SELECT group_concat(state_iso3, ';') FROM
        (SELECT state_iso3 FROM un_recommendation_states WHERE un_recommendation_id = u.id ORDER BY state_iso3)) AS states
    FROM un_recommendations u WHERE annotation_id = ?`);
  const insert = db.prepare(`INSERT INTO un_recommendations (annotation_id, body, body_kind, type, symbol, published, uhri_published, text,
      themes, affected_persons, sdgs, regions, source_id, locator)
    VALUES (@annotationId, @body, @bodyKind, @type, @symbol, @published, @uhriPublished, @text, @themes, @affectedPersons, @sdgs, @regions, @sourceId, @locator)`);
  const update = db.prepare(`UPDATE un_recommendations SET body = @body, body_kind = @bodyKind, type = @type, symbol = @symbol, published = @published,
      uhri_published = @uhriPublished, text = @text, themes = @themes, affected_persons = @affectedPersons, sdgs = @sdgs, regions = @regions,
      source_id = @sourceId, locator = @locator WHERE id = @id`);
  const unclassify = db.prepare('UPDATE un_recommendations SET is_child_rights = NULL, child_score = NULL, child_issues = NULL, model_version = NULL WHERE id = ?');
  const keep = db.prepare(`INSERT INTO un_recommendation_history (un_recommendation_id, text, type, symbol, published, source_id, locator,
      replaced_by_source_id, replaced_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const clearStates = db.prepare('DELETE FROM un_recommendation_states WHERE un_recommendation_id = ?');
  const addState = db.prepare('INSERT OR IGNORE INTO un_recommendation_states (un_recommendation_id, state_iso3) VALUES (?, ?)');
  const now = new Date().toISOString();
  type Stored = Record<'body' | 'type' | 'text' | 'themes' | 'affectedPersons' | 'sdgs' | 'regions' | 'locator', string>
    & { id: number; symbol: string | null; published: string | null; uhriPublished: string | null; sourceId: number; states: string | null };
  return {
    write(r) {
      const row = { ...r, bodyKind: unBodyKind(r.body), themes: JSON.stringify(r.themes), affectedPersons: JSON.stringify(r.affectedPersons),
        sdgs: JSON.stringify(r.sdgs), regions: JSON.stringify(r.regions) };
      const states = [...new Set(r.states)].sort();
      const stored = find.get(r.annotationId) as Stored | undefined;
      if (!stored) {
        const id = Number(insert.run(row).lastInsertRowid);
        for (const s of states) addState.run(id, s);
        return 'added';
      }
      const same = stored.body === row.body && stored.type === row.type && stored.symbol === row.symbol && stored.published === row.published
        && stored.uhriPublished === row.uhriPublished && stored.text === row.text && stored.themes === row.themes
        && stored.affectedPersons === row.affectedPersons && stored.sdgs === row.sdgs && stored.regions === row.regions && (stored.states ?? '') === states.join(';');
      if (same) return 'unchanged';
      keep.run(stored.id, stored.text, stored.type, stored.symbol, stored.published, stored.sourceId, stored.locator, sourceId, now);
      update.run({ ...row, id: stored.id });
      if (stored.text !== row.text) unclassify.run(stored.id); // the classification was of the old text
      clearStates.run(stored.id);
      for (const s of states) addState.run(stored.id, s);
      return 'updated';
    },
  };
}

const columns = (extra = '') => `SELECT u.id, u.annotation_id AS annotationId, u.body, u.body_kind AS bodyKind, u.type, u.symbol, u.published, u.text, u.themes,
    u.affected_persons AS affectedPersons, u.sdgs, u.is_child_rights AS childRights, u.child_issues AS childIssues, src.file_name AS file, u.locator,
    (SELECT group_concat(state_iso3, ';') FROM un_recommendation_states WHERE un_recommendation_id = u.id) AS states${extra}
  FROM un_recommendations u JOIN sources src ON src.id = u.source_id`;

type RawRow = Omit<UnRecommendationRow, 'themes' | 'affectedPersons' | 'sdgs' | 'states' | 'childRights' | 'childIssues'>
  & { themes: string; affectedPersons: string; sdgs: string; states: string | null; childRights: number | null; childIssues: string | null };

const toRow = (r: RawRow): UnRecommendationRow => ({
  ...r, themes: JSON.parse(r.themes) as string[], affectedPersons: JSON.parse(r.affectedPersons) as string[], sdgs: JSON.parse(r.sdgs) as string[],
  states: (r.states ?? '').split(';').filter(Boolean), childRights: r.childRights === null ? null : r.childRights === 1,
  childIssues: r.childIssues ? (JSON.parse(r.childIssues) as string[]) : [],
});

/** CRC (and its optional protocols) first, then the other treaty bodies, then special procedures; newest first within a body. */
const rank = (body: string, kind: string) =>
  `CASE WHEN ${body} LIKE 'CRC%' THEN 0 WHEN ${kind} = 'treaty-body' THEN 1 WHEN ${kind} = 'special-procedure' THEN 2 ELSE 3 END`;

export interface UnBodyCount { body: string; bodyKind: UnBodyKind; count: number; childRights: number }

/** Per body, how many UN recommendations and observations concern State `iso3` (CRC first). */
export function unRecommendationCounts(db: Db, iso3: string): UnBodyCount[] {
  return db.prepare(`SELECT u.body, u.body_kind AS bodyKind, count(*) AS count, coalesce(sum(u.is_child_rights), 0) AS childRights
    FROM un_recommendation_states s JOIN un_recommendations u ON u.id = s.un_recommendation_id
    WHERE s.state_iso3 = ? GROUP BY u.body, u.body_kind ORDER BY ${rank('u.body', 'u.body_kind')}, count(*) DESC, u.body`).all(iso3) as UnBodyCount[];
}

export interface UnSearch {
  query?: string;
  state?: string;
  /** Body names (`CRC` also matches `CRC-OP-AC`, `CRC-OP-SC`). */
  body?: string;
  childRights?: boolean;
  /** Type, e.g. `Recommendations` or `Concerns/Observations` (a record may have several; any letter case). */
  type?: string;
  limit?: number;
  /** Records skipped before the first listed (paging). */
  offset?: number;
  /** Per body at most this many (listings on State pages); default unlimited. */
  perBody?: number;
}

/** UN recommendations and observations matching `s` (full text in the recommendations' query language), CRC first. */
export function searchUnRecommendations(db: Db, s: UnSearch = {}): { total: number; items: UnRecommendationRow[] } {
  const where: string[] = [];
  const params: (string | number)[] = [];
  if (s.query) {
    const fts = toFtsQuery(s.query);
    if (!fts) return { total: 0, items: [] };
    where.push('u.id IN (SELECT rowid FROM un_recommendations_fts WHERE un_recommendations_fts MATCH ?)');
    params.push(fts);
  }
  if (s.state) { where.push('u.id IN (SELECT un_recommendation_id FROM un_recommendation_states WHERE state_iso3 = ?)'); params.push(s.state); }
  if (s.body) { where.push("(u.body = ? COLLATE NOCASE OR u.body LIKE ? || '-%')"); params.push(s.body, s.body); }
  if (s.childRights !== undefined) { where.push('u.is_child_rights = ?'); params.push(s.childRights ? 1 : 0); }
  if (s.type) { where.push("instr('; ' || lower(u.type) || '; ', '; ' || lower(?) || '; ') > 0"); params.push(s.type.trim()); }
  const cond = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const total = (db.prepare(`SELECT count(*) AS n FROM un_recommendations u ${cond}`).get(...params) as { n: number }).n;
  const sql = s.perBody
    ? `SELECT * FROM (${columns(', row_number() OVER (PARTITION BY u.body ORDER BY u.published DESC, u.id) AS k')} ${cond}) x
       WHERE k <= ${Math.floor(s.perBody)} ORDER BY ${rank('x.body', 'x.bodyKind')}, x.body, x.published DESC, x.id LIMIT ?`
    : `${columns()} ${cond} ORDER BY ${rank('u.body', 'u.body_kind')}, u.body, u.published DESC, u.id LIMIT ? OFFSET ?`;
  const items = (db.prepare(sql).all(...params, s.limit ?? 100, ...(s.perBody ? [] : [s.offset ?? 0])) as RawRow[]).map(toRow);
  return { total, items };
}

/** The bodies (CRC first) and the types the stored UN records have, with how many records each: the search form's choices. */
export function unSearchChoices(db: Db): { bodies: { value: string; count: number }[]; types: { value: string; count: number }[] } {
  const bodies = db.prepare(`SELECT u.body AS value, count(*) AS count FROM un_recommendations u GROUP BY u.body, u.body_kind
    ORDER BY ${rank('u.body', 'u.body_kind')}, u.body`).all() as { value: string; count: number }[];
  const types = new Map<string, number>();
  for (const r of db.prepare('SELECT type, count(*) AS n FROM un_recommendations GROUP BY type').all() as { type: string; n: number }[]) {
    for (const t of r.type.split('; ').filter(Boolean)) types.set(t, (types.get(t) ?? 0) + r.n);
  }
  return { bodies, types: [...types].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count || a.value.localeCompare(b.value)) };
}

/** Earlier versions of a UN recommendation that later imports edited, oldest first. */
export function getUnRecommendationHistory(db: Db, id: number): { text: string; type: string; symbol: string | null; file: string; replacedBy: string }[] {
  return db.prepare(`SELECT h.text, h.type, h.symbol, s.file_name AS file, b.file_name AS replacedBy FROM un_recommendation_history h
    JOIN sources s ON s.id = h.source_id JOIN sources b ON b.id = h.replaced_by_source_id WHERE h.un_recommendation_id = ? ORDER BY h.id`)
    .all(id) as { text: string; type: string; symbol: string | null; file: string; replacedBy: string }[];
}

/** Up to `limit` UN recommendations not yet classified (or classified by another classifier version). */
export function unRecommendationsToClassify(db: Db, modelVersion: string, limit = 2000): { id: number; text: string }[] {
  return db.prepare('SELECT id, text FROM un_recommendations WHERE model_version IS NULL OR model_version <> ? ORDER BY id LIMIT ?')
    .all(modelVersion, limit) as { id: number; text: string }[];
}

/** Stores children's-rights classifications of UN recommendations, in one transaction. */
export function saveUnChildRights(db: Db, results: { id: number; isChildRights: boolean; score: number; issues: string[]; modelVersion: string }[]): void {
  const up = db.prepare('UPDATE un_recommendations SET is_child_rights = ?, child_score = ?, child_issues = ?, model_version = ? WHERE id = ?');
  db.transaction(() => {
    for (const r of results) up.run(r.isChildRights ? 1 : 0, r.score, JSON.stringify(r.issues), r.modelVersion, r.id);
  })();
}
