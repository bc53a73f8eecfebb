import type { FollowUpStatus } from '@govindex/contracts';

/** "Theo dõi": the follow-up items a district sends its communes, and their answers. */
export const FOLLOW_UP_PATH = '/theo-doi';

export type StatusFilter = FollowUpStatus | 'all';

const STATUSES: readonly StatusFilter[] = ['all', 'open', 'answered', 'closed'];

/** The filters of the list as kept in its address (?status=open&unit=12), so a view can be shared. */
export function readFollowUpFilters(params: URLSearchParams): { status: StatusFilter; unitId: number | null } {
  const status = params.get('status');
  const unit = params.get('unit');
  return {
    status: STATUSES.includes(status as StatusFilter) ? (status as StatusFilter) : 'all',
    unitId: unit && /^[1-9]\d{0,15}$/.test(unit) ? Number(unit) : null,
  };
}

export function followUpPath(filters: { status?: StatusFilter; unitId?: number | null } = {}): string {
  const params = new URLSearchParams();
  if (filters.status && filters.status !== 'all') params.set('status', filters.status);
  if (filters.unitId) params.set('unit', String(filters.unitId));
  const query = params.toString();
  return `${FOLLOW_UP_PATH}${query ? `?${query}` : ''}`;
}
