import type { UnitLevel } from './units.js';

export type WeaknessReason =
  | { kind: 'far_below_peers'; zScore: number; peerMedian: number }
  | { kind: 'declined'; change: number }
  | { kind: 'bottom_quartile'; peerQuartile: number };

export interface WeakIndicatorView {
  code: string;
  nameVi: string;
  value: number;
  max: number;
  reasons: WeaknessReason[];
  pointsRecoverable: number;
  pointsRecoverableOnTotal: number;
}

export interface UnitRef {
  id: number;
  code: string;
  name: string;
  fullName: string;
}

export interface DimensionScore {
  code: string;
  nameVi: string;
  nameEn: string;
  max: number;
  value: number | null;
  /** Mean of the unit's peers (same parent, same level). */
  peerAverage: number | null;
  /** Best peer value (the unit itself included). */
  peerBest: number | null;
}

export interface UnitScorecard {
  unit: UnitRef & { level: UnitLevel; path: string };
  framework: string;
  year: number;
  versionLabel: string;
  simulated: boolean;
  total: {
    value: number;
    max: number;
    rank: number;
    of: number;
    previousRank: number | null;
    rankChange: number | null;
    group: 1 | 2 | 3 | 4 | null;
    grade: string | null;
  } | null;
  /** Who the unit is compared with: the other units of its parent. */
  peers: { parent: UnitRef | null; count: number };
  dimensions: DimensionScore[];
  weakIndicators: WeakIndicatorView[];
}

export type LaggingReason =
  | { kind: 'bottom_quartile'; rank: number; of: number }
  | { kind: 'rank_drop'; from: number; to: number }
  | { kind: 'weak_on_many_dimensions'; count: number }
  | { kind: 'plan_late'; days: number }
  /** The parent unit issued its plan for the year; this unit has none. */
  | { kind: 'plan_missing'; year: number }
  | { kind: 'reports_late'; count: number };

export interface LaggingUnitView {
  unit: UnitRef;
  rank: number;
  total: number;
  reasons: LaggingReason[];
}

export interface LaggingResponse {
  framework: string;
  year: number;
  parent: UnitRef | null;
  simulated: boolean;
  items: LaggingUnitView[];
}

export interface HeatmapResponse {
  framework: string;
  year: number;
  parent: UnitRef | null;
  simulated: boolean;
  dimensions: Array<{ code: string; nameVi: string; nameEn: string; max: number }>;
  rows: Array<{ unit: UnitRef; total: number | null; values: Record<string, number | null> }>;
}

export interface TrendPoint {
  year: number;
  value: number;
  /** Rank among peers (own values) or null for an average over descendants. */
  rank: number | null;
  of: number | null;
  versionLabel: string;
  /** True when the framework version (so the scale) differs from the previous year's. */
  versionChanged: boolean;
}

export interface TrendResponse {
  unit: UnitRef & { level: UnitLevel };
  framework: string;
  level: UnitLevel;
  indicator: string;
  /** 'own': the unit's values; 'average': the mean over its descendants at `level`. */
  kind: 'own' | 'average';
  simulated: boolean;
  points: TrendPoint[];
}

export interface DistributionGroup {
  /** The parent whose children are described; null for the whole level. */
  parent: UnitRef | null;
  count: number;
  min: number;
  q1: number;
  median: number;
  q3: number;
  max: number;
  mean: number;
}

export interface DistributionResponse {
  framework: string;
  level: UnitLevel;
  year: number;
  indicator: string;
  simulated: boolean;
  groups: DistributionGroup[];
}
