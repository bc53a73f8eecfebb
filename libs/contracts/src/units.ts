/** Depth in the administrative tree. Pre-2025 Vietnam has three tiers, post-2025 two (no district). */
export type UnitLevel = 'province' | 'district' | 'commune';

/** The legal kind of a unit, read from the official full name ("Thị trấn Như Quỳnh" is a `thi_tran`). */
export type UnitKind =
  | 'tinh'
  | 'thanh_pho_truc_thuoc_trung_uong'
  | 'quan'
  | 'huyen'
  | 'thi_xa'
  | 'thanh_pho_thuoc_tinh'
  | 'thanh_pho_thuoc_thanh_pho'
  | 'xa'
  | 'phuong'
  | 'thi_tran'
  | 'dac_khu';

export interface UnitSummary {
  id: number;
  /** GSO code: 2 digits for a province, 3 for a district, 5 for a commune. */
  code: string;
  /** Name without the kind, e.g. "Như Quỳnh". */
  name: string;
  /** Official full name, e.g. "Thị trấn Như Quỳnh". */
  fullName: string;
  level: UnitLevel;
  kind: UnitKind;
  parentId: number | null;
  childCount: number;
  /** ISO date the unit came into force, null when it predates the data. */
  validFrom: string | null;
  /** ISO date of the unit's last day, null while it is in force. */
  validUntil: string | null;
}

export interface UnitDetail extends UnitSummary {
  /** From the province down to the unit's parent. */
  ancestors: UnitSummary[];
}

export interface UnitListResponse {
  items: UnitSummary[];
}

export interface UnitSearchHit extends UnitSummary {
  /** "Huyện Yên Mỹ, Tỉnh Hưng Yên": where the unit sits, for telling namesakes apart. */
  path: string;
}

export interface UnitSearchResponse {
  query: string;
  items: UnitSearchHit[];
  /** True when more units matched than `items` holds. */
  truncated: boolean;
}

export interface UnitLevelCounts {
  province: number;
  district: number;
  commune: number;
}

/** How a unit of one map relates to a unit of the next (the 2025 reform: merges of whole or partial units). */
export interface UnitLineageLink {
  unit: UnitSummary;
  /** 'full': the whole old unit went into the new one; 'partial': only part of it did. */
  mergeType: 'full' | 'partial';
  effectiveOn: string;
  /** The resolution that decided it, when known. */
  source: string;
}

export interface UnitLineageResponse {
  unit: UnitSummary;
  predecessors: UnitLineageLink[];
  successors: UnitLineageLink[];
}
