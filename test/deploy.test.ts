// The hosted setup (deploy/) stays runnable: the systemd unit and the container start commands `upr --help`
// lists, with flags the command knows, and every setting they use is documented.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { upr } from './support/cli.js';

const unit = readFileSync('deploy/upr.service', 'utf8');
const container = readFileSync('deploy/Containerfile', 'utf8');
const docs = readFileSync('README.md', 'utf8') + readFileSync('docs/operations.md', 'utf8');

/** The `upr` command lines of a shell text: `upr serve`, `upr demo --no-serve`. */
const uprCommands = (text: string) => [...text.matchAll(/(?:^|[\s/;|&"'])upr\s+([a-z-]+)((?:\s+--?[a-z-]+)*)/g)].map((m) => ({ name: m[1]!, flags: m[2]!.trim().split(/\s+/).filter(Boolean) }));

describe('hosted setup (deploy/)', () => {
  it("starts the unit's ExecStart command, which upr --help lists, with flags it accepts", async () => {
    const exec = /^ExecStart=(.+)$/m.exec(unit)?.[1];
    assert.ok(exec, 'deploy/upr.service has an ExecStart line');
    assert.match(exec, /^\/usr\/local\/bin\/upr /, 'runs the installed upr (npm install -g puts it there)');
    const help = await upr(['--help']);
    assert.equal(help.code, 0);
    const commands = uprCommands(exec);
    assert.deepEqual(commands.map((c) => c.name), ['serve']);
    const started = uprCommands(/^CMD (.+)$/m.exec(container)![1]!);
    assert.deepEqual(started.map((c) => c.name), ['demo', 'serve'], 'the container loads the sample when it has no store, then serves');
    for (const c of [...commands, ...started]) {
      assert.match(help.stdout, new RegExp(`^\\s+${c.name}\\s`, 'm'), `upr --help lists ${c.name}`);
      const own = await upr([c.name, '--help']);
      for (const flag of c.flags) assert.ok(own.stdout.includes(flag), `upr ${c.name} accepts ${flag}`);
    }
  });

  it('documents every setting the unit and the container set', () => {
    const names = new Set([...`${unit}\n${container}`.matchAll(/\b(UPR_[A-Z_]+)=/g)].map((m) => m[1]!));
    assert.ok(names.has('UPR_DB') && names.has('UPR_BASE_URL') && names.has('UPR_SECRET_FILE'));
    for (const n of names) assert.ok(docs.includes(n), `${n} is documented in README.md or docs/operations.md`);
  });
});
