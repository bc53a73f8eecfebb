import type { InputIssue } from './errors.js';
import type { UnitLevel } from './units.js';

/** What an import did. A file already imported under the same source key changes nothing. */
export interface ResultImportReport {
  status: 'imported' | 'unchanged';
  sourceId: number;
  sourceKey: string;
  /** Rows read with at least one value. */
  rows: number;
  values: number;
  /** Parent values computed from their children because the file gave only those. */
  computedValues: number;
  /** Lines with no value at all (a unit the source left blank that year). */
  blankLines: number[];
  /** The import this one replaced (a corrected file for the same source), kept as history. */
  supersededSourceId: number | null;
}

/** A rejected import: nothing was written; every problem located. */
export interface ResultImportRejection {
  statusCode: 422;
  error: string;
  message: string;
  details: InputIssue[];
}

export interface RankingRow {
  unit: { id: number; code: string; name: string; fullName: string };
  value: number;
  rank: number;
  /** Rank the previous year, when the unit was ranked then. */
  previousRank: number | null;
  /** Positive: climbed that many places. */
  rankChange: number | null;
  /** PAPI-style group 1 (best quarter) … 4, when the framework publishes groups. */
  group: 1 | 2 | 3 | 4 | null;
  /** The rank the source published, when it gave one (partial tables rank among all units). */
  publishedRank: number | null;
  grade: string | null;
  simulated: boolean;
}

export interface RankingResponse {
  framework: string;
  level: UnitLevel;
  year: number;
  indicator: string;
  versionLabel: string;
  /** The parent whose children are ranked; null ranks the whole country. */
  parentId: number | null;
  items: RankingRow[];
}

export interface ResultYearsResponse {
  framework: string;
  level: UnitLevel;
  /** Newest first. */
  years: number[];
}
