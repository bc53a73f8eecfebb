import type { UnitKind, UnitLevel } from '@govindex/contracts';

/** Prefixes of official unit names, longest first so "Thành phố" wins over a shorter match. */
const PREFIXES: ReadonlyArray<{ prefix: string; kindAt: Partial<Record<UnitLevel, UnitKind>> }> = [
  { prefix: 'Thành phố', kindAt: { province: 'thanh_pho_truc_thuoc_trung_uong', district: 'thanh_pho_thuoc_tinh' } },
  { prefix: 'Thị trấn', kindAt: { commune: 'thi_tran' } },
  { prefix: 'Thị xã', kindAt: { district: 'thi_xa' } },
  { prefix: 'Đặc khu', kindAt: { commune: 'dac_khu' } },
  { prefix: 'Phường', kindAt: { commune: 'phuong' } },
  { prefix: 'Huyện', kindAt: { district: 'huyen' } },
  { prefix: 'Quận', kindAt: { district: 'quan' } },
  { prefix: 'Tỉnh', kindAt: { province: 'tinh' } },
  { prefix: 'Xã', kindAt: { commune: 'xa' } },
];

export interface ParsedUnitName {
  kind: UnitKind;
  /** The name without its kind: "Thị trấn Như Quỳnh" → "Như Quỳnh". */
  name: string;
}

/**
 * Reads the kind of a unit from its official full name at a given level. A district-level "Thành phố"
 * directly under a centrally-run city (Thủ Đức under Hồ Chí Minh) is a city of a city, not of a province.
 * Returns null when the name does not start with a kind valid at that level.
 */
export function parseUnitName(
  fullName: string,
  level: UnitLevel,
  parentKind?: UnitKind,
): ParsedUnitName | null {
  const trimmed = fullName.trim().replace(/\s+/g, ' ');
  for (const { prefix, kindAt } of PREFIXES) {
    if (!trimmed.startsWith(prefix + ' ')) continue;
    let kind = kindAt[level];
    if (!kind) return null;
    if (kind === 'thanh_pho_thuoc_tinh' && parentKind === 'thanh_pho_truc_thuoc_trung_uong') {
      kind = 'thanh_pho_thuoc_thanh_pho';
    }
    const name = trimmed.slice(prefix.length + 1).trim();
    return name ? { kind, name } : null;
  }
  return null;
}

/** Vietnamese label of a kind, as officials write it. */
export const UNIT_KIND_LABEL_VI: Readonly<Record<UnitKind, string>> = {
  tinh: 'Tỉnh',
  thanh_pho_truc_thuoc_trung_uong: 'Thành phố trực thuộc trung ương',
  quan: 'Quận',
  huyen: 'Huyện',
  thi_xa: 'Thị xã',
  thanh_pho_thuoc_tinh: 'Thành phố thuộc tỉnh',
  thanh_pho_thuoc_thanh_pho: 'Thành phố thuộc thành phố trực thuộc trung ương',
  xa: 'Xã',
  phuong: 'Phường',
  thi_tran: 'Thị trấn',
  dac_khu: 'Đặc khu',
};
