// Filter values: another letter case or UPR Info's own name is understood, an unknown value is refused
// with the valid ones listed (never a silent 0), on a store and on the real UPR Info exports.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UprError } from '../core/index.js';
import { decodeText, parseUprInfoCsv } from '../ingest/index.js';
import { readFilterValues, searchIds } from './index.js';
import { fixtureStore } from '../../test/e2e/fixture-store.js';
import { sharedPath, UPR_INFO_FILES } from '../../test/support/shared-data.js';

const refused = (fn: () => unknown, pattern: RegExp) => assert.throws(fn, (e: unknown) => e instanceof UprError && e.code === 'invalid_input' && pattern.test(e.message));

describe('filter values', () => {
  it('reads an issue in any letter case as UPR Info spells it, and finds the same recommendations', () => {
    assert.deepEqual(readFilterValues('issue', ['rights of the child', 'RIGHTS  OF THE CHILD'], '--issue'), ['Rights of the Child', 'Rights of the Child']);
    const store = fixtureStore(false);
    try {
      const exact = searchIds(store.db, { issue: ['Rights of the Child'] }).total;
      assert.equal(exact, 6);
      assert.equal(searchIds(store.db, { issue: readFilterValues('issue', ['rights of the child'], 'issue') }).total, exact);
    } finally {
      store.cleanup();
    }
  });

  it('refuses an unknown issue, children\'s-rights issue or group, naming the field and listing the valid values', () => {
    refused(() => readFilterValues('childIssue', ['corporal'], '--child-issue'), /unknown children's-rights issue "corporal" \(one of: .*corporal_punishment/);
    refused(() => readFilterValues('issue', ['Childrens rights'], 'issue'), /unknown issue "Childrens rights" \(one of: .*Rights of the Child/);
    refused(() => readFilterValues('group', ['Europe'], '--group'), /unknown regional group "Europe" \(one of: African, Asia-Pacific, Eastern European, GRULAC, WEOG; also Africa/);
    try {
      readFilterValues('childIssue', ['corporal'], '--child-issue');
    } catch (e) {
      assert.equal((e as UprError).details.field, '--child-issue');
    }
  });

  it('accepts a children\'s-rights issue by its id or its name in English, French or Spanish', () => {
    assert.deepEqual(readFilterValues('childIssue', ['Corporal_Punishment', 'corporal punishment', 'Castigo corporal'], 'childIssue'),
      ['corporal_punishment', 'corporal_punishment', 'corporal_punishment']);
  });

  it("accepts UPR Info's names of the regional groups as aliases", () => {
    assert.deepEqual(readFilterValues('group', ['Africa', 'Asia', 'EEG', 'eastern europe', 'Latin America and Caribbean', 'Western Europe and others', 'weog'], '--group'),
      ['African', 'Asia-Pacific', 'Eastern European', 'Eastern European', 'GRULAC', 'WEOG', 'WEOG']);
  });

  it('understands every regional group and issue the real UPR Info exports use', (t) => {
    const dir = sharedPath(t, 'upr-info');
    if (!dir) return;
    const groups = new Set<string>();
    const issues = new Set<string>();
    for (const f of [...UPR_INFO_FILES, 'upr-info-sessions-13-16.csv']) {
      const text = decodeText(readFileSync(join(dir, f))).text;
      for (const line of text.split(/\r\n?|\n/).slice(1)) {
        const m = /^[^,]*,([^,]*),/.exec(line);
        if (m && m[1] && !/Observer|Unknown|&#/.test(m[1])) groups.add(m[1]);
      }
      for (const r of parseUprInfoCsv(text, f).value) for (const i of r.issues) issues.add(i);
    }
    assert.deepEqual([...groups].sort(), ['Africa', 'Asia', 'EEG', 'GRULAC', 'WEOG']);
    for (const g of groups) assert.ok(readFilterValues('group', [g], 'group')[0], g);
    assert.equal(issues.size, 54);
    for (const i of issues) assert.deepEqual(readFilterValues('issue', [i.toUpperCase()], 'issue'), [i]);
  });
});
