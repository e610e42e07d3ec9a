// The time budget of one search: a deadline set when the search starts (after the index is ready), checked
// inside SQLite for every full-text match (a SQL function in the MATCH statement: better-sqlite3 has no
// progress handler or interrupt) and in the JS loops over the index. Past it the search stops with
// `over_budget` (HTTP 503, exit code 7) instead of holding the server. The budget belongs to the handle.
import type { Db } from './database.js';
import { UprError } from '../core/index.js';
import { parseQuery, type QueryNode } from './query-parse.js';

/** Checks the deadline of one search; `step` names what was running in the error. */
export interface Budget {
  readonly ms: number;
  check(step: string): void;
}

interface HandleBudget {
  ms: number;
  /** The running search's budget, seen by the SQL function. */
  current: Budget | null;
}

const budgets = new WeakMap<Db, HandleBudget>();
const UNLIMITED: Budget = { ms: Infinity, check: () => undefined };

/** The SQL function named in full-text statements: true, or an over_budget error past the deadline. */
export const BUDGET_SQL_FUNCTION = 'upr_within_budget';

function handleBudget(db: Db): HandleBudget {
  let b = budgets.get(db);
  if (!b) {
    const hb: HandleBudget = { ms: Infinity, current: null };
    let calls = 0;
    // Reading the clock for every row costs more than the rows; every 256th is precise enough.
    db.function(BUDGET_SQL_FUNCTION, { deterministic: false }, () => {
      if ((++calls & 255) === 0) hb.current?.check('full-text match');
      return 1;
    });
    budgets.set(db, hb);
    b = hb;
  }
  return b;
}

/** Milliseconds one search on `db` may take (Infinity, the default, for none). */
export function setSearchBudget(db: Db, ms: number): void {
  handleBudget(db).ms = ms > 0 ? ms : Infinity;
}

/** Starts the budget of one search on `db`; `run` is the search, which calls `check` between steps. */
export function withBudget<T>(db: Db, run: (budget: Budget) => T): T {
  const hb = handleBudget(db);
  const outer = hb.current;
  if (outer) return run(outer); // a search inside a search keeps the outer deadline
  const ms = hb.ms;
  const budget: Budget = Number.isFinite(ms) ? startBudget(ms) : UNLIMITED;
  hb.current = budget;
  try {
    return run(budget);
  } finally {
    hb.current = null;
  }
}

function startBudget(ms: number): Budget {
  const deadline = performance.now() + ms;
  return {
    ms,
    check(step: string) {
      if (performance.now() > deadline) {
        throw new UprError('over_budget', `the search took longer than its time budget of ${ms} ms (during ${step}); narrow the query or try again later`, {
          field: 'query', budgetMs: ms, retryAfter: 5,
        });
      }
    },
  };
}

/**
 * True for a query that may cost far more than a plain one: a prefix term, OR, NOT, or more than three
 * words. The web server runs such searches one at a time, a turn of the event loop apart, so plain requests
 * arriving meanwhile are answered in between. A query the parser refuses is not costly (it fails at once).
 */
export function isCostlyQuery(input: string): boolean {
  let tree: QueryNode | null;
  try {
    tree = parseQuery(input);
  } catch {
    return false;
  }
  let words = 0;
  let costly = false;
  const walk = (n: QueryNode): void => {
    if (n.kind === 'term') {
      words++;
      costly ||= n.prefix;
    } else if (n.kind === 'phrase') words += n.words.length;
    else if (n.kind === 'not') {
      costly = true;
      walk(n.of);
    } else {
      costly ||= n.kind === 'or';
      n.of.forEach(walk);
    }
  };
  if (tree) walk(tree);
  return costly || words > 3;
}
