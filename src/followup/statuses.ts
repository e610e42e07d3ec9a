// The implementation statuses an organisation gives a recommendation between two reviews, in the order a
// follow-up matrix lists them, with the priority groups and experience stages of the follow-up plan.

/** How far the State under review has implemented a recommendation, as the organisation assesses it. */
export type ImplementationStatus = 'not_started' | 'partially_implemented' | 'fully_implemented' | 'regressed' | 'unclear';
export const STATUSES: readonly ImplementationStatus[] = ['not_started', 'partially_implemented', 'fully_implemented', 'regressed', 'unclear'];

/** English labels (the web pages translate them through core/i18n: `fu_status_<status>`). */
export const STATUS_LABELS: Readonly<Record<ImplementationStatus, string>> = {
  not_started: 'Not started',
  partially_implemented: 'Partially implemented',
  fully_implemented: 'Fully implemented',
  regressed: 'Regressed',
  unclear: 'Unclear',
};

/** Priority groups of the follow-up plan, most urgent first. */
export type PriorityGroup = 'high' | 'medium' | 'low';
export const PRIORITY_GROUPS: readonly PriorityGroup[] = ['high', 'medium', 'low'];

/** Stages of the UPR cycle a shared experience can be about. */
export type ExperienceStage = 'reporting' | 'lobbying' | 'review' | 'follow_up';
export const EXPERIENCE_STAGES: readonly ExperienceStage[] = ['reporting', 'lobbying', 'review', 'follow_up'];

export const isStatus = (s: unknown): s is ImplementationStatus => typeof s === 'string' && (STATUSES as readonly string[]).includes(s);
