import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { SESSIONS } from './reference/sessions-data.js';
import { cycleOfSession, latestSession, nextReview, projectedReview, sessionByNumber, sessionsOfState } from './sessions.js';
import { allStates, resolveState, stateByIso3 } from './states.js';
import { sharedPath, UPR_INFO_FILES } from '../../test/support/shared-data.js';

/** Rows of the UPR Info session CSVs (bare-CR lines, Mac Roman bytes). */
function uprInfoRows(dir: string): Record<string, string>[] {
  return UPR_INFO_FILES.flatMap((f) => {
    const text = new TextDecoder('macintosh').decode(readFileSync(join(dir, f)));
    return parse(text, { columns: true, record_delimiter: ['\r', '\n', '\r\n'] }) as Record<string, string>[];
  });
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const MEMBERS = allStates().filter((s) => s.status === 'member').map((s) => s.iso3).sort();

describe('SESSIONS', () => {
  it('numbers sessions 1..54 without gaps, each ending after it starts and starting after the last ended', () => {
    assert.deepEqual(SESSIONS.map((s) => s.number), Array.from({ length: 54 }, (_, i) => i + 1));
    SESSIONS.forEach((s, i) => {
      assert.match(s.start, ISO_DATE);
      assert.match(s.end, ISO_DATE);
      assert.ok(s.start < s.end, `session ${s.number}`);
      const prev = SESSIONS[i - 1];
      if (prev) assert.ok(prev.end < s.start, `session ${s.number} starts before ${prev.number} ends`);
    });
  });

  it('names only known Member States, each once in a session', () => {
    for (const s of SESSIONS) {
      assert.equal(new Set(s.states).size, s.states.length, `session ${s.number}`);
      for (const iso3 of s.states) assert.equal(stateByIso3(iso3)?.status, 'member', `${iso3} in session ${s.number}`);
    }
  });

  it('reviews the 192 Member States of 2008–2011 once in cycle 1 (South Sudan joined later)', () => {
    const reviewed = SESSIONS.filter((s) => s.cycle === 1).flatMap((s) => s.states).sort();
    assert.deepEqual(reviewed, MEMBERS.filter((iso3) => iso3 !== 'SSD'));
  });

  // Cycle 4 ends with sessions still to be held (53 in November 2026, 54 planned for early 2027); their
  // lists follow the published calendar and may still change.
  for (const cycle of [2, 3, 4] as const) {
    it(`reviews every one of the 193 Member States exactly once in cycle ${cycle}`, () => {
      const reviewed = SESSIONS.filter((s) => s.cycle === cycle).flatMap((s) => s.states).sort();
      assert.deepEqual(reviewed, MEMBERS);
    });
  }

  it('puts 16 States in each cycle-1 session but 15 in session 8 and 17 in 12 (Haiti postponed), and at most 15 later', () => {
    for (const s of SESSIONS) {
      const expected = s.number === 8 ? 15 : s.number === 12 ? 17 : 16;
      if (s.cycle === 1) assert.equal(s.states.length, expected, `session ${s.number}`);
      else assert.ok(s.states.length >= 11 && s.states.length <= 15, `session ${s.number}`);
    }
  });

  it('matches the States under review of sessions 1–12 in the UPR Info data', (t) => {
    const dir = sharedPath(t, 'upr-info');
    if (!dir) return;
    const bySession = new Map<number, Set<string>>();
    for (const r of uprInfoRows(dir)) {
      const iso3 = resolveState(r.To!)?.iso3 ?? `?${r.To}`;
      // UPR Info files recommendations to Southern Sudan, made in Sudan's review of session 11, under South Sudan.
      if (iso3 === 'SSD') continue;
      const n = Number(r.Session);
      bySession.set(n, (bySession.get(n) ?? new Set()).add(iso3));
    }
    for (let n = 1; n <= 12; n++) {
      assert.deepEqual([...sessionByNumber(n)!.states].sort(), [...(bySession.get(n) ?? [])].sort(), `session ${n}`);
    }
  });
});

describe('cycleOfSession', () => {
  const CASES: [number, number | undefined][] = [
    [1, 1], [12, 1], [13, 2], [26, 2], [27, 3], [40, 3], [41, 4], [54, 4], [55, 5], [0, undefined], [-3, undefined],
    [1.5, undefined], [69, undefined],
  ];
  for (const [n, cycle] of CASES) {
    it(`puts session ${n} in cycle ${cycle ?? 'none'}`, () => assert.equal(cycleOfSession(n), cycle));
  }

  it('agrees with the cycle recorded on every session', () => {
    for (const s of SESSIONS) assert.equal(cycleOfSession(s.number), s.cycle);
  });
});

describe('sessionByNumber', () => {
  it('finds session 7 of February 2010 and nothing for 0 or 55', () => {
    assert.equal(sessionByNumber(7)?.start, '2010-02-08');
    assert.equal(sessionByNumber(0), undefined);
    assert.equal(sessionByNumber(55), undefined);
  });
});

describe('sessionsOfState', () => {
  it('finds Slovenia in sessions 7, 20, 34 and 48', () => {
    assert.deepEqual(sessionsOfState('SVN').map((s) => s.number), [7, 20, 34, 48]);
    assert.deepEqual(sessionsOfState('svn').map((s) => s.start.slice(0, 7)), ['2010-02', '2014-10', '2019-11', '2025-01']);
  });

  const CASES: [string, number[]][] = [
    ['HTI', [12, 26, 40, 54]],
    ['ISR', [3, 17, 29, 43]],
    ['SSD', [26, 40, 54]],
    ['SDN', [11, 25, 40, 54]],
    ['MMR', [10, 23, 37, 51]],
    ['PSE', []],
    ['XXX', []],
  ];
  for (const [iso3, numbers] of CASES) {
    it(`finds ${iso3} in sessions [${numbers.join(', ')}]`, () => assert.deepEqual(sessionsOfState(iso3).map((s) => s.number), numbers));
  }
});

describe('nextReview', () => {
  const CASES: [string, string, number | undefined][] = [
    ['SVN', '2026-11-28', undefined],
    ['SVN', '2025-01-31', 48],
    ['SVN', '2025-02-01', undefined],
    ['SVN', '2019-01-01', 34],
    ['HTI', '2026-11-28', 54],
    ['SUR', '2026-11-13', 53],
    ['SUR', '2026-11-14', undefined],
    ['PSE', '2020-01-01', undefined],
  ];
  for (const [iso3, today, n] of CASES) {
    it(`gives ${iso3} on ${today} the next review ${n ?? 'none'}`, () => assert.equal(nextReview(iso3, today)?.number, n));
  }
});

describe('projectedReview', () => {
  it('projects the next review of a State whose cycle-4 review is past: same place in the order, five years on', () => {
    assert.deepEqual(projectedReview('SVN', '2026-12-01'), { session: 62, cycle: 5, expectedMonth: '2030-01', basedOn: 48 });
    assert.deepEqual(projectedReview('SUR', '2026-11-14'), { session: 67, cycle: 5, expectedMonth: '2031-11', basedOn: 53 });
  });
  it('projects nothing while a scheduled review is ahead, nor for a State never reviewed', () => {
    assert.equal(projectedReview('HTI', '2026-11-28'), undefined);
    assert.equal(projectedReview('SVN', '2024-06-01'), undefined);
    assert.equal(projectedReview('PSE', '2026-12-01'), undefined);
  });
  it('projects from the last scheduled session once it is past (Haiti: session 54, January 2027)', () => {
    assert.deepEqual(projectedReview('HTI', '2027-02-06'), { session: 68, cycle: 5, expectedMonth: '2032-01', basedOn: 54 });
  });
});

describe('latestSession', () => {
  it('is session 54, the last of cycle 4', () => {
    assert.equal(latestSession().number, 54);
    assert.equal(latestSession().cycle, 4);
  });
});
