import type { AlignmentResponse, FollowUpItem } from '@govindex/contracts';
import { describe, expect, it } from 'vitest';
import { addDays, alignmentRows, draftOfRow, existingItemFor, followUpInput, unitsWithRows } from './alignment';

const district = { id: 5, code: '327', name: 'Văn Lâm', fullName: 'Huyện Văn Lâm' };
const nhuQuynh = { id: 21, code: '12037', name: 'Như Quỳnh', fullName: 'Thị trấn Như Quỳnh' };
const lacDao = { id: 22, code: '12040', name: 'Lạc Đạo', fullName: 'Xã Lạc Đạo' };
const tanQuang = { id: 23, code: '12043', name: 'Tân Quang', fullName: 'Xã Tân Quang' };

const response: AlignmentResponse = {
  parent: district,
  framework: 'PAPI',
  planYear: 2025,
  resultsYear: 2024,
  items: [
    {
      unit: nhuQuynh,
      planId: 4,
      weakWithoutTask: [{ code: 'D3.1', nameVi: 'Tiếp cận thông tin' }],
      doneButWeak: [{ code: 'D1', nameVi: 'Tham gia của người dân ở cấp cơ sở' }],
      planLateDays: 6,
      planMissing: false,
      planIncomplete: ['Thiếu lĩnh vực D5'],
      reportsLate: 2,
    },
    { unit: lacDao, planId: null, weakWithoutTask: [], doneButWeak: [], planLateDays: null, planMissing: true, planIncomplete: [], reportsLate: 0 },
    { unit: tanQuang, planId: 7, weakWithoutTask: [], doneButWeak: [], planLateDays: null, planMissing: false, planIncomplete: [], reportsLate: 0 },
  ],
};

describe('alignmentRows', () => {
  it('lists what to follow up, commune by commune, the plan first', () => {
    const rows = alignmentRows(response);
    expect(rows.map((row) => [row.unit.name, row.reason.kind])).toEqual([
      ['Như Quỳnh', 'plan_late'],
      ['Như Quỳnh', 'plan_incomplete'],
      ['Như Quỳnh', 'weak_without_task'],
      ['Như Quỳnh', 'done_but_weak'],
      ['Như Quỳnh', 'reports_late'],
      ['Lạc Đạo', 'plan_missing'],
    ]);
    expect(new Set(rows.map((row) => row.key)).size).toBe(rows.length);
    expect(rows[0]!.reason).toEqual({ kind: 'plan_late', days: 6 });
    expect(unitsWithRows(rows)).toBe(2);
  });
});

describe('addDays', () => {
  it('counts calendar days across months and years', () => {
    expect(addDays('2026-11-21', 15)).toBe('2026-12-06');
    expect(addDays('2026-12-20', 15)).toBe('2027-01-04');
    expect(addDays('2024-02-20', 15)).toBe('2024-03-06');
  });
});

describe('the follow-up drafted from a row', () => {
  const row = alignmentRows(response)[2]!;

  it('is due in 15 days and names the indicator', () => {
    const draft = draftOfRow(row, { framework: 'PAPI', year: 2025, today: '2026-11-21', reason: 'Chỉ số yếu', action: 'Bổ sung nhiệm vụ' });
    expect(draft).toEqual({
      unit: nhuQuynh,
      framework: 'PAPI',
      year: 2025,
      indicatorCode: 'D3.1',
      reasonKind: 'weak_without_task',
      reason: 'Chỉ số yếu',
      actionRequested: 'Bổ sung nhiệm vụ',
      dueOn: '2026-12-06',
    });
    expect(followUpInput(draft, '  Bổ sung nhiệm vụ D3.1  ', '2026-12-10')).toEqual({
      unitId: 21,
      framework: 'PAPI',
      year: 2025,
      indicatorCode: 'D3.1',
      reasonKind: 'weak_without_task',
      reason: 'Chỉ số yếu',
      actionRequested: 'Bổ sung nhiệm vụ D3.1',
      dueOn: '2026-12-10',
    });
  });

  it('finds an item not yet closed that already asks the same', () => {
    const item: FollowUpItem = {
      id: 1,
      unit: nhuQuynh,
      framework: 'PAPI',
      year: 2025,
      indicatorCode: 'D3.1',
      indicatorName: 'Tiếp cận thông tin',
      reasonKind: 'weak_without_task',
      reason: '',
      actionRequested: '',
      dueOn: '2026-12-06',
      status: 'answered',
      response: 'Đã bổ sung',
      respondedAt: '2026-11-25T02:00:00Z',
      createdAt: '2026-11-21T02:00:00Z',
      createdBy: 'Phòng Nội vụ',
    };
    expect(existingItemFor(row, [item], 'PAPI', 2025)).toBe(item);
    expect(existingItemFor(row, [{ ...item, status: 'closed' }], 'PAPI', 2025)).toBeNull();
    expect(existingItemFor(row, [{ ...item, indicatorCode: 'D3.2' }], 'PAPI', 2025)).toBeNull();
    expect(existingItemFor(row, [item], 'PAPI', 2026)).toBeNull();
  });
});
