import type { UnitRef, UnitScorecard } from '@govindex/contracts';

export interface DimensionRef {
  code: string;
  nameVi: string;
  nameEn: string;
}

/** One dimension across a district: which of its communes are weak on it, and what they could win back. */
export interface WeakDimensionRow extends DimensionRef {
  /** The weak units, by name. */
  units: UnitRef[];
  /** How many of the units compared were weak on it. */
  count: number;
  /** Of how many units with a scorecard. */
  of: number;
  /** Points the weak units would add to their totals by reaching the maximum on it, summed. */
  pointsRecoverableOnTotal: number;
}

/**
 * For each dimension, how many units are weak on it, from the units' own scorecards: a unit is weak on a
 * dimension when the dimension is among its weak indicators (far below its peers, declined since last
 * year, or in its peers' bottom quarter: the API's robust rule, the one that also counts "weak on N
 * dimensions" for lagging units). Sub-indicators are left out. Dimensions with the most weak units first,
 * then the most points to recover, then catalog order.
 */
export function aggregateWeakDimensions(
  dimensions: readonly DimensionRef[],
  scorecards: ReadonlyArray<Pick<UnitScorecard, 'unit' | 'weakIndicators'>>,
  locale = 'vi',
): WeakDimensionRow[] {
  const collator = new Intl.Collator(locale);
  const rows = dimensions.map((dimension, order) => {
    const weak = scorecards.flatMap((card) => {
      const indicator = card.weakIndicators.find((candidate) => candidate.code === dimension.code);
      return indicator ? [{ unit: card.unit, points: indicator.pointsRecoverableOnTotal }] : [];
    });
    return {
      order,
      row: {
        ...dimension,
        units: weak
          .map(({ unit }) => ({ id: unit.id, code: unit.code, name: unit.name, fullName: unit.fullName }))
          .sort((a, b) => collator.compare(a.name, b.name)),
        count: weak.length,
        of: scorecards.length,
        pointsRecoverableOnTotal: Math.round(weak.reduce((sum, entry) => sum + entry.points, 0) * 10_000) / 10_000,
      },
    };
  });
  return rows
    .sort((a, b) => b.row.count - a.row.count || b.row.pointsRecoverableOnTotal - a.row.pointsRecoverableOnTotal || a.order - b.order)
    .map((entry) => entry.row);
}
