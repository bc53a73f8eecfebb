import type { PlanSummary } from '@govindex/contracts';
import { describe, expect, it } from 'vitest';
import { planListParams, planYearOptions, readPlanListView, sortPlans } from './plans-list';

const plan = (id: number, fullName: string, year: number, number: string | null): PlanSummary => ({
  id,
  unit: { id: id * 10, code: String(id), name: fullName, fullName },
  year,
  frameworks: ['PAPI'],
  number,
  issuedOn: null,
  status: number ? 'issued' : 'draft',
  taskCount: 0,
  updatedAt: '2024-01-01T00:00:00Z',
});

describe('plan list view', () => {
  it('reads the year and the unit from the address, ignoring anything else', () => {
    expect(readPlanListView(new URLSearchParams('year=2024&unit=4360'))).toEqual({ year: 2024, unitId: 4360 });
    expect(readPlanListView(new URLSearchParams('year=hai&unit=-1'))).toEqual({ year: null, unitId: null });
  });

  it('writes only what is chosen', () => {
    expect(planListParams({ year: 2024, unitId: null }).toString()).toBe('year=2024');
    expect(planListParams({ year: null, unitId: 12 }).toString()).toBe('unit=12');
    expect(planListParams({ year: null, unitId: null }).toString()).toBe('');
  });

  it('offers the years from next year back to 2018, and a year from the address', () => {
    const years = planYearOptions(2025, null);
    expect(years[0]).toBe(2026);
    expect(years.at(-1)).toBe(2018);
    expect(planYearOptions(2025, 2010).at(-1)).toBe(2010);
  });
});

describe('sortPlans', () => {
  it('lists the latest year first, then units by name, drafts without a number last', () => {
    const sorted = sortPlans([
      plan(1, 'Xã Đức Hợp', 2023, '12/KH-UBND'),
      plan(2, 'Thị trấn Như Quỳnh', 2024, '08/KH-UBND'),
      plan(3, 'Phường Dị Sử', 2024, null),
      plan(4, 'Phường Dị Sử', 2024, '15/KH-UBND'),
    ]);
    expect(sorted.map((item) => item.id)).toEqual([4, 3, 2, 1]);
  });
});
