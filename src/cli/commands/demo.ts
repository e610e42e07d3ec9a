// `upr demo`: the main job on the bundled sample — load it into the store, classify it, open the web app.
import { readdirSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { Command } from '../command.js';
import { runDemo } from './demo-steps.js';

export const SAMPLE_DIR = fileURLToPath(new URL('../../../data/sample', import.meta.url));

export const demoCommand: Command = {
  name: 'demo',
  summary: 'Load the bundled sample into the store, classify it and open the web application (the main job).',
  usage: 'upr demo [--sample DIR] [--no-serve] [--port N] [--host H] [--db PATH]',
  options: {
    sample: { type: 'string', valueName: 'DIR', help: 'folder of sample data (default: the bundled data/sample)' },
    'no-serve': { type: 'boolean', help: 'load and classify only; do not start the web application' },
  },
  help: `Steps (each is also a command of its own): upr import upr-info (UPR Info export, sessions 5-8),
upr ingest (Slovenia's UPR documents, cycles 2 and 3), upr classify, upr serve.
Running it again adds nothing: imports and ingestion are idempotent.`,
  async run(ctx, values) {
    const dir = (values.sample as string | undefined) ?? SAMPLE_DIR;
    const csvDir = join(dir, 'upr-info');
    const csvs = existsSync(csvDir) ? readdirSync(csvDir).filter((f) => f.endsWith('.csv')).map((f) => join(csvDir, f)) : [];
    const docDir = join(dir, 'slovenia');
    return runDemo(ctx, { csvs, documents: existsSync(docDir) ? [docDir] : [], serve: !values['no-serve'] });
  },
};
