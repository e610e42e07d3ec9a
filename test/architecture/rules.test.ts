// Tests of the architecture test: each rule reports a planted violation (an in-memory file list) and stays
// quiet on the legitimate code next to it.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  importsOf, indexViolations, layeringViolations, ownerTableProblems, ownerViolations, packageOf, sqlViolations,
  undeclaredImports, usedEdges,
} from './rules.js';

const ALLOWED = { core: [], store: ['core'], web: ['core', 'store'], cli: ['core', 'store', 'web'] };

describe('architecture rules', () => {
  it('reads value, type, re-export and dynamic imports, not imports quoted in strings or comments', () => {
    const code = [
      "import { a } from './a.js';",
      "import type { B } from '../core/index.js';",
      "export { c } from './c.js';",
      "export type { D } from './d.js';",
      'const m = await import(\'playwright-core\');',
      "// import { x } from '../web/index.js';",
      "const s = \"import { y } from '../cli/main.js'\";",
      'const w = `import(${JSON.stringify(path)})`;',
    ].join('\n');
    assert.deepEqual(importsOf(code), ['./a.js', '../core/index.js', './c.js', './d.js', 'playwright-core']);
  });

  it('layering: reports an outward import, a type-only one too, and a folder missing from the table', () => {
    const files = [
      { file: 'src/store/search.ts', code: "import { UprError } from '../core/index.js';" },
      { file: 'src/store/bad.ts', code: "import { createApp } from '../web/index.js';" },
      { file: 'src/core/types.ts', code: "import type { Db } from '../store/index.js';" },
      { file: 'src/store/pledges.test.ts', code: "import { createApp } from '../web/index.js';" },
      { file: 'src/newroom/x.ts', code: '' },
    ];
    assert.deepEqual(layeringViolations(files, ALLOWED), [
      'src/store/bad.ts imports ../web/index.js (store → web, not allowed)',
      'src/core/types.ts imports ../store/index.js (core → store, not allowed)',
      'src/newroom/x.ts: folder src/newroom is not in the ALLOWED table',
    ]);
    assert.deepEqual([...usedEdges(files)].sort(), ['core → store', 'store → core', 'store → web']);
  });

  it('SQL only in src/store: reports driver imports and SQL on a handle, not regular expressions or exec of a process', () => {
    const files = [
      { file: 'src/store/search.ts', code: "import Database from 'better-sqlite3';\ndb.prepare('SELECT 1').get();" },
      { file: 'src/cli/commands/ingest.ts', code: "const n = db.prepare('SELECT count(*) AS n FROM recommendations').get();" },
      { file: 'src/web/data.ts', code: "import Database from 'better-sqlite3';" },
      { file: 'src/pipeline/x.ts', code: "this.readDb.exec(sql);\nhandle.prepare(`\n  INSERT INTO t VALUES (1)`);\nstore.prepare(`INSERT INTO t VALUES (1)`);\nconst v = conn.pragma('user_version');" },
      { file: 'src/report/ok.ts', code: "const m = /page (\\d+)/.exec(text);\nconst r = PATTERN.exec(line);\nexec('pdftotext -v');\nchild.exec('ls');\nawait reader.prepare(file, print);" },
      { file: 'src/pipeline/extraction.test.ts', code: "db.prepare('SELECT 1').get();" },
    ];
    assert.deepEqual(sqlViolations(files), [
      "src/cli/commands/ingest.ts:1 runs SQL: const n = db.prepare('SELECT count(*) AS n FROM recommendations').get();",
      'src/web/data.ts loads better-sqlite3',
      'src/pipeline/x.ts:1 runs SQL: this.readDb.exec(sql);',
      'src/pipeline/x.ts:2 runs SQL: handle.prepare(`',
      'src/pipeline/x.ts:4 runs SQL: store.prepare(`INSERT INTO t VALUES (1)`);',
      "src/pipeline/x.ts:5 runs SQL: const v = conn.pragma('user_version');",
    ]);
  });

  it('index.ts: reports an import of another folder\'s inner module or sub-folder index, not of its own', () => {
    const files = [
      { file: 'src/web/data.ts', code: "import { searchIds } from '../store/search.js';\nimport { Layout } from './views/layout.js';" },
      { file: 'src/report/html.tsx', code: "import { pickLang } from '../core/i18n/index.js';\nimport { UprError } from '../core/index.js';" },
      { file: 'src/store/search.test.ts', code: "import type { RecommendationView } from '../core/types.js';" },
    ];
    assert.deepEqual(indexViolations(files), [
      'src/web/data.ts imports ../store/search.js: go through src/store/index.ts',
      'src/report/html.tsx imports ../core/i18n/index.js: go through src/core/index.ts',
      'src/store/search.test.ts imports ../core/types.js: go through src/core/index.ts',
    ]);
  });

  it('owners: reports a library loaded outside its owners, by any spelling, but not in tests beside code', () => {
    const owners = { exceljs: ['export'], 'node:child_process': ['ingest'], hono: ['web'] };
    const files = [
      { file: 'src/export/writers.ts', code: "import ExcelJS from 'exceljs';" },
      { file: 'src/web/export.ts', code: "import ExcelJS from 'exceljs';\nimport { html } from 'hono/html';" },
      { file: 'src/report/pdf.ts', code: "import { spawn } from 'child_process';\nimport { execFile } from 'node:child_process';" },
      { file: 'src/web/app.test.ts', code: "import ExcelJS from 'exceljs';" },
    ];
    assert.deepEqual(ownerViolations(files, owners), [
      'src/web/export.ts loads exceljs (only export may)',
      'src/report/pdf.ts loads child_process (only ingest may)',
      'src/report/pdf.ts loads node:child_process (only ingest may)',
    ]);
    assert.equal(packageOf('node:fs/promises'), 'node:fs');
    assert.equal(packageOf('@hono/node-server/serve-static'), '@hono/node-server');
  });

  it('owners: reports a dependency or I/O built-in with no owner, and an owner that is no folder', () => {
    const owners = { 'better-sqlite3': ['store'], hono: ['web', 'server'], 'node:fs': [] };
    assert.deepEqual(ownerTableProblems(['better-sqlite3', 'hono', 'left-pad'], ['node:fs'], owners, ['store', 'web']), [
      'left-pad has no owner in LIBRARY_OWNER',
      'node:fs has no owner in LIBRARY_OWNER',
      'LIBRARY_OWNER[hono] names server, not a folder of src/',
    ]);
  });

  it('reports product code loading a devDependency, not a test doing so', () => {
    const files = [
      { file: 'src/report/pdf.ts', code: "import { chromium } from 'playwright-core';\nimport { readFileSync } from 'node:fs';" },
      { file: 'src/web/html.ts', code: "import { HtmlValidate } from 'html-validate';" },
      { file: 'src/web/html.test.ts', code: "import { HtmlValidate } from 'html-validate';" },
    ];
    assert.deepEqual(undeclaredImports(files, ['playwright-core']), ['src/web/html.ts loads html-validate, not a runtime dependency in package.json']);
  });
});
