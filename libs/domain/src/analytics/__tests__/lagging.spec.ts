import { describe, expect, it } from 'vitest';
import { findLaggingUnits, type UnitStanding } from '../lagging.js';

const standing = (key: string, total: number, previousTotal: number | null, weakDimensionCount = 0): UnitStanding<string> => ({
  key,
  total,
  previousTotal,
  weakDimensionCount,
});

describe('findLaggingUnits', () => {
  it('names the bottom quarter, large rank drops and units weak on many dimensions, each with its reasons', () => {
    const units = [
      standing('A', 50, 40),
      standing('B', 49, 41),
      standing('C', 48, 42),
      standing('D', 47, 43),
      standing('E', 46, 44),
      standing('F', 45, 50, 3), // first last year, sixth now: dropped 5 ranks, weak on 3 dimensions
      standing('G', 44, 39),
      standing('H', 43, 38),
    ];
    expect(findLaggingUnits(units)).toEqual([
      { key: 'F', rank: 6, reasons: [{ kind: 'rank_drop', from: 1, to: 6 }, { kind: 'weak_on_many_dimensions', count: 3 }] },
      { key: 'H', rank: 8, reasons: [{ kind: 'bottom_quartile', rank: 8, of: 8 }] },
      { key: 'G', rank: 7, reasons: [{ kind: 'bottom_quartile', rank: 7, of: 8 }] },
    ]);
  });

  it('passes along reasons from plans and reports', () => {
    const units = [standing('A', 50, null), { ...standing('B', 60, null), otherReasons: [{ kind: 'plan_late' as const, days: 12 }] }];
    expect(findLaggingUnits(units).find((unit) => unit.key === 'B')).toEqual({ key: 'B', rank: 1, reasons: [{ kind: 'plan_late', days: 12 }] });
  });

  it('finds nothing among no units', () => {
    expect(findLaggingUnits([])).toEqual([]);
  });
});
