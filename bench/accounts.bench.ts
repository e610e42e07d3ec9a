// Accounts (issue 14): the cost of a password hash and check at the production scrypt parameters, a sign-in
// through POST /login, and what a session adds to a page: the same page anonymous, with a session cookie and
// with an API token, through Hono's app.request() on an in-memory store. Needs no ../shared data.
import { hashPassword, verifyPassword } from '../src/accounts/index.js';
import { openStore } from '../src/store/index.js';
import { createApp } from '../src/web/index.js';
import { apiTokenFor, createMember, signIn, TEST_PASSWORD } from '../test/support/accounts.js';
import { latencySummary, timed } from './stats.js';

export default async function bench(): Promise<void> {
  const hash = await hashPassword('a long password 42');
  console.log(`hashPassword (scrypt N=2^15, r=8, p=1): ${latencySummary(await timed(10, () => hashPassword('a long password 42')))}`);
  console.log(`verifyPassword: ${latencySummary(await timed(10, () => verifyPassword('a long password 42', hash)))}`);
  const db = openStore(':memory:');
  const app = createApp(db);
  const { user } = await createMember(db, { email: 'bench@example.org' });
  const login = await timed(20, () => app.request('/login', { method: 'POST', body: new URLSearchParams({ email: user.email, password: TEST_PASSWORD }) }));
  console.log(`POST /login (test hash N=2^10, session written): ${latencySummary(login)}`);
  const { cookie } = await signIn(app, user.email);
  const token = apiTokenFor(db, user.id);
  for (const [name, headers] of [['anonymous', {}], ['session cookie', { cookie }], ['API token', { authorization: `Bearer ${token}` }]] as const) {
    await app.request('/calendar', { headers });
    console.log(`GET /calendar, ${name}: ${latencySummary(await timed(200, () => app.request('/calendar', { headers })))}`);
  }
}
