// `npm run bench [-- NAME...]`: runs every bench/*.bench.ts (or those whose name contains NAME) and
// prints their figures. Benchmarks need ../shared/data; each says so and is skipped when it is absent.
// `npm run bench -- analyses`: the advocacy analyses at 21k and ~300k records, and the troika extraction.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('.', import.meta.url));
const filters = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => filters.length === 0 || filters.some((s) => f.includes(s)))
  .sort();
for (const f of files) {
  console.log(`\n=== ${f.replace('.bench.ts', '')} ===`);
  const mod = (await import(new URL(f, import.meta.url).href)) as { default: () => Promise<void> | void };
  await mod.default();
}
