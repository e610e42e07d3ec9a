// `upr demo`: the main job on the bundled sample — load it into the store and show what it holds.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { Command } from '../command.js';
import { run as runImport } from './demo-steps.js';

export const SAMPLE_DIR = fileURLToPath(new URL('../../../data/sample', import.meta.url));

export const demoCommand: Command = {
  name: 'demo',
  summary: 'Load the bundled sample data into the store and show what it holds (the main job).',
  usage: 'upr demo [--sample DIR]',
  options: {
    sample: { type: 'string', valueName: 'DIR', help: 'folder of sample data (default: the bundled data/sample)' },
  },
  async run(ctx, values) {
    const dir = (values.sample as string | undefined) ?? SAMPLE_DIR;
    const csvDir = join(dir, 'upr-info');
    const csvs = readdirSync(csvDir).filter((f) => f.endsWith('.csv')).map((f) => join(csvDir, f));
    return runImport(ctx, csvs);
  },
};
