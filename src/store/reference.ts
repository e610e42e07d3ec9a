// Loads the shipped reference data (States, their name variants, UPR sessions) into the store.
import type { Db } from './database.js';
import { allStates, normaliseStateName, SESSIONS } from '../core/index.js';

/** Upserts States, name variants and sessions; cheap enough to run at every open. */
export function seedReferenceData(db: Db): void {
  const upsertState = db.prepare(`INSERT INTO states (iso3, name, short_name, un_group, status)
    VALUES (@iso3, @name, @shortName, @group, @status)
    ON CONFLICT(iso3) DO UPDATE SET name = excluded.name, short_name = excluded.short_name,
      un_group = excluded.un_group, status = excluded.status`);
  const upsertName = db.prepare(`INSERT INTO state_names (name_key, iso3, name) VALUES (?, ?, ?)
    ON CONFLICT(name_key) DO UPDATE SET iso3 = excluded.iso3, name = excluded.name`);
  const upsertSession = db.prepare(`INSERT INTO sessions (number, cycle, start_date, end_date)
    VALUES (?, ?, ?, ?) ON CONFLICT(number) DO UPDATE SET cycle = excluded.cycle,
      start_date = excluded.start_date, end_date = excluded.end_date`);
  db.transaction(() => {
    for (const s of allStates()) {
      upsertState.run({ iso3: s.iso3, name: s.name, shortName: s.shortName, group: s.group, status: s.status });
      for (const n of [s.name, s.shortName, ...s.variants]) upsertName.run(normaliseStateName(n), s.iso3, n);
    }
    for (const s of SESSIONS) upsertSession.run(s.number, s.cycle, s.start, s.end);
  })();
}
