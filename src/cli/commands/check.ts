// `upr check [--all] [--state ISO3] [--json]`: the stored documents that failed a structural self-check
// (status `needs review`), with the reasons, as a table or JSON.
import type { Command } from '../command.js';
import { openStore, listDocumentChecks } from '../../store/index.js';
import { resolveState, UprError } from '../../core/index.js';
import { renderTable } from '../table.js';
import { EXIT_CODES } from '../exit-codes.js';

export const checkCommand: Command = {
  name: 'check',
  summary: 'List stored documents that need review (failed a structural self-check), with the reasons.',
  usage: 'upr check [--all] [--state ISO3] [--json]',
  options: {
    all: { type: 'boolean', help: 'list every checked document, also those that passed' },
    state: { type: 'string', help: 'only documents of this State under review (ISO3 code or name)' },
    json: { type: 'boolean', help: 'print JSON' },
  },
  help: `Each document stored by upr ingest is checked by invariants that do not depend on its format: a
Working Group report yields recommendations, each list n.1…n.K complete, a recommending State for each
recommendation whose text ends with one, positions adding up; an addendum or thematic list covers the
report's numbers; each paragraph of a summary of stakeholders' submissions names a submitter of its list.
Exit status: 0 when no document needs review, 6 when some do.

Example: upr check --json`,
  run(ctx, values) {
    const stateArg = values.state as string | undefined;
    const state = stateArg ? resolveState(stateArg) : undefined;
    if (stateArg && !state) throw new UprError('invalid_input', `unknown State "${stateArg}"`, { field: '--state', value: stateArg, usage: true });
    const db = openStore(ctx.config.db);
    try {
      const rows = listDocumentChecks(db, { all: Boolean(values.all), stateIso3: state?.iso3 });
      const failing = rows.filter((r) => r.status === 'needs review').length;
      if (values.json) {
        ctx.stdout.write(JSON.stringify({ needsReview: failing, documents: rows }, null, 2) + '\n');
      } else {
        ctx.stdout.write(renderTable(rows, [
          { header: 'symbol', get: (r) => r.symbol ?? '—' },
          { header: 'file', get: (r) => r.fileName, max: 30 },
          { header: 'type', get: (r) => r.type },
          { header: 'State', get: (r) => r.stateIso3 ?? '' },
          { header: 'cycle', get: (r) => r.cycle ?? '', align: 'right' },
          { header: 'status', get: (r) => r.status },
          { header: 'reasons', get: (r) => r.reasons.join(' | ') },
        ]));
        ctx.stdout.write(`${failing} document(s) need review.\n`);
      }
      return failing > 0 ? EXIT_CODES.needs_review : EXIT_CODES.ok;
    } finally {
      db.close();
    }
  },
};
