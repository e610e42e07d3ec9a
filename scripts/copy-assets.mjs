// Build step after tsc: copies the files the compiled code reads beside itself (the SQL migrations) into dist/,
// so dist/ runs on its own (as installed from the npm package, without src/).
import { cpSync, mkdirSync, readdirSync } from 'node:fs';

const from = 'src/store/migrations';
const to = 'dist/store/migrations';
mkdirSync(to, { recursive: true });
const sql = readdirSync(from).filter((f) => f.endsWith('.sql'));
for (const f of sql) cpSync(`${from}/${f}`, `${to}/${f}`);
console.log(`copy-assets: ${sql.length} migration(s) copied to ${to}`);
