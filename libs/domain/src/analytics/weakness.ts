import type { WeakIndicatorView, WeaknessReason } from '@govindex/contracts';
import type { Aggregation } from '../catalog/framework-definition.js';
import { quantile, robustZ } from './statistics.js';

/** When an indicator counts as weak; configurable per framework version, with these defaults. */
export interface WeaknessThresholds {
  /** Robust z-score at or below which a value is far below its peers. */
  zScore: number;
  /** A fall from last year larger than this share of the indicator's range (0.05 = 5 % of max − min). */
  declineShareOfRange: number;
  /** Bottom quartile: at or below the peers' 25th percentile. */
  bottomQuantile: number;
  /** Fewest peers to compare with. */
  minimumPeers: number;
}

export const DEFAULT_WEAKNESS_THRESHOLDS: WeaknessThresholds = {
  zScore: -1.5,
  declineShareOfRange: 0.05,
  bottomQuantile: 0.25,
  minimumPeers: 5,
};

/** The defaults overridden by what a framework version sets; anything out of its sensible range is refused. */
export function weaknessThresholds(overrides: Partial<WeaknessThresholds> = {}): WeaknessThresholds {
  const merged = { ...DEFAULT_WEAKNESS_THRESHOLDS, ...overrides };
  if (merged.zScore >= 0 || merged.declineShareOfRange <= 0 || merged.bottomQuantile <= 0 || merged.bottomQuantile >= 1 || merged.minimumPeers < 2) {
    throw new RangeError(`Invalid weakness thresholds: ${JSON.stringify(merged)}`);
  }
  return merged;
}

/** An indicator of the tree with what the unit scored and what its peers scored, this year and last. */
export interface IndicatorObservation {
  code: string;
  parentCode: string | null;
  nameVi: string;
  min: number;
  max: number;
  aggregation: Aggregation;
  weight: number | null;
  value: number | null;
  previousValue: number | null;
  peerValues: readonly number[];
}

/** pointsRecoverable is max − value on the indicator's own scale; pointsRecoverableOnTotal what they are worth on the total. */
export type WeakIndicator = WeakIndicatorView;

/**
 * The unit's weak indicators, each with its reasons and the points it could recover, most costly to
 * the total first. The total itself is not listed: it is what the others explain.
 */
export function findWeakIndicators(
  observations: readonly IndicatorObservation[],
  thresholds: WeaknessThresholds = DEFAULT_WEAKNESS_THRESHOLDS,
): WeakIndicator[] {
  const byCode = new Map(observations.map((observation) => [observation.code, observation]));
  const weak: WeakIndicator[] = [];
  for (const observation of observations) {
    if (observation.parentCode === null || observation.value === null) continue;
    const reasons: WeaknessReason[] = [];
    const peers = [...observation.peerValues].sort((a, b) => a - b);
    const z = robustZ(observation.value, peers, thresholds.minimumPeers);
    if (z !== null && z <= thresholds.zScore) {
      reasons.push({ kind: 'far_below_peers', zScore: round(z, 2), peerMedian: round(quantile(peers, 0.5), 4) });
    }
    if (observation.previousValue !== null) {
      const change = observation.value - observation.previousValue;
      if (-change > thresholds.declineShareOfRange * (observation.max - observation.min)) reasons.push({ kind: 'declined', change: round(change, 4) });
    }
    if (peers.length >= thresholds.minimumPeers) {
      const bottom = quantile(peers, thresholds.bottomQuantile);
      if (observation.value <= bottom) reasons.push({ kind: 'bottom_quartile', peerQuartile: round(bottom, 4) });
    }
    if (reasons.length === 0) continue;
    const pointsRecoverable = observation.max - observation.value;
    weak.push({
      code: observation.code,
      nameVi: observation.nameVi,
      value: observation.value,
      max: observation.max,
      reasons,
      pointsRecoverable: round(pointsRecoverable, 4),
      pointsRecoverableOnTotal: round(pointsRecoverable * shareOfTotal(observation, byCode), 4),
    });
  }
  return weak.sort((a, b) => b.pointsRecoverableOnTotal - a.pointsRecoverableOnTotal || a.code.localeCompare(b.code));
}

/**
 * How much one point of this indicator moves the total: 1 through a sum, 1/n through a mean of n
 * children, w/Σw through a weighted mean, multiplied up the tree.
 */
export function shareOfTotal(observation: IndicatorObservation, byCode: ReadonlyMap<string, IndicatorObservation>): number {
  let share = 1;
  let node = observation;
  while (node.parentCode !== null) {
    const parent = byCode.get(node.parentCode);
    if (!parent) return share;
    const siblings = [...byCode.values()].filter((candidate) => candidate.parentCode === parent.code);
    if (parent.aggregation === 'mean') share /= siblings.length;
    else if (parent.aggregation === 'weighted_mean') {
      const total = siblings.reduce((sum, sibling) => sum + (sibling.weight ?? 0), 0);
      share *= total > 0 ? (node.weight ?? 0) / total : 0;
    } else if (parent.aggregation === 'none') return 0;
    node = parent;
  }
  return share;
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
