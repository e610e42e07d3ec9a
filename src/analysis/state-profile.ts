// A State's UPR profile: its reviews by cycle (with counts) and what it recommends to other States.
import { listReviews, type Db } from '../store/index.js';

export interface ReviewSummary {
  cycle: number;
  session: number | null;
  reviewDate: string | null;
  recommendations: number;
  supported: number;
  noted: number;
  childRights: number;
  /** How many of its recommendations the children's-rights classifier has seen. */
  classified: number;
}

export interface StateProfile {
  iso3: string;
  reviews: ReviewSummary[];
  /** Recommendations this State made to others, by response. */
  madeByResponse: { response: string; count: number }[];
  /** Recommendations this State made to others, by UPR Info issue. */
  madeByIssue: { issue: string; count: number }[];
  /** Recommendations this State made to others, by children's-rights issue (empty until classified). */
  madeByChildIssue: { issue: string; count: number }[];
  madeTotal: number;
}

/** Reads the profile of `iso3` from the store. */
export function stateProfile(db: Db, iso3: string): StateProfile {
  const count = db.prepare(`SELECT count(*) AS n, sum(response = 'supported') AS supported, sum(response = 'noted') AS noted,
      (SELECT count(*) FROM child_rights c JOIN recommendations x ON x.id = c.recommendation_id WHERE x.review_id = ? AND c.is_child_rights = 1) AS childRights,
      (SELECT count(*) FROM child_rights c JOIN recommendations x ON x.id = c.recommendation_id WHERE x.review_id = ?) AS classified
    FROM recommendations WHERE review_id = ?`);
  const reviews = listReviews(db, iso3).map((rv) => {
    const c = count.get(rv.id, rv.id, rv.id) as { n: number; supported: number | null; noted: number | null; childRights: number; classified: number };
    return { cycle: rv.cycle, session: rv.session, reviewDate: rv.reviewDate, recommendations: c.n, supported: c.supported ?? 0, noted: c.noted ?? 0, childRights: c.childRights, classified: c.classified };
  });
  const made = 'FROM recommendation_states rs JOIN recommendations r ON r.id = rs.recommendation_id WHERE rs.state_iso3 = ?';
  const madeTotal = (db.prepare(`SELECT count(*) AS n ${made}`).get(iso3) as { n: number }).n;
  const madeByResponse = db.prepare(`SELECT r.response, count(*) AS count ${made} GROUP BY 1 ORDER BY count DESC`).all(iso3) as { response: string; count: number }[];
  const madeByIssue = db.prepare(`SELECT i.issue, count(*) AS count ${made.replace('WHERE', 'JOIN recommendation_issues i ON i.recommendation_id = r.id WHERE')}
      GROUP BY 1 ORDER BY count DESC, 1 LIMIT 20`).all(iso3) as { issue: string; count: number }[];
  const madeByChildIssue = db.prepare(`SELECT i.issue, count(*) AS count ${made.replace('WHERE', 'JOIN child_rights_issues i ON i.recommendation_id = r.id WHERE')}
      GROUP BY 1 ORDER BY count DESC, 1`).all(iso3) as { issue: string; count: number }[];
  return { iso3, reviews, madeByResponse, madeByIssue, madeByChildIssue, madeTotal };
}
