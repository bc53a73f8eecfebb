import type { UnitLevel } from '@govindex/contracts';

/** How a parent's value follows from its children's. */
export type Aggregation = 'sum' | 'mean' | 'weighted_mean' | 'none';

/** The unit a value is expressed in. */
export type ValueUnit = 'points' | 'percent' | 'index_0_1';

/** One node of an index framework's tree: the total, a dimension, a sub-dimension or an indicator. */
export interface IndicatorDefinition {
  /** Stable within a version and used as the import column: "TOTAL", "D1", "D1.2", "PAR.3.1". */
  code: string;
  nameVi: string;
  nameEn: string;
  min: number;
  max: number;
  /** Lower is better only where the framework says so (rare); default higher is better. */
  higherIsBetter?: boolean;
  /** How this node is computed from its children; 'none' for a leaf or a node published as is. */
  aggregation: Aggregation;
  /** Weight of this node in its parent's weighted mean. */
  weight?: number;
  /** Other column headers that mean this indicator in files people send (e.g. "D1_participation"). */
  aliases?: string[];
  children?: IndicatorDefinition[];
}

/** A grade band: a value at or above `minValue` (on the total) earns the grade, bands taken highest first. */
export interface GradeBand {
  gradeVi: string;
  gradeEn: string;
  minValue: number;
}

/** One version of a framework: the years and level it applies to, its tree, its grades, and where it comes from. */
export interface FrameworkVersionDefinition {
  /** e.g. "PAPI 2018–2020 (8 nội dung)". */
  label: string;
  level: UnitLevel;
  firstYear: number;
  /** Null while the version is still in use. */
  lastYear: number | null;
  unit: ValueUnit;
  /** Where this version's structure is published (document, decision, web page). */
  source: string;
  /** The root of the tree, code "TOTAL". */
  total: IndicatorDefinition;
  grades: GradeBand[];
  /** PAPI publishes four groups by quartile of the total each year. */
  quartileGroups?: boolean;
  /** When an indicator counts as weak, where this framework needs other than the defaults (DEFAULT_WEAKNESS_THRESHOLDS). */
  weakness?: {
    zScore?: number;
    declineShareOfRange?: number;
    bottomQuantile?: number;
    minimumPeers?: number;
  };
}

export interface FrameworkDefinition {
  /** PAPI, PAR_INDEX, SIPAS, DTI, DAN_VAN, PCI. */
  code: string;
  nameVi: string;
  nameEn: string;
  /** Who publishes it. */
  publisher: string;
  versions: FrameworkVersionDefinition[];
}
