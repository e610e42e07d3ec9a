// The engagement plan as the report renderers receive it: already worded in one language (the planner of
// src/analysis words it; report does not depend on analysis, so the shape is declared here and matched by type).

export interface PlanText {
  title: string;
  intro: string;
  nextReview: string;
  rules: string;
  generated: string;
  labels: { timeline: string; checklist: string; stage: string; date: string; see: string };
  stages: { id: string; title: string; when: string; items: { id: string; text: string; href: string }[] }[];
}

/** An item's link as printed: the explorer's path, absolute when a base URL is given. */
export const planLink = (href: string, baseUrl = ''): string => `${baseUrl.replace(/\/+$/, '')}${href}`;
