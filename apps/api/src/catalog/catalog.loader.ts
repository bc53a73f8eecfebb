import type { InputIssue } from '@govindex/contracts';
import { flattenIndicators, loadFrameworkDefinition, type FrameworkDefinition, type FrameworkVersionDefinition } from '@govindex/domain';
import { Injectable, Logger } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { DataSource, type EntityManager } from 'typeorm';
import { LOCK_KEYS, withAdvisoryLock } from '../database/advisory-lock.js';

const CATALOG_DIR = fileURLToPath(new URL('../../../../data/catalog/', import.meta.url));

export class CatalogDefinitionError extends Error {
  constructor(readonly issues: InputIssue[]) {
    super(`The index catalog has ${issues.length} problem(s):\n${issues.slice(0, 20).map((issue) => `  ${issue.file} [${issue.column ?? '-'}] ${issue.message}`).join('\n')}`);
    this.name = 'CatalogDefinitionError';
  }
}

/**
 * Loads the national framework definitions of data/catalog/ (see its SOURCES.md). A version whose
 * definition is unchanged (same hash) is skipped; a changed one is updated in place by indicator code,
 * so results already stored against it keep their indicators.
 */
@Injectable()
export class CatalogLoader {
  private readonly logger = new Logger(CatalogLoader.name);

  constructor(private readonly dataSource: DataSource) {}

  async loadAll(directory = CATALOG_DIR): Promise<void> {
    const files = (await readdir(directory)).filter((name) => name.endsWith('.json')).sort();
    const definitions: FrameworkDefinition[] = [];
    const issues: InputIssue[] = [];
    for (const name of files) {
      const file = `${directory}${name}`;
      let json: unknown;
      try {
        json = JSON.parse(await readFile(file, 'utf8'));
      } catch (error) {
        issues.push({ file, message: `JSON không hợp lệ: ${(error as Error).message}` });
        continue;
      }
      const loaded = loadFrameworkDefinition(json, file);
      if (loaded.ok) definitions.push(loaded.definition);
      else issues.push(...loaded.issues);
    }
    if (issues.length > 0) throw new CatalogDefinitionError(issues);
    await withAdvisoryLock(this.dataSource, LOCK_KEYS.referenceData, (lockHolder) =>
      lockHolder.transaction(async (manager) => {
        let changed = 0;
        for (const definition of definitions) changed += await upsertFramework(manager, definition);
        if (changed > 0) this.logger.log(`Index catalog: ${changed} framework version(s) loaded or updated`);
      }),
    );
  }
}

async function upsertFramework(manager: EntityManager, definition: FrameworkDefinition): Promise<number> {
  const [framework] = await manager.query<Array<{ id: number }>>(
    `INSERT INTO framework (code, name_vi, name_en, publisher) VALUES ($1, $2, $3, $4)
     ON CONFLICT (code) DO UPDATE SET name_vi = EXCLUDED.name_vi, name_en = EXCLUDED.name_en, publisher = EXCLUDED.publisher
     RETURNING id`,
    [definition.code, definition.nameVi, definition.nameEn, definition.publisher],
  );
  let changed = 0;
  for (const version of definition.versions) {
    if ((await upsertVersion(manager, framework!.id, version)) !== null) changed++;
  }
  return changed;
}

/**
 * Writes one version and its tree, national (owner null) or a province's own; returns its id, or null
 * when the stored definition is already this one. Indicators keep their ids by code.
 */
export async function upsertVersion(
  manager: EntityManager,
  frameworkId: number,
  version: FrameworkVersionDefinition,
  ownerProvinceId: number | null = null,
): Promise<number | null> {
  const sha256 = createHash('sha256').update(JSON.stringify(version)).digest('hex');
  const [existing] = await manager.query<Array<{ id: number; definition_sha256: string }>>(
    `SELECT id, definition_sha256 FROM framework_version
     WHERE framework_id = $1 AND level = $2 AND first_year = $3 AND owner_province_id IS NOT DISTINCT FROM $4`,
    [frameworkId, version.level, version.firstYear, ownerProvinceId],
  );
  if (existing?.definition_sha256 === sha256) return null;
  const [row] = await manager.query<Array<{ id: number }>>(
    `INSERT INTO framework_version (framework_id, level, first_year, last_year, label, value_unit, source, quartile_groups,
                                    definition_sha256, owner_province_id, weakness_thresholds)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
     ON CONFLICT ON CONSTRAINT framework_version_key DO UPDATE SET
       last_year = EXCLUDED.last_year, label = EXCLUDED.label, value_unit = EXCLUDED.value_unit, source = EXCLUDED.source,
       quartile_groups = EXCLUDED.quartile_groups, definition_sha256 = EXCLUDED.definition_sha256,
       weakness_thresholds = EXCLUDED.weakness_thresholds
     RETURNING id`,
    [
      frameworkId,
      version.level,
      version.firstYear,
      version.lastYear,
      version.label,
      version.unit,
      version.source,
      version.quartileGroups ?? false,
      sha256,
      ownerProvinceId,
      JSON.stringify(version.weakness ?? {}),
    ],
  );
  const versionId = row!.id;
  const idOfCode = new Map<string, number>();
  for (const [order, node] of flattenIndicators(version.total).entries()) {
    const [indicator] = await manager.query<Array<{ id: number }>>(
      `INSERT INTO indicator (version_id, parent_id, code, name_vi, name_en, min_value, max_value, higher_is_better,
                              aggregation, weight, aliases, depth, sort_order)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
       ON CONFLICT (version_id, code) DO UPDATE SET
         parent_id = EXCLUDED.parent_id, name_vi = EXCLUDED.name_vi, name_en = EXCLUDED.name_en,
         min_value = EXCLUDED.min_value, max_value = EXCLUDED.max_value, higher_is_better = EXCLUDED.higher_is_better,
         aggregation = EXCLUDED.aggregation, weight = EXCLUDED.weight, aliases = EXCLUDED.aliases,
         depth = EXCLUDED.depth, sort_order = EXCLUDED.sort_order
       RETURNING id`,
      [
        versionId,
        node.parentCode === null ? null : (idOfCode.get(node.parentCode) ?? null),
        node.code,
        node.nameVi,
        node.nameEn,
        node.min,
        node.max,
        node.higherIsBetter ?? true,
        node.aggregation,
        node.weight ?? null,
        node.aliases ?? [],
        node.depth,
        order,
      ],
    );
    idOfCode.set(node.code, indicator!.id);
  }
  // Indicators dropped from the definition go, unless results already hang on them.
  await manager.query(
    `DELETE FROM indicator i WHERE i.version_id = $1 AND NOT (i.code = ANY($2::text[]))
       AND NOT EXISTS (SELECT 1 FROM result_value v WHERE v.indicator_id = i.id)`,
    [versionId, [...idOfCode.keys()]],
  );
  await manager.query('DELETE FROM grade_band WHERE version_id = $1', [versionId]);
  for (const band of version.grades) {
    await manager.query('INSERT INTO grade_band (version_id, min_value, grade_vi, grade_en) VALUES ($1, $2, $3, $4)', [
      versionId,
      band.minValue,
      band.gradeVi,
      band.gradeEn,
    ]);
  }
  return versionId;
}
