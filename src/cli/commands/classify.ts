// `upr classify [filters]`: applies the children's-rights classifier to every stored recommendation (or those the
// filters select) and stores each result with the classifier version, so search, stats and exports can use it.
import type { Command } from '../command.js';
import { openStoreForWriting } from '../open-store.js';
import { searchIds, getRecommendations, saveChildRights, type ChildRightsResult } from '../../store/index.js';
import { classifyText, MODEL_VERSION } from '../../extract/index.js';
import { FILTER_OPTIONS, filtersFromOptions } from '../filter-options.js';
import { createProgress } from '../progress.js';
import { renderTable } from '../table.js';

const BATCH = 2000;

export const classifyCommand: Command = {
  name: 'classify',
  summary: "Classify stored recommendations as concerning children's rights or not, with their issues.",
  usage: 'upr classify [QUERY] [filters] [--json]',
  options: { ...FILTER_OPTIONS, json: { type: 'boolean', help: 'print the summary as JSON' } },
  help: `Every result is stored with the classifier version (${MODEL_VERSION}); running again replaces it.
Then: upr search --child-rights, upr search --child-issue corporal_punishment, upr stats, upr export.`,
  run(ctx, values, positionals) {
    const filters = filtersFromOptions(values, positionals.join(' '));
    const db = openStoreForWriting(ctx.config);
    try {
      const started = Date.now();
      const { ids } = searchIds(db, filters, { limit: null });
      const progress = createProgress(ctx.stderr, 'classify');
      const perIssue = new Map<string, number>();
      let yes = 0;
      for (let i = 0; i < ids.length; i += BATCH) {
        const results: [number, ChildRightsResult][] = getRecommendations(db, ids.slice(i, i + BATCH)).map((rec) => {
          const r = classifyText(rec.text, 'en');
          if (r.isChildRights) yes++;
          for (const issue of r.issues) perIssue.set(issue.id, (perIssue.get(issue.id) ?? 0) + 1);
          return [rec.id, { isChildRights: r.isChildRights, score: r.score, issues: r.issues, evidence: r.evidence, modelVersion: MODEL_VERSION }];
        });
        saveChildRights(db, results);
        progress.update(Math.min(i + BATCH, ids.length), ids.length);
      }
      progress.done();
      const seconds = (Date.now() - started) / 1000;
      const issues = [...perIssue].sort((a, b) => b[1] - a[1]).map(([issue, count]) => ({ issue, count }));
      if (values.json) {
        ctx.stdout.write(JSON.stringify({ modelVersion: MODEL_VERSION, classified: ids.length, childRights: yes, seconds, issues }, null, 2) + '\n');
        return 0;
      }
      ctx.stdout.write(`classified ${ids.length} recommendation(s) with ${MODEL_VERSION} in ${seconds.toFixed(1)} s: ${yes} concern children's rights\n`);
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
