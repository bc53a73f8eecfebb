import type { CatalogResponse, FrameworkVersionDetail, FrameworkVersionSummary, IndicatorNode } from '@govindex/contracts';
import { loadFrameworkDefinition, type FrameworkVersionDefinition } from '@govindex/domain';
import { BadRequestException, ConflictException, Injectable, NotFoundException, UnprocessableEntityException } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { requireRole } from '../access/access-policy.js';
import { ScopedDatabase } from '../access/scoped-database.js';
import { AuditService } from '../audit/audit.service.js';
import { upsertVersion } from './catalog.loader.js';

interface VersionRow {
  id: number;
  framework_code: string;
  label: string;
  level: FrameworkVersionSummary['level'];
  first_year: number;
  last_year: number | null;
  value_unit: FrameworkVersionSummary['valueUnit'];
  source: string;
  quartile_groups: boolean;
  owner_province_id: number | null;
}

const VERSION_COLUMNS = `v.id, f.code AS framework_code, v.label, v.level, v.first_year, v.last_year, v.value_unit, v.source,
  v.quartile_groups, v.owner_province_id`;

/**
 * The catalog as people browse and edit it. Every signed-in user reads it; a province officer (or an
 * administrator) defines the province's own commune-level versions, audited. A version that results
 * already use is not edited in place: a new version (a later first year) takes over.
 */
@Injectable()
export class CatalogAdminService {
  constructor(
    private readonly scoped: ScopedDatabase,
    private readonly audit: AuditService,
  ) {}

  list(): Promise<CatalogResponse> {
    return this.scoped.run(async (manager) => {
      const frameworks = await manager.query<Array<{ id: number; code: string; name_vi: string; name_en: string; publisher: string }>>(
        'SELECT id, code, name_vi, name_en, publisher FROM framework ORDER BY code',
      );
      const versions = await manager.query<Array<VersionRow & { framework_id: number }>>(
        `SELECT ${VERSION_COLUMNS}, v.framework_id FROM framework_version v JOIN framework f ON f.id = v.framework_id
         ORDER BY v.level, v.owner_province_id NULLS FIRST, v.first_year`,
      );
      return {
        frameworks: frameworks.map((framework) => ({
          code: framework.code,
          nameVi: framework.name_vi,
          nameEn: framework.name_en,
          publisher: framework.publisher,
          versions: versions.filter((version) => version.framework_id === framework.id).map(toSummary),
        })),
      };
    });
  }

  get(id: number): Promise<FrameworkVersionDetail> {
    return this.scoped.run((manager) => detail(manager, id));
  }

  /** Creates or replaces the caller's province's own commune-level version of a framework. */
  saveProvinceVersion(frameworkCode: string, submitted: unknown): Promise<FrameworkVersionDetail> {
    return this.scoped.run(async (manager, actor) => {
      requireRole(actor, 'admin', 'province_officer');
      if (actor.provinceId === null) throw new BadRequestException('Quản trị hệ thống sửa bộ chỉ số quốc gia trong data/catalog; phiên bản riêng thuộc về một tỉnh.');
      const [framework] = await manager.query<Array<{ id: number; code: string; name_vi: string; name_en: string; publisher: string }>>(
        'SELECT id, code, name_vi, name_en, publisher FROM framework WHERE code = $1',
        [frameworkCode.toUpperCase()],
      );
      if (!framework) throw new NotFoundException(`Không có bộ chỉ số "${frameworkCode}".`);
      const checked = loadFrameworkDefinition(
        { code: framework.code, nameVi: framework.name_vi, nameEn: framework.name_en, publisher: framework.publisher, versions: [submitted] },
        'phiên bản',
      );
      if (!checked.ok) {
        // The version was wrapped in a framework to be checked; paths are reported from the version itself.
        const details = checked.issues.map((issue) => ({ ...issue, ...(issue.column ? { column: issue.column.replace(/^versions\[0\]\.?/, '') } : {}) }));
        throw new UnprocessableEntityException({ message: 'Phiên bản chưa hợp lệ.', details });
      }
      const version: FrameworkVersionDefinition = checked.definition.versions[0]!;
      if (version.level !== 'commune') {
        throw new BadRequestException({ message: 'Tỉnh chỉ tự định nghĩa phiên bản cấp xã.', details: ['level: phải là commune.'] });
      }
      const [existing] = await manager.query<Array<VersionRow & { used: boolean }>>(
        `SELECT ${VERSION_COLUMNS}, EXISTS (SELECT 1 FROM indicator i JOIN result_value r ON r.indicator_id = i.id WHERE i.version_id = v.id) AS used
         FROM framework_version v JOIN framework f ON f.id = v.framework_id
         WHERE v.framework_id = $1 AND v.level = 'commune' AND v.first_year = $2 AND v.owner_province_id = $3`,
        [framework.id, version.firstYear, actor.provinceId],
      );
      if (existing?.used) {
        throw new ConflictException('Phiên bản này đã có kết quả nhập theo nó; hãy tạo phiên bản mới bắt đầu từ năm sau.');
      }
      const before = existing ? await detail(manager, existing.id) : null;
      const id = (await upsertVersion(manager, framework.id, version, actor.provinceId)) ?? existing?.id;
      if (id === undefined) throw new Error('version neither written nor found');
      const after = await detail(manager, id);
      await this.audit.record(manager, actor, {
        entity: 'framework_version',
        entityId: id,
        action: before ? 'update' : 'create',
        unitId: actor.provinceId,
        provinceId: actor.provinceId,
        before,
        after,
      });
      return after;
    });
  }
}

async function detail(manager: EntityManager, id: number): Promise<FrameworkVersionDetail> {
  const [version] = await manager.query<VersionRow[]>(
    `SELECT ${VERSION_COLUMNS} FROM framework_version v JOIN framework f ON f.id = v.framework_id WHERE v.id = $1`,
    [id],
  );
  if (!version) throw new NotFoundException(`Không tìm thấy phiên bản bộ chỉ số có mã số ${id}.`);
  const indicators = await manager.query<Array<Omit<IndicatorNode, 'min' | 'max' | 'weight'> & { min: string; max: string; weight: string | null }>>(
    `SELECT i.id, i.code, p.code AS "parentCode", i.name_vi AS "nameVi", i.name_en AS "nameEn", i.min_value AS min, i.max_value AS max,
            i.higher_is_better AS "higherIsBetter", i.aggregation, i.weight, i.depth
     FROM indicator i LEFT JOIN indicator p ON p.id = i.parent_id WHERE i.version_id = $1 ORDER BY i.sort_order`,
    [id],
  );
  const grades = await manager.query<Array<{ gradeVi: string; gradeEn: string; minValue: string }>>(
    'SELECT grade_vi AS "gradeVi", grade_en AS "gradeEn", min_value AS "minValue" FROM grade_band WHERE version_id = $1 ORDER BY min_value DESC',
    [id],
  );
  return {
    ...toSummary(version),
    frameworkCode: version.framework_code,
    indicators: indicators.map((node) => ({ ...node, min: Number(node.min), max: Number(node.max), weight: node.weight === null ? null : Number(node.weight) })),
    grades: grades.map((grade) => ({ ...grade, minValue: Number(grade.minValue) })),
  };
}

function toSummary(row: VersionRow): FrameworkVersionSummary {
  return {
    id: row.id,
    label: row.label,
    level: row.level,
    firstYear: row.first_year,
    lastYear: row.last_year,
    valueUnit: row.value_unit,
    source: row.source,
    quartileGroups: row.quartile_groups,
    ownerProvinceId: row.owner_province_id,
  };
}
