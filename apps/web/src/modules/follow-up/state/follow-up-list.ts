import type { FollowUpItem, FollowUpStatus, UnitRef } from '@govindex/contracts';
import type { StatusFilter } from '../follow-up-paths';

/** Open items first, then answered (to be closed), then closed; within each the earliest due first. */
const STATUS_ORDER: Readonly<Record<FollowUpStatus, number>> = { open: 0, answered: 1, closed: 2 };

export function sortFollowUps(items: readonly FollowUpItem[]): FollowUpItem[] {
  return [...items].sort(
    (a, b) =>
      STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
      a.dueOn.localeCompare(b.dueOn) ||
      a.unit.name.localeCompare(b.unit.name, 'vi') ||
      a.id - b.id,
  );
}

export function filterFollowUps(items: readonly FollowUpItem[], filters: { status: StatusFilter; unitId: number | null }): FollowUpItem[] {
  return items.filter((item) => (filters.status === 'all' || item.status === filters.status) && (filters.unitId === null || item.unit.id === filters.unitId));
}

/** The units the items are about, by name, each once: the choices of the commune filter. */
export function unitsOf(items: readonly FollowUpItem[]): UnitRef[] {
  const units = new Map<number, UnitRef>();
  for (const item of items) units.set(item.unit.id, item.unit);
  return [...units.values()].sort((a, b) => a.name.localeCompare(b.name, 'vi'));
}

export function countByStatus(items: readonly FollowUpItem[]): Record<FollowUpStatus, number> {
  const counts: Record<FollowUpStatus, number> = { open: 0, answered: 0, closed: 0 };
  for (const item of items) counts[item.status] += 1;
  return counts;
}

/** Still waiting for the commune's answer after its due day. */
export function isOverdue(item: Pick<FollowUpItem, 'status' | 'dueOn'>, today: string): boolean {
  return item.status === 'open' && today > item.dueOn;
}

export const MAX_RESPONSE_LENGTH = 4000;

/** Why an answer cannot be sent as typed; null when it can. */
export function responseProblem(text: string, problems: { required: string; tooLong: (max: number) => string }): string | null {
  const trimmed = text.trim();
  if (!trimmed) return problems.required;
  if (trimmed.length > MAX_RESPONSE_LENGTH) return problems.tooLong(MAX_RESPONSE_LENGTH);
  return null;
}
