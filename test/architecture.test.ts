// Keeps the layout honest: imports point inward, and drivers/libraries stay behind their one module.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const SRC = 'src';
const ALLOWED: Record<string, string[]> = {
  core: [],
  ingest: ['core'],
  extract: ['core', 'ingest'],
  store: ['core'],
  analysis: ['core', 'store', 'extract'],
  export: ['core', 'store'],
  report: ['core', 'store', 'analysis', 'extract', 'export', 'ingest'],
  web: ['core', 'store', 'analysis', 'extract', 'export', 'report', 'ingest', 'pipeline'],
  pipeline: ['core', 'ingest', 'extract', 'store', 'fetch'],
  fetch: ['core', 'store'],
  cli: ['core', 'store', 'analysis', 'extract', 'export', 'report', 'ingest', 'web', 'pipeline', 'fetch'],
};
/** Libraries that only one folder may load. */
const LIBRARY_OWNER: Record<string, string[]> = {
  'better-sqlite3': ['store'],
  mammoth: ['ingest'],
  exceljs: ['export'],
  docx: ['report'],
};

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return sources(p);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [p] : [];
  });
}

/** Value imports only: `import type` cannot create a runtime dependency. */
function valueImports(code: string): string[] {
  const out: string[] = [];
  for (const m of code.matchAll(/^\s*(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm)) out.push(m[1]!);
  for (const m of code.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g)) out.push(m[1]!);
  return out;
}

const files = sources(SRC).map((f) => ({ file: f, layer: relative(SRC, f).split(sep)[0]!, code: readFileSync(f, 'utf8') }));

describe('architecture', () => {
  it('finds the source tree', () => assert.ok(files.length > 20));

  it('imports point inward between capability folders', () => {
    const bad: string[] = [];
    for (const { file, layer, code } of files) {
      for (const spec of valueImports(code)) {
        if (!spec.startsWith('.')) continue;
        const target = relative(SRC, join(file, '..', spec)).split(sep)[0]!;
        if (target === layer || !(target in ALLOWED)) continue;
        if (!(ALLOWED[layer] ?? []).includes(target)) bad.push(`${file} imports ${spec} (${layer} → ${target})`);
      }
    }
    assert.deepEqual(bad, []);
  });

  it('keeps each wrapped library behind its own folder', () => {
    const bad: string[] = [];
    for (const { file, layer, code } of files) {
      for (const spec of valueImports(code)) {
        const owners = LIBRARY_OWNER[spec];
        if (owners && !owners.includes(layer)) bad.push(`${file} loads ${spec} (only ${owners.join(', ')} may)`);
      }
    }
    assert.deepEqual(bad, []);
  });

  it('reads process.env and process.argv only at the edges (cli, web)', () => {
    // Passing the whole environment on to a child process (`...process.env`) reads no setting.
    const bad = files
      .filter(({ layer, code }) => !['cli', 'web'].includes(layer) && /(?<!\.\.\.)process\.(env|argv)/.test(code))
      .map(({ file }) => file);
    assert.deepEqual(bad, []);
  });
});
