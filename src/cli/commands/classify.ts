// `upr classify [filters]`: applies the children's-rights classifier to every stored recommendation (or those the
// filters select) and stores each result with the classifier version, so search, stats and exports can use it.
import type { Command } from '../command.js';
import { openStoreForWriting } from '../open-store.js';
import { searchIds } from '../../store/index.js';
import { classifyDocumentParagraphs, classifyRecommendations, mapAllSubmitters, MODEL_VERSION } from '../../pipeline/index.js';
import { FILTER_OPTIONS, filtersFromOptions } from '../filter-options.js';
import { createProgress } from '../progress.js';
import { renderTable } from '../table.js';

export const classifyCommand: Command = {
  name: 'classify',
  summary: "Classify stored recommendations as concerning children's rights or not, with their issues.",
  usage: 'upr classify [QUERY] [filters] [--json]',
  options: { ...FILTER_OPTIONS, json: { type: 'boolean', help: 'print the summary as JSON' } },
  help: `Every result is stored with the classifier version (${MODEL_VERSION}); running again replaces it. The paragraphs of
stored national reports, UN compilations, stakeholders' summaries and dialogue statements are classified too (for
upr analyse prominence, per document type).
Then: upr search --child-rights, upr search --child-issue corporal_punishment, upr stats, upr export.`,
  run(ctx, values, positionals) {
    const filters = filtersFromOptions(values, positionals.join(' '));
    const db = openStoreForWriting(ctx.config);
    try {
      const started = Date.now();
      const { ids } = searchIds(db, filters, { limit: null });
      const progress = createProgress(ctx.stderr, 'classify');
      const { classified, childRights: yes, issues } = classifyRecommendations(db, ids, (done, total) => progress.update(done, total));
      progress.done();
      const mapped = mapAllSubmitters(db); // the civil-society map of every stored /3 summary (docs/analyses.md)
      for (const p of mapped.problems) ctx.stderr.write(`${p}\n`);
      const paragraphs = classifyDocumentParagraphs(db); // prominence by document type (docs/analyses.md)
      const seconds = (Date.now() - started) / 1000;
      if (values.json) {
        ctx.stdout.write(JSON.stringify({ modelVersion: MODEL_VERSION, classified, childRights: yes, seconds, issues, summariesMapped: mapped.documents, paragraphs }, null, 2) + '\n');
        return 0;
      }
      ctx.stdout.write(`classified ${classified} recommendation(s) with ${MODEL_VERSION} in ${seconds.toFixed(1)} s: ${yes} concern children's rights; ${mapped.documents} summary(ies) of stakeholders' submissions mapped (submitters)\n`);
      const paragraphYes = Object.values(paragraphs.childRights).reduce((a, n) => a + n, 0);
      if (paragraphs.classified > 0) ctx.stdout.write(`classified ${paragraphs.classified} document paragraph(s) (reports, compilations, summaries, dialogue): ${paragraphYes} concern children's rights\n`);
      if (issues.length > 0) ctx.stdout.write('\n' + renderTable(issues, [
        { header: "children's-rights issue", get: (r) => r.issue },
        { header: 'recommendations', get: (r) => r.count, align: 'right' },
      ]));
      return 0;
    } finally {
      db.close();
    }
  },
};
