// The follow-up plan: recommendations grouped by priority, each with an owner and a target date, and what is
// overdue on a given day (a target date passed and the recommendation not fully implemented).
import { PRIORITY_GROUPS, type ImplementationStatus, type PriorityGroup } from './statuses.js';

export interface PlanItem {
  recommendationId: number;
  priority: PriorityGroup;
  owner: string | null;
  targetDate: string | null;
  /** The recommendation's current status in the workspace (null: not assessed yet). */
  status: ImplementationStatus | null;
}

/** True when the target date is before `today` (YYYY-MM-DD) and the recommendation is not fully implemented. */
export function isOverdue(item: Pick<PlanItem, 'targetDate' | 'status'>, today: string): boolean {
  return item.targetDate !== null && item.targetDate < today && item.status !== 'fully_implemented';
}

/** Overdue items, the longest overdue first. */
export function overdueItems<T extends PlanItem>(items: readonly T[], today: string): T[] {
  return items.filter((i) => isOverdue(i, today)).sort((a, b) => a.targetDate!.localeCompare(b.targetDate!) || a.recommendationId - b.recommendationId);
}

/** Days from the target date to `today` (positive when overdue). */
export function daysOverdue(targetDate: string, today: string): number {
  return Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${targetDate}T00:00:00Z`)) / 86400000);
}

/** The plan by priority group (high first); within a group by target date (undated last), then id. */
export function planGroups<T extends PlanItem>(items: readonly T[]): { priority: PriorityGroup; items: T[] }[] {
  return PRIORITY_GROUPS.map((priority) => ({
    priority,
    items: items.filter((i) => i.priority === priority)
      .sort((a, b) => (a.targetDate ?? '9999').localeCompare(b.targetDate ?? '9999') || a.recommendationId - b.recommendationId),
  })).filter((g) => g.items.length > 0);
}
