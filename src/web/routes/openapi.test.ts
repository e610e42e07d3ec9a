import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { openApiDocument } from './openapi.js';
import { FILTER_PARAMS } from '../search-params.js';

describe('API documentation', () => {
  const doc = openApiDocument('http://x') as { paths: Record<string, { get: { parameters: { name: string }[] } }> };

  it('describes every search parameter the parser reads, in the OpenAPI document and in docs/web.md', () => {
    const names = doc.paths['/api/recommendations']!.get.parameters.map((p) => p.name);
    const guide = readFileSync('docs/web.md', 'utf8');
    for (const p of ['q', ...FILTER_PARAMS, 'childRights', 'sort', 'page', 'size']) {
      assert.ok(names.includes(p), `OpenAPI lacks ${p}`);
      assert.ok(guide.includes(`\`${p}\``), `docs/web.md lacks ${p}`);
    }
  });
});
