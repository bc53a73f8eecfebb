import type { UnitLevel } from '@govindex/contracts';
import type { CatalogVersion } from '@govindex/domain';
import { BadRequestException, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

export interface FrameworkAtLevel {
  frameworkId: number;
  code: string;
  nameVi: string;
  versions: CatalogVersion[];
}

interface IndicatorRow {
  version_id: number;
  label: string;
  first_year: number;
  last_year: number | null;
  code: string;
  parent_code: string | null;
  name_vi: string;
  min_value: string;
  max_value: string;
  aggregation: CatalogVersion['indicators'][number]['aggregation'];
  weight: string | null;
  aliases: string[];
}

/** Reads the catalog as the importer and analytics need it. Catalog tables are reference data. */
@Injectable()
export class CatalogService {
  /**
   * The versions an import or a ranking reads, a province's own versions first so that they win over
   * the national one for the years they cover.
   */
  async frameworkAtLevel(manager: EntityManager, frameworkCode: string, level: UnitLevel, provinceId: number | null = null): Promise<FrameworkAtLevel> {
    const [framework] = await manager.query<Array<{ id: number; code: string; name_vi: string }>>(
      'SELECT id, code, name_vi FROM framework WHERE code = $1',
      [frameworkCode.toUpperCase()],
    );
    if (!framework) throw new BadRequestException(`Không có bộ chỉ số "${frameworkCode}".`);
    const rows = await manager.query<IndicatorRow[]>(
      `SELECT v.id AS version_id, v.label, v.first_year, v.last_year, i.code, p.code AS parent_code, i.name_vi,
              i.min_value, i.max_value, i.aggregation, i.weight, i.aliases
       FROM framework_version v
       JOIN indicator i ON i.version_id = v.id
       LEFT JOIN indicator p ON p.id = i.parent_id
       WHERE v.framework_id = $1 AND v.level = $2 AND (v.owner_province_id IS NULL OR v.owner_province_id = $3)
       ORDER BY v.owner_province_id IS NULL, v.first_year, i.sort_order`,
      [framework.id, level, provinceId],
    );
    const versions = new Map<number, CatalogVersion & { indicators: CatalogVersion['indicators'][number][] }>();
    for (const row of rows) {
      const version = versions.get(row.version_id) ?? {
        id: row.version_id,
        label: row.label,
        firstYear: row.first_year,
        lastYear: row.last_year,
        indicators: [],
      };
      version.indicators.push({
        code: row.code,
        parentCode: row.parent_code,
        nameVi: row.name_vi,
        min: Number(row.min_value),
        max: Number(row.max_value),
        aggregation: row.aggregation,
        weight: row.weight === null ? null : Number(row.weight),
        aliases: row.aliases,
      });
      versions.set(row.version_id, version);
    }
    if (versions.size === 0) {
      throw new BadRequestException(`Bộ chỉ số ${framework.code} chưa có phiên bản nào cho cấp ${LEVEL_VI[level]}.`);
    }
    return { frameworkId: framework.id, code: framework.code, nameVi: framework.name_vi, versions: [...versions.values()] };
  }
}

const LEVEL_VI: Record<UnitLevel, string> = { province: 'tỉnh', district: 'huyện', commune: 'xã' };
