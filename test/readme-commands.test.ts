// README's command table lists every command the CLI registers, in the order of `upr --help`, and no other;
// each row's description starts with the command's line in `upr --help`.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { COMMANDS } from '../src/cli/commands/index.js';

interface Row {
  name: string;
  description: string;
}

/** The rows `| \`upr NAME …\` | description |` of the table under the heading "The `upr` command". */
function commandRows(readme: string): Row[] {
  const section = readme.split(/^## /m).find((s) => s.startsWith('The `upr` command'));
  if (!section) throw new Error('README.md has no section "The `upr` command"');
  const rows: Row[] = [];
  for (const line of section.split('\n')) {
    const m = /^\|\s*`upr ([a-z-]+)[^`]*`\s*\|\s*(.*?)\s*\|\s*$/.exec(line);
    if (m) rows.push({ name: m[1]!, description: m[2]!.replace(/\\\|/g, '|') });
  }
  return rows;
}

describe('README command table', () => {
  const rows = commandRows(readFileSync('README.md', 'utf8'));

  it('lists every registered command, in the order of upr --help, and no other', () => {
    assert.deepEqual(rows.map((r) => r.name), COMMANDS.map((c) => c.name));
  });

  it('describes each command first with its line in upr --help', () => {
    for (const cmd of COMMANDS) {
      const row = rows.find((r) => r.name === cmd.name);
      assert.ok(row?.description.startsWith(cmd.summary), `README row of upr ${cmd.name} should start with "${cmd.summary}", is "${row?.description}"`);
    }
  });

  it('reads a planted table: a missing command and an unknown one show', () => {
    const planted = '## The `upr` command\n\n| command | what it does |\n|---|---|\n| `upr demo` | Load. |\n| `upr frobnicate X` | a \\| b |\n\n## Development\n| `upr search` | not this table |\n';
    assert.deepEqual(commandRows(planted), [{ name: 'demo', description: 'Load.' }, { name: 'frobnicate', description: 'a | b' }]);
  });
});
