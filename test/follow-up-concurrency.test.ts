// 20 editors change assessments in parallel against a running server (real HTTP, as `upr serve`): 2,000
// changes to twenty of Slovenia's cycle-1 recommendations (bundled sample), each sent with the version the
// editor last saw; a stale version gets 409 with the current one and the editor applies its change again.
// None may be lost, and the audit log holds exactly one entry per change.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { countAudit, listAudit, openStore } from '../src/store/index.js';
import { startServer } from '../src/web/index.js';
import { createMember, TEST_PASSWORD } from './support/accounts.js';
import { importSloveniaCycle1 } from './support/follow-up.js';

const EDITORS = 20;
const CHANGES_EACH = 100;
/** Recommendations the editors share: few enough that they often edit the same one at once. */
const HOT = 20;

async function signInOver(url: string, email: string): Promise<{ cookie: string; csrf: string }> {
  const res = await fetch(`${url}/login`, { method: 'POST', body: new URLSearchParams({ email, password: TEST_PASSWORD, next: '/account' }), redirect: 'manual' });
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0]!;
  const page = await (await fetch(`${url}/account`, { headers: { cookie } })).text();
  return { cookie, csrf: /name="_csrf" value="([^"]+)"/.exec(page)![1]! };
}

describe('follow-up under concurrent editors', () => {
  it('keeps every one of 2,000 parallel assessment changes, with one audit entry each', async (t) => {
    const db = openStore(':memory:');
    const recs = importSloveniaCycle1(db).slice(0, HOT);
    assert.equal(recs.length, HOT);
    const editors = [];
    for (let i = 0; i < EDITORS; i++) editors.push(await createMember(db, { role: 'editor', workspace: 'Coalition A', email: `editor${i}@example.org` }));
    const ws = editors[0]!.workspace.id;
    const server = await startServer(db, { port: 0, host: '127.0.0.1', secret: 'x'.repeat(40) });
    t.after(async () => {
      await server.close();
      db.close();
    });
    const sessions = await Promise.all(editors.map((e) => signInOver(server.url, e.user.email)));
    const auditsBefore = countAudit(db, ws);
    let conflicts = 0;
    const started = Date.now();
    await Promise.all(sessions.map(async (s, e) => {
      const headers = { cookie: s.cookie, 'x-csrf-token': s.csrf, 'content-type': 'application/json' };
      const seen = new Map<number, number | null>();
      for (let i = 0; i < CHANGES_EACH; i++) {
        const id = recs[(e * 3 + i) % recs.length]!;
        for (;;) {
          const body = { workspace: ws, status: i % 2 ? 'partially_implemented' : 'not_started', text: `editor ${e} change ${i}`, version: seen.get(id) ?? undefined };
          const res = await fetch(`${server.url}/api/recommendations/${id}/assessments`, { method: 'POST', headers, body: JSON.stringify(body) });
          if (res.status === 409) {
            conflicts++;
            seen.set(id, ((await res.json()) as { error: { details: { currentVersion: number | null } } }).error.details.currentVersion);
            continue;
          }
          if (res.status !== 200 && res.status !== 201) assert.fail(`HTTP ${res.status}: ${await res.text()}`);
          seen.set(id, ((await res.json()) as { assessment: { version: number } }).assessment.version);
          break;
        }
      }
    }));
    const seconds = (Date.now() - started) / 1000;
    const total = EDITORS * CHANGES_EACH;
    const versions = db.prepare('SELECT SUM(version) AS n FROM follow_up_assessments WHERE workspace_id = ?').get(ws) as { n: number };
    assert.equal(versions.n, total, 'the versions add up to every change');
    const texts = (db.prepare(`SELECT h.text FROM follow_up_assessment_history h JOIN follow_up_assessments a ON a.id = h.assessment_id WHERE a.workspace_id = ?`).all(ws) as { text: string }[]).map((r) => r.text);
    assert.equal(new Set(texts).size, total, 'each change is in the history exactly once');
    assert.equal(countAudit(db, ws) - auditsBefore, total, 'one audit entry per change');
    assert.equal(listAudit(db, { workspaceId: ws, entity: 'assessment', limit: 1000 }).length, 1000);
    console.log(`follow-up concurrency: ${total} changes by ${EDITORS} editors in ${seconds.toFixed(1)} s (${Math.round(total / seconds)} changes/s), ${conflicts} stale versions answered 409 and retried`);
  });
});
