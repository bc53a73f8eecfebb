import type { UnitLevel } from './units.js';

export interface FrameworkVersionSummary {
  id: number;
  label: string;
  level: UnitLevel;
  firstYear: number;
  lastYear: number | null;
  valueUnit: 'points' | 'percent' | 'index_0_1';
  source: string;
  quartileGroups: boolean;
  /** The province that defined this version for its communes; null for the national version. */
  ownerProvinceId: number | null;
}

export interface FrameworkSummary {
  code: string;
  nameVi: string;
  nameEn: string;
  publisher: string;
  versions: FrameworkVersionSummary[];
}

export interface CatalogResponse {
  frameworks: FrameworkSummary[];
}

export interface IndicatorNode {
  id: number;
  code: string;
  parentCode: string | null;
  nameVi: string;
  nameEn: string;
  min: number;
  max: number;
  higherIsBetter: boolean;
  aggregation: 'sum' | 'mean' | 'weighted_mean' | 'none';
  weight: number | null;
  depth: number;
}

export interface FrameworkVersionDetail extends FrameworkVersionSummary {
  frameworkCode: string;
  /** Pre-order: each node follows its parent. */
  indicators: IndicatorNode[];
  grades: Array<{ gradeVi: string; gradeEn: string; minValue: number }>;
}
