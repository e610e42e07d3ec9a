// A temp store for web tests: a small UPR Info CSV written here (two cycles, both responses,
// children's-rights rows with a classification) plus, when present, the real cycle-1 exports.
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createHash } from 'node:crypto';
import { openStore, importUprInfoRows, saveChildRights, type Db } from '../../src/store/index.js';
import { parseUprInfoCsv, decodeText } from '../../src/ingest/index.js';
import { SHARED_DATA, UPR_INFO_FILES } from '../support/shared-data.js';

export const FIXTURE_CSV = [
  'To,To-Rgrp,To-Org,Text,From,From-Rgrp,From-Org,Response,Action,Issue,Session',
  'Slovenia,EEG,EU,Prohibit corporal punishment of children in all settings including the home.,Sweden,WEOG,EU,Accepted,5,Rights of the Child,7',
  'Slovenia,EEG,EU,Explicitly prohibit corporal punishment of children in all settings including the family.,Norway,WEOG,,Noted,5,Rights of the Child,20',
  'Slovenia,EEG,EU,Improve the situation of Roma children in education.,Finland,WEOG,EU,Accepted,4,"Minorities,Right to education,Rights of the Child",7',
  'Slovenia,EEG,EU,Ratify the Optional Protocol to the Convention against Torture.,Chile,GRULAC,"OAS, OEI",Accepted,5,"International instruments,Torture and other CID treatment",7',
  'France,WEOG,"EU, OIF",Raise the minimum age of marriage for girls to 18 years.,Canada,WEOG,"OAS, OIF, Commonwealth",Accepted,5,"Rights of the Child,Women\'s rights",2',
  'France,WEOG,"EU, OIF",Combat discrimination against migrants.,Algeria,Africa,"AU, OIC, AL",Noted,4,Migrants,2',
  'Chile,GRULAC,"OAS, OEI",Establish an ombudsperson for children.,Mexico,GRULAC,"OAS, OEI, ACS",Accepted,5,"NHRI,Rights of the Child",5',
  'Chile,GRULAC,"OAS, OEI",Strengthen juvenile justice in line with the Convention on the Rights of the Child.,France,WEOG,"EU, OIF",Accepted,4,"Justice,Rights of the Child",5',
].join('\r\n') + '\r\n';

export interface FixtureStore {
  db: Db;
  dir: string;
  /** True when the real cycle-1 exports of ../shared/data were loaded too. */
  real: boolean;
  cleanup(): void;
}

function load(db: Db, name: string, bytes: Buffer): void {
  const { value } = parseUprInfoCsv(decodeText(bytes).text, name);
  importUprInfoRows(db, { kind: 'upr-info-csv', path: name, fileName: name, sha256: createHash('sha256').update(bytes).digest('hex'), sizeBytes: bytes.length }, value);
}

/** Creates the store; `withReal` also loads ../shared/data/upr-info when present. */
export function fixtureStore(withReal = true): FixtureStore {
  const dir = mkdtempSync(join(tmpdir(), 'upr-web-'));
  const csv = join(dir, 'fixture.csv');
  writeFileSync(csv, FIXTURE_CSV, 'latin1');
  const db = openStore(join(dir, 'web.db'));
  load(db, 'fixture.csv', readFileSync(csv));
  const realFiles = UPR_INFO_FILES.map((f) => resolve(SHARED_DATA, 'upr-info', f));
  const real = withReal && realFiles.every((f) => existsSync(f));
  if (real) for (const f of realFiles) load(db, f.split('/').pop()!, readFileSync(f));
  const child = db.prepare(`SELECT r.id, r.text FROM recommendations r JOIN sources s ON s.id = r.source_id
    WHERE s.file_name = 'fixture.csv'`).all() as { id: number; text: string }[];
  saveChildRights(db, child.map((r) => {
    const issue = /punishment/.test(r.text) ? 'corporal_punishment' : /marriage/.test(r.text) ? 'child_marriage' : /education/.test(r.text) ? 'education' : /juvenile/.test(r.text) ? 'juvenile_justice' : null;
    return [r.id, { isChildRights: issue !== null, score: issue ? 0.9 : 0.1, issues: issue ? [{ id: issue, score: 0.9 }] : [], evidence: issue ? [`matched "${issue.replace('_', ' ')}"`] : [], modelVersion: 'fixture-1' }] as const;
  }));
  return { db, dir, real, cleanup: () => { db.close(); rmSync(dir, { recursive: true, force: true }); } };
}
