import type { PlanTask } from '@govindex/contracts';
import { describe, expect, it } from 'vitest';
import { canEditPlan, frameworkShortName, groupTasksByDimension } from './plan-detail';

const task = (position: number, dimension: string | null, indicatorCode: string | null, framework = 'PAPI'): PlanTask => ({
  id: position,
  position,
  framework,
  dimension,
  subDimension: null,
  task: `Nhiệm vụ ${position}`,
  product: null,
  lead: null,
  implementers: null,
  timeline: { kind: 'ongoing', text: 'Thường xuyên' },
  kpis: [],
  indicatorCode,
});

describe('groupTasksByDimension', () => {
  it('groups the tasks by dimension in plan order, with the dimension code the tasks agree on', () => {
    const groups = groupTasksByDimension([
      task(3, 'Công khai, minh bạch', 'D2.1'),
      task(1, 'Tham gia của người dân ở cấp cơ sở', 'D1.1'),
      task(2, 'Tham gia của người dân ở cấp cơ sở ', 'D1.3'),
      task(4, null, null),
      task(5, 'Công khai, minh bạch', null),
    ]);
    expect(groups.map((group) => [group.dimension, group.indicatorCode, group.tasks.map((item) => item.position)])).toEqual([
      ['Tham gia của người dân ở cấp cơ sở', 'D1', [1, 2]],
      ['Công khai, minh bạch', null, [3, 5]],
      [null, null, [4]],
    ]);
  });

  it('keeps dimensions of different frameworks apart', () => {
    const groups = groupTasksByDimension([task(1, 'Chỉ số thành phần', 'D1', 'PAPI'), task(2, 'Chỉ số thành phần', 'D1', 'DTI')]);
    expect(groups.map((group) => group.framework)).toEqual(['PAPI', 'DTI']);
  });
});

describe('canEditPlan', () => {
  const commune = { id: 4360, ancestors: [{ id: 33 }, { id: 288 }] } as never;
  const district = { id: 288, ancestors: [{ id: 33 }] } as never;

  it('lets officers edit the plans of their unit and the units below it', () => {
    expect(canEditPlan('commune_officer', 4360, commune)).toBe(true);
    expect(canEditPlan('district_officer', 288, commune)).toBe(true);
    expect(canEditPlan('province_officer', 33, district)).toBe(true);
  });

  it('lets a commune read its district’s plan without editing it, and leaders only read', () => {
    expect(canEditPlan('commune_officer', 4360, district)).toBe(false);
    expect(canEditPlan('viewer', 4360, commune)).toBe(false);
    expect(canEditPlan('admin', null, commune)).toBe(true);
    expect(canEditPlan('district_officer', 288, null)).toBe(false);
  });
});

describe('frameworkShortName', () => {
  it('names the indices as officers do', () => {
    expect(['PAPI', 'PAR_INDEX', 'SIPAS', 'DAN_VAN'].map(frameworkShortName)).toEqual(['PAPI', 'PAR INDEX', 'SIPAS', 'Dân vận']);
  });
});
