// An in-memory store holding both UHRI fixtures (test/fixtures/uhri): Slovenia's UPR recommendations of cycles 1
// and 3 and six CRC items on Slovenia (CRC/C/SVN/CO/3-4), all classified for children's rights, as
// `upr import uhri` and `upr classify` leave them.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { openStore, importUhriRows, searchIds, type Db } from '../../src/store/index.js';
import { readUhriExport } from '../../src/ingest/index.js';
import { classifyRecommendations, classifyUnRecommendations } from '../../src/pipeline/index.js';

export async function uhriSloveniaStore(): Promise<Db> {
  const db = openStore(':memory:');
  for (const name of ['uhri-slovenia.xlsx', 'uhri-upr-info.csv']) {
    const path = fileURLToPath(new URL(`../fixtures/uhri/${name}`, import.meta.url));
    importUhriRows(db, { kind: 'uhri', path, fileName: name, sha256: name, sizeBytes: 1 }, (await readUhriExport(readFileSync(path), path)).value);
  }
  classifyUnRecommendations(db);
  classifyRecommendations(db, searchIds(db, {}, { limit: null }).ids);
  return db;
}
