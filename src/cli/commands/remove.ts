// `upr remove DOCUMENT-ID|SYMBOL [--yes]`: removes a stored document and everything derived from it, in
// one transaction, after confirmation (asked on a terminal; --yes otherwise), and prints what was removed.
import { existsSync } from 'node:fs';
import { createInterface } from 'node:readline/promises';
import type { Command, CommandContext } from '../command.js';
import { findDocumentsToRemove, removeDocument, type RemovalTarget, type RemovedDocument } from '../../store/index.js';
import { UprError } from '../../core/index.js';
import { openStoreForWriting } from '../open-store.js';
import { EXIT_CODES } from '../exit-codes.js';

export const removeCommand: Command = {
  name: 'remove',
  summary: 'Remove a stored document and everything derived from it, in one transaction.',
  usage: 'upr remove DOCUMENT-ID|SYMBOL [--yes] [--json]',
  options: {
    yes: { type: 'boolean', short: 'y', help: 'remove without asking (required when not run on a terminal)' },
    json: { type: 'boolean', help: 'print what was removed as JSON' },
  },
  help: `DOCUMENT-ID is the number in the document's web address (/documents/12); SYMBOL its UN symbol
(A/HRC/43/15). Removed with it: its text, paragraphs and their full-text index, footnotes, self-check,
positions, interactive dialogue, earlier versions, and the recommendations extracted from it, unless
another stored document carrying their text (a thematic list) states them too. Its corrigenda stay
stored; removing a corrigendum gives the corrected paragraphs back their printed text.
Exit status 3 when no such document is stored.

Example: upr remove A/HRC/WG.6/34/SVN/1/Corr.1 --yes`,
  async run(ctx, values, positionals) {
    if (positionals.length !== 1) throw new UprError('invalid_input', `give one document id or symbol\nUsage: ${this.usage}`, { usage: true });
    if (ctx.config.db !== ':memory:' && !existsSync(ctx.config.db)) {
      throw new UprError('not_found', 'no store at this path (check --db)', { file: ctx.config.db });
    }
    const key = positionals[0]!;
    const db = openStoreForWriting(ctx.config);
    try {
      const found = findDocumentsToRemove(db, key);
      if (found.length === 0) throw new UprError('not_found', `no stored document with id or symbol "${key}" (see the Documents of a State's page)`, { value: key });
      if (found.length > 1) {
        throw new UprError('invalid_input', `"${key}" names ${found.length} stored documents: ${found.map((d) => `${d.id} (${d.language ?? 'language unknown'}, ${d.fileName})`).join(', ')}; give the id of one`, { value: key });
      }
      const target = found[0]!;
      if (!values.yes && !(await confirm(ctx, target))) {
        ctx.stderr.write('nothing removed\n');
        return EXIT_CODES.ok;
      }
      const removed = removeDocument(db, target.id)!;
      ctx.stdout.write(values.json ? JSON.stringify(removed, null, 2) + '\n' : `removed ${describe(removed)}\n`);
      return EXIT_CODES.ok;
    } finally {
      db.close();
    }
  },
};

/** "document 3, A/HRC/43/15 (g1934994.pdf): 250 paragraphs, …" */
function describe(d: RemovalTarget | RemovedDocument): string {
  const recs = 'recommendationsRemoved' in d
    ? `${d.recommendationsRemoved} recommendation(s)${d.recommendationsKept ? ` (${d.recommendationsKept} kept: stated by another stored document, UPR Info or UHRI)` : ''}`
    : `${d.recommendations} recommendation(s) extracted from it`;
  return `document ${d.id}, ${d.symbol ?? 'no symbol'} (${d.fileName}): ${d.paragraphs} paragraph(s), ${d.footnotes} footnote(s), ${recs}, `
    + `${d.positions} position(s), ${d.dialogue} dialogue statement(s), ${d.versions} earlier version(s)`
    + (d.followUp > 0 ? `, and ${d.followUp} workspace follow-up record(s) (assessments, evidence, plan entries, mid-term links) on the recommendations only it states` : '');
}

/** Asks on the terminal; without one, --yes is required. */
async function confirm(ctx: CommandContext, target: RemovalTarget): Promise<boolean> {
  if (!process.stdin.isTTY || !ctx.stderr.isTTY) {
    throw new UprError('invalid_input', `not run on a terminal, so nothing to confirm with: add --yes to remove ${describe(target)}`, { usage: true });
  }
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    const answer = await rl.question(`Remove ${describe(target)}? [y/N] `);
    return /^y(es)?$/i.test(answer.trim());
  } finally {
    rl.close();
  }
}
