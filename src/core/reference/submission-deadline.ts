// The usual deadline for stakeholders' written submissions to a UPR review, as data: the rule, its source and the
// published deadlines it was checked against (src/analysis/calendar.test.ts). OHCHR announces the exact date for
// each session; this rule only says when it usually falls, so every date computed from it is marked "usual".

export interface DeadlineRule {
  /** Weeks before the first day of the Working Group session (sessions open on a Monday, so does the deadline). */
  weeksBefore: number;
  /** What the rule says, in one sentence. */
  summary: string;
  /** The text of the source the rule rests on, quoted. */
  quote: string;
  source: { title: string; url: string };
  /** Deadlines OHCHR published, to check the rule against (session, deadline, where it was published). */
  published: readonly { session: number; deadline: string; source: string }[];
}

export const SUBMISSION_DEADLINE_RULE: DeadlineRule = Object.freeze({
  weeksBefore: 32,
  summary: "Stakeholders' submissions are usually due 32 weeks (about seven and a half months) before the session opens; OHCHR's guidelines ask for them at least six months before, and the deadlines OHCHR published fell 29 to 32 weeks before.",
  quote: 'Submissions are due generally at least 6 months before State in question comes up for review.',
  source: {
    title: "OHCHR, Technical guidelines for the submission of stakeholders' information (UPR); deadlines per session on the OHCHR UPR pages",
    url: 'https://www.ohchr.org/en/hr-bodies/upr/ngos-nhris',
  },
  published: Object.freeze([
    { session: 9, deadline: '2010-04-12', source: 'OHCHR technical guidelines, example for the ninth session' },
    { session: 23, deadline: '2015-03-23', source: 'OHCHR deadlines as extended in 2015 (reported by UPR Info)' },
    { session: 24, deadline: '2015-06-22', source: 'OHCHR deadlines as extended in 2015 (reported by UPR Info)' },
    { session: 25, deadline: '2015-09-21', source: 'OHCHR deadlines as extended in 2015 (reported by UPR Info)' },
    { session: 26, deadline: '2016-03-21', source: 'OHCHR deadlines as extended in 2015 (reported by UPR Info)' },
  ]),
});
