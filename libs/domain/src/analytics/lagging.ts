import type { LaggingReason } from '@govindex/contracts';
import { quartileGrouping, rankCompetition } from '../results/ranking.js';

/** When a unit lags its peers; defaults documented in README "Analytics". */
export interface LaggingThresholds {
  /** Fell by at least this many ranks since last year. */
  rankDrop: number;
  /** Weak on at least this many dimensions. */
  weakDimensions: number;
}

export const DEFAULT_LAGGING_THRESHOLDS: LaggingThresholds = { rankDrop: 5, weakDimensions: 3 };

export interface UnitStanding<K> {
  key: K;
  total: number;
  previousTotal: number | null;
  /** How many of its dimensions findWeakIndicators found weak. */
  weakDimensionCount: number;
  /** Signals from plans and reports join here (late plan, late reports), already worded. */
  otherReasons?: LaggingReason[];
}

export interface LaggingUnit<K> {
  key: K;
  rank: number;
  reasons: LaggingReason[];
}

/** The units that lag among their peers, each with every reason, worst (most reasons, lowest rank) first. */
export function findLaggingUnits<K>(standings: readonly UnitStanding<K>[], thresholds: LaggingThresholds = DEFAULT_LAGGING_THRESHOLDS): LaggingUnit<K>[] {
  const ranked = rankCompetition(standings.map((standing) => ({ key: standing, value: standing.total })));
  const previous = new Map(
    rankCompetition(
      standings.filter((standing) => standing.previousTotal !== null).map((standing) => ({ key: standing.key, value: standing.previousTotal as number })),
    ).map((entry) => [entry.key, entry.rank]),
  );
  const groupOf = quartileGrouping(standings.map((standing) => standing.total));
  const lagging: LaggingUnit<K>[] = [];
  for (const { key: standing, rank } of ranked) {
    const reasons: LaggingReason[] = [];
    if (groupOf(standing.total) === 4) reasons.push({ kind: 'bottom_quartile', rank, of: ranked.length });
    const before = previous.get(standing.key);
    if (before !== undefined && rank - before >= thresholds.rankDrop) reasons.push({ kind: 'rank_drop', from: before, to: rank });
    if (standing.weakDimensionCount >= thresholds.weakDimensions) reasons.push({ kind: 'weak_on_many_dimensions', count: standing.weakDimensionCount });
    reasons.push(...(standing.otherReasons ?? []));
    if (reasons.length > 0) lagging.push({ key: standing.key, rank, reasons });
  }
  return lagging.sort((a, b) => b.reasons.length - a.reasons.length || b.rank - a.rank);
}
