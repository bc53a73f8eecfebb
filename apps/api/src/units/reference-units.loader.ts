import type { InputIssue, UnitLevel } from '@govindex/contracts';
import {
  foldVietnamese,
  POST_2025_TIERS,
  PRE_2025_TIERS,
  readAdminUnitList,
  type AdminListTier,
  type AdminUnitRecord,
} from '@govindex/domain';
import { Injectable, Logger } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { DataSource, type EntityManager } from 'typeorm';
import { LOCK_KEYS, withAdvisoryLock } from '../database/advisory-lock.js';

/** A national unit list shipped in data/admin-units/ (see data/SOURCES.md), with the interval it was in force. */
export interface UnitListDataset {
  name: string;
  file: string;
  tiers: readonly AdminListTier[];
  validFrom: string | null;
  validUntil: string | null;
}

const ADMIN_UNITS_DIR = fileURLToPath(new URL('../../../../data/admin-units/', import.meta.url));

export const NATIONAL_UNIT_LISTS: readonly UnitListDataset[] = [
  {
    name: 'admin-units-pre2025',
    file: `${ADMIN_UNITS_DIR}admin_units_pre2025_63prov_districts_wards.csv`,
    tiers: PRE_2025_TIERS,
    validFrom: null,
    validUntil: '2025-06-30',
  },
  {
    name: 'admin-units-post2025',
    file: `${ADMIN_UNITS_DIR}admin_units_post2025_34prov_wards.csv`,
    tiers: POST_2025_TIERS,
    validFrom: '2025-07-01',
    validUntil: null,
  },
];

export class UnitListError extends Error {
  constructor(readonly issues: InputIssue[]) {
    const shown = issues.slice(0, 20).map((issue) => `  ${issue.file}:${issue.row ?? '?'} [${issue.column ?? '-'}] ${issue.message}`);
    const more = issues.length > 20 ? [`  … and ${issues.length - 20} more`] : [];
    super(`The unit list has ${issues.length} problem(s):\n${[...shown, ...more].join('\n')}`);
    this.name = 'UnitListError';
  }
}

export type LoadOutcome = { dataset: string; status: 'loaded'; units: number } | { dataset: string; status: 'unchanged' };

/**
 * Loads national unit lists into `unit`. Idempotent: a file whose hash is already recorded is skipped,
 * and a changed file updates units in place (matched by code, level and start of validity) in one
 * transaction, so a failed load leaves the previous tree untouched.
 */
@Injectable()
export class ReferenceUnitsLoader {
  private readonly logger = new Logger(ReferenceUnitsLoader.name);

  constructor(private readonly dataSource: DataSource) {}

  async loadAll(datasets: readonly UnitListDataset[] = NATIONAL_UNIT_LISTS): Promise<LoadOutcome[]> {
    return withAdvisoryLock(this.dataSource, LOCK_KEYS.referenceData, async () => {
      const outcomes: LoadOutcome[] = [];
      for (const dataset of datasets) outcomes.push(await this.load(dataset));
      return outcomes;
    });
  }

  private async load(dataset: UnitListDataset): Promise<LoadOutcome> {
    const bytes = await readFile(dataset.file);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const [recorded] = await this.dataSource.query<Array<{ sha256: string }>>(
      'SELECT sha256 FROM reference_dataset WHERE name = $1',
      [dataset.name],
    );
    if (recorded?.sha256 === sha256) return { dataset: dataset.name, status: 'unchanged' };

    const started = Date.now();
    const read = readAdminUnitList(bytes.toString('utf8'), dataset.file, dataset.tiers);
    if (!read.ok) throw new UnitListError(read.issues);

    await this.dataSource.transaction(async (manager) => {
      for (const [depth, tier] of dataset.tiers.entries()) {
        const units = read.units.filter((unit) => unit.level === tier.level);
        await upsertTier(manager, units, dataset, dataset.tiers[depth - 1]?.level ?? null);
      }
      await manager.query(
        `INSERT INTO reference_dataset (name, sha256, row_count) VALUES ($1, $2, $3)
         ON CONFLICT (name) DO UPDATE SET sha256 = EXCLUDED.sha256, row_count = EXCLUDED.row_count, loaded_at = now()`,
        [dataset.name, sha256, read.units.length],
      );
    });
    this.logger.log(`Loaded ${read.units.length} units of ${dataset.name} in ${Date.now() - started} ms`);
    return { dataset: dataset.name, status: 'loaded', units: read.units.length };
  }
}

/**
 * Inserts or updates one tier in a single statement; parents are found by code in the same interval.
 * A new province takes its own id as province_id; every other unit inherits its parent's.
 */
async function upsertTier(
  manager: EntityManager,
  units: AdminUnitRecord[],
  dataset: UnitListDataset,
  parentLevel: UnitLevel | null,
): Promise<void> {
  await manager.query(
    `INSERT INTO unit (id, code, name, full_name, name_folded, full_name_folded, level, kind,
                       parent_id, province_id, valid_from, valid_until, source)
     SELECT r.new_id, r.code, r.name, r.full_name, r.name_folded, r.full_name_folded, $7, r.kind,
            p.id, coalesce(p.province_id, r.new_id), $9::date, $10::date, $11
     FROM (
       SELECT nextval(pg_get_serial_sequence('unit', 'id'))::int AS new_id, *
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $12::text[])
         AS x(code, name, full_name, name_folded, full_name_folded, kind, parent_code)
     ) r
     LEFT JOIN unit p
       ON p.code = r.parent_code AND p.level = $8 AND p.valid_from IS NOT DISTINCT FROM $9::date
     ON CONFLICT ON CONSTRAINT unit_code_per_interval DO UPDATE SET
       name = EXCLUDED.name, full_name = EXCLUDED.full_name, name_folded = EXCLUDED.name_folded,
       full_name_folded = EXCLUDED.full_name_folded, kind = EXCLUDED.kind, parent_id = EXCLUDED.parent_id,
       province_id = CASE WHEN unit.level = 'province' THEN unit.province_id ELSE EXCLUDED.province_id END,
       valid_until = EXCLUDED.valid_until, source = EXCLUDED.source
     WHERE (unit.name, unit.full_name, unit.kind, unit.parent_id, unit.valid_until, unit.source)
       IS DISTINCT FROM (EXCLUDED.name, EXCLUDED.full_name, EXCLUDED.kind, EXCLUDED.parent_id,
                         EXCLUDED.valid_until, EXCLUDED.source)`,
    [
      units.map((unit) => unit.code),
      units.map((unit) => unit.name),
      units.map((unit) => unit.fullName),
      units.map((unit) => foldVietnamese(unit.name)),
      units.map((unit) => foldVietnamese(unit.fullName)),
      units.map((unit) => unit.kind),
      units[0]?.level ?? 'province',
      parentLevel,
      dataset.validFrom,
      dataset.validUntil,
      dataset.name,
      units.map((unit) => unit.parentCode),
    ],
  );
}
