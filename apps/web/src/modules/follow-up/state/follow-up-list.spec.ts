import type { FollowUpItem } from '@govindex/contracts';
import { describe, expect, it } from 'vitest';
import { countByStatus, filterFollowUps, isOverdue, responseProblem, sortFollowUps, unitsOf } from './follow-up-list';

const nhuQuynh = { id: 21, code: '12037', name: 'Như Quỳnh', fullName: 'Thị trấn Như Quỳnh' };
const lacDao = { id: 22, code: '12040', name: 'Lạc Đạo', fullName: 'Xã Lạc Đạo' };

function item(id: number, unit: typeof nhuQuynh, status: FollowUpItem['status'], dueOn: string): FollowUpItem {
  return {
    id,
    unit,
    framework: 'PAPI',
    year: 2025,
    indicatorCode: null,
    indicatorName: null,
    reasonKind: 'reports_late',
    reason: 'Chậm báo cáo',
    actionRequested: 'Nộp báo cáo',
    dueOn,
    status,
    response: null,
    respondedAt: null,
    createdAt: '2026-11-01T00:00:00Z',
    createdBy: null,
  };
}

const items = [
  item(1, nhuQuynh, 'closed', '2026-10-01'),
  item(2, lacDao, 'answered', '2026-11-01'),
  item(3, nhuQuynh, 'open', '2026-12-01'),
  item(4, lacDao, 'open', '2026-11-15'),
];

describe('the follow-up list', () => {
  it('puts open items first, earliest due first, then answered, then closed', () => {
    expect(sortFollowUps(items).map((entry) => entry.id)).toEqual([4, 3, 2, 1]);
  });

  it('filters by status and by commune', () => {
    expect(filterFollowUps(items, { status: 'open', unitId: null }).map((entry) => entry.id)).toEqual([3, 4]);
    expect(filterFollowUps(items, { status: 'all', unitId: 22 }).map((entry) => entry.id)).toEqual([2, 4]);
    expect(filterFollowUps(items, { status: 'closed', unitId: 22 })).toEqual([]);
  });

  it('offers each commune once, by name', () => {
    expect(unitsOf(items).map((unit) => unit.name)).toEqual(['Lạc Đạo', 'Như Quỳnh']);
  });

  it('counts the items by status', () => {
    expect(countByStatus(items)).toEqual({ open: 2, answered: 1, closed: 1 });
  });

  it('marks an open item past its due day as overdue', () => {
    expect(isOverdue(items[3]!, '2026-11-16')).toBe(true);
    expect(isOverdue(items[3]!, '2026-11-15')).toBe(false);
    expect(isOverdue(items[1]!, '2026-12-31')).toBe(false);
  });

  it('asks for an answer of reasonable length', () => {
    const problems = { required: 'required', tooLong: (max: number) => `max ${max}` };
    expect(responseProblem('  ', problems)).toBe('required');
    expect(responseProblem('x'.repeat(4001), problems)).toBe('max 4000');
    expect(responseProblem('Đã bổ sung nhiệm vụ', problems)).toBeNull();
  });
});
