// The civil-society map of one summary in one JSON value (column submitter_maps.digest, migration 019): computed
// by SQL from the tables of migration 013 when the map is written, parsed when the maps are read. The analysis
// reads every map after each store change; one row per summary spares it joining every attributed paragraph.
import type { Db } from './database.js';
import type { StoredSubmitterMap } from './submitters.js';

/**
 * The digest of the map of the document whose id is the SQL expression `documentId`, built from the tables
 * (the same expression backfills existing stores in migration 019): paragraphs outside the introduction, and
 * per submitter (in list order) its members and the paragraphs it authored (not "See also"), by number.
 */
export const digestSql = (documentId: string): string => `json_object(
  'p', (SELECT json_group_array(json_array(p.paragraph, p.section, p.child_rights, json(p.issues)) ORDER BY p.paragraph)
        FROM summary_paragraphs p WHERE p.document_id = ${documentId} AND p.section != 'intro'),
  's', (SELECT json_group_array(json_array(s.abbreviation, s.name, s.normalised_name, s.kind,
          (SELECT json_group_array(json_array(x.abbreviation, x.name, x.normalised_name) ORDER BY x.position) FROM submitter_members x WHERE x.submitter_id = s.id),
          (SELECT json_group_array(c.paragraph ORDER BY c.paragraph) FROM submitter_paragraphs c WHERE c.submitter_id = s.id AND c.secondary = 0)
        ) ORDER BY s.position) FROM submitters s WHERE s.document_id = ${documentId}))`;

/** Writes the digest of document `documentId` from its rows; call after writing them, in the same transaction. */
export function writeSubmitterDigest(db: Db, documentId: number): void {
  db.prepare(`UPDATE submitter_maps SET digest = ${digestSql('submitter_maps.document_id')} WHERE document_id = ?`).run(documentId);
}

type DigestParagraph = [paragraph: string, section: string, childRights: number, issues: string[]];
type DigestMember = [abbreviation: string | null, name: string, normalisedName: string];
type DigestSubmitter = [abbreviation: string, name: string, normalisedName: string, kind: string, members: DigestMember[], paragraphs: string[]];

/** The submitters of the digest of the map `at`, each paragraph one object shared by the submitters it is attributed to. */
export function parseSubmitterDigest(json: string, at: Pick<StoredSubmitterMap, 'documentId' | 'symbol' | 'stateIso3' | 'cycle'>): StoredSubmitterMap['submitters'] {
  const digest = JSON.parse(json) as { p: DigestParagraph[]; s: DigestSubmitter[] };
  const { documentId, symbol, stateIso3, cycle } = at;
  // Indexed loops, not destructuring: this runs over every paragraph of every summary after each store change.
  const paragraphs = new Map<string, StoredSubmitterMap['submitters'][number]['paragraphs'][number]>();
  for (const p of digest.p) paragraphs.set(p[0], { documentId, symbol, stateIso3, cycle, paragraph: p[0], section: p[1], childRights: p[2] === 1, issues: p[3] });
  return digest.s.map((s) => {
    const authored = [];
    // A citation of an introduction paragraph, or of a number the summary lacks, is no authored paragraph.
    for (const n of s[5]) {
      const p = paragraphs.get(n);
      if (p) authored.push(p);
    }
    return {
      abbreviation: s[0], name: s[1], normalisedName: s[2], kind: s[3],
      members: s[4].map((m) => ({ abbreviation: m[0], name: m[1], normalisedName: m[2] })),
      paragraphs: authored,
    };
  });
}
