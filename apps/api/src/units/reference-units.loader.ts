import type { InputIssue, UnitLevel } from '@govindex/contracts';
import {
  COMMUNE_CROSSWALK_2025,
  foldVietnamese,
  POST_2025_TIERS,
  PRE_2025_DISTRICT_TIERS,
  PRE_2025_TIERS,
  PROVINCE_CROSSWALK_2025,
  readAdminUnitList,
  readCrosswalk,
  type AdminListTier,
  type AdminUnitRecord,
  type CrosswalkColumns,
} from '@govindex/domain';
import { Injectable, Logger } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { DataSource, type EntityManager } from 'typeorm';
import { LOCK_KEYS, withAdvisoryLock } from '../database/advisory-lock.js';

/** A national unit list shipped in data/admin-units/ (see data/SOURCES.md), with the interval it was in force. */
export interface UnitListDataset {
  kind: 'units';
  name: string;
  /** One map may come in several files (a row per commune, plus districts that had none). */
  files: ReadonlyArray<{ file: string; tiers: readonly AdminListTier[] }>;
  validFrom: string | null;
  validUntil: string | null;
}

/** A reform crosswalk linking units of one list (predecessors) to units of the next (successors). */
export interface LineageDataset {
  kind: 'lineage';
  name: string;
  file: string;
  columns: CrosswalkColumns;
  /** Start of validity of the predecessors' list (null: since before the data) and of the successors'. */
  predecessorsValidFrom: string | null;
  successorsValidFrom: string;
  effectiveOn: string;
  source: string;
}

export type ReferenceDataset = UnitListDataset | LineageDataset;

const ADMIN_UNITS_DIR = fileURLToPath(new URL('../../../../data/admin-units/', import.meta.url));

const REFORM_2025 = 'Nghị quyết 1654–1687/NQ-UBTVQH15 (2025)';

/** Loaded in this order: both lists, then the crosswalks that link them. */
export const NATIONAL_UNIT_DATA: readonly ReferenceDataset[] = [
  {
    kind: 'units',
    name: 'admin-units-pre2025',
    files: [
      { file: `${ADMIN_UNITS_DIR}admin_units_pre2025_63prov_districts_wards.csv`, tiers: PRE_2025_TIERS },
      { file: `${ADMIN_UNITS_DIR}admin_units_pre2025_districts_without_communes.csv`, tiers: PRE_2025_DISTRICT_TIERS },
    ],
    validFrom: null,
    validUntil: '2025-06-30',
  },
  {
    kind: 'units',
    name: 'admin-units-post2025',
    files: [{ file: `${ADMIN_UNITS_DIR}admin_units_post2025_34prov_wards.csv`, tiers: POST_2025_TIERS }],
    validFrom: '2025-07-01',
    validUntil: null,
  },
  {
    kind: 'lineage',
    name: 'admin-crosswalk-2025-provinces',
    file: `${ADMIN_UNITS_DIR}admin_crosswalk_2025_provinces_63_to_34.csv`,
    columns: PROVINCE_CROSSWALK_2025,
    predecessorsValidFrom: null,
    successorsValidFrom: '2025-07-01',
    effectiveOn: '2025-07-01',
    source: REFORM_2025,
  },
  {
    kind: 'lineage',
    name: 'admin-crosswalk-2025-communes',
    file: `${ADMIN_UNITS_DIR}admin_crosswalk_2025_new_to_old.csv`,
    columns: COMMUNE_CROSSWALK_2025,
    predecessorsValidFrom: null,
    successorsValidFrom: '2025-07-01',
    effectiveOn: '2025-07-01',
    source: REFORM_2025,
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

export type LoadOutcome =
  | { dataset: string; status: 'loaded'; rows: number; skipped: InputIssue[] }
  | { dataset: string; status: 'unchanged' };

/**
 * Loads national unit lists into `unit` and reform crosswalks into `unit_lineage`. Idempotent: a file
 * whose hash is already recorded is skipped; a changed list updates units in place (matched by code,
 * level and start of validity), a changed crosswalk replaces its links; each file in one transaction,
 * so a failed load leaves what was there untouched.
 */
@Injectable()
export class ReferenceUnitsLoader {
  private readonly logger = new Logger(ReferenceUnitsLoader.name);

  constructor(private readonly dataSource: DataSource) {}

  async loadAll(datasets: readonly ReferenceDataset[] = NATIONAL_UNIT_DATA): Promise<LoadOutcome[]> {
    return withAdvisoryLock(this.dataSource, LOCK_KEYS.referenceData, async (manager) => {
      const outcomes: LoadOutcome[] = [];
      for (const dataset of datasets) outcomes.push(await this.load(manager, dataset));
      return outcomes;
    });
  }

  private async load(lockHolder: EntityManager, dataset: ReferenceDataset): Promise<LoadOutcome> {
    const paths = dataset.kind === 'units' ? dataset.files.map((source) => source.file) : [dataset.file];
    const texts = await Promise.all(paths.map((file) => readFile(file, 'utf8')));
    const sha256 = texts.reduce((hash, text) => hash.update(text).update('\0'), createHash('sha256')).digest('hex');
    const [recorded] = await lockHolder.query<Array<{ sha256: string }>>(
      'SELECT sha256 FROM reference_dataset WHERE name = $1',
      [dataset.name],
    );
    if (recorded?.sha256 === sha256) return { dataset: dataset.name, status: 'unchanged' };

    const started = Date.now();
    const outcome = await lockHolder.transaction(async (manager) => {
      const loaded =
        dataset.kind === 'units'
          ? await loadUnitList(manager, texts, dataset)
          : await loadLineage(manager, texts.join(''), dataset);
      await manager.query(
        `INSERT INTO reference_dataset (name, sha256, row_count) VALUES ($1, $2, $3)
         ON CONFLICT (name) DO UPDATE SET sha256 = EXCLUDED.sha256, row_count = EXCLUDED.row_count, loaded_at = now()`,
        [dataset.name, sha256, loaded.rows],
      );
      return loaded;
    });
    if (outcome.skipped.length > 0) {
      const lines = outcome.skipped.map((issue) => `${issue.row} [${issue.column}] ${issue.message}`);
      this.logger.warn(`${dataset.name}: skipped ${outcome.skipped.length} rows of ${paths.join(", ")}: ${lines.join('; ')}`);
    }
    this.logger.log(`Loaded ${outcome.rows} rows of ${dataset.name} in ${Date.now() - started} ms`);
    return { dataset: dataset.name, status: 'loaded', ...outcome };
  }
}

interface Loaded {
  rows: number;
  skipped: InputIssue[];
}

async function loadUnitList(manager: EntityManager, texts: string[], dataset: UnitListDataset): Promise<Loaded> {
  const read = readAdminUnitList(dataset.files.map((source, index) => ({ ...source, text: texts[index] ?? '' })));
  if (!read.ok) throw new UnitListError(read.issues);
  const levels = [...new Set(read.units.map((unit) => unit.level))];
  for (const [depth, level] of levels.entries()) {
    await upsertTier(manager, read.units.filter((unit) => unit.level === level), dataset, levels[depth - 1] ?? null);
  }
  await manager.query(
    `WITH RECURSIVE chain AS (
       SELECT id, ARRAY[id] AS path FROM unit WHERE parent_id IS NULL AND source = $1
       UNION ALL
       SELECT child.id, chain.path || child.id FROM unit child JOIN chain ON child.parent_id = chain.id
     )
     UPDATE unit SET ancestry = chain.path FROM chain WHERE unit.id = chain.id AND unit.ancestry IS DISTINCT FROM chain.path`,
    [dataset.name],
  );
  return { rows: read.units.length, skipped: [] };
}

/**
 * Replaces the links of one crosswalk. A line naming a unit absent from its list is skipped and
 * reported (the published crosswalk names 17 communes dissolved before the list's snapshot date);
 * a malformed file is refused whole.
 */
async function loadLineage(manager: EntityManager, text: string, dataset: LineageDataset): Promise<Loaded> {
  const read = readCrosswalk(text, dataset.file, dataset.columns);
  if (!read.ok) throw new UnitListError(read.issues);
  const { links } = read;
  const resolved = await manager.query<Array<{ row: number; predecessor_id: number | null; successor_id: number | null }>>(
    `SELECT x.row, old.id AS predecessor_id, new.id AS successor_id
     FROM unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::text[])
       AS x(row, predecessor_code, predecessor_level, successor_code, successor_level)
     LEFT JOIN unit old ON old.code = x.predecessor_code AND old.level = x.predecessor_level
                       AND old.valid_from IS NOT DISTINCT FROM $6::date
     LEFT JOIN unit new ON new.code = x.successor_code AND new.level = x.successor_level
                       AND new.valid_from IS NOT DISTINCT FROM $7::date`,
    [
      links.map((link) => link.row),
      links.map((link) => link.predecessorCode),
      links.map((link) => link.predecessorLevel),
      links.map((link) => link.successorCode),
      links.map((link) => link.successorLevel),
      dataset.predecessorsValidFrom,
      dataset.successorsValidFrom,
    ],
  );
  const byRow = new Map(links.map((link) => [link.row, link]));
  const skipped: InputIssue[] = [];
  const accepted: Array<{ predecessorId: number; successorId: number; mergeType: string }> = [];
  for (const { row, predecessor_id, successor_id } of resolved) {
    const link = byRow.get(row);
    if (!link) continue;
    if (predecessor_id === null) {
      skipped.push({ file: dataset.file, row, column: dataset.columns.predecessorCodeColumn, message: `Không có đơn vị cũ mã ${link.predecessorCode}.` });
    } else if (successor_id === null) {
      skipped.push({ file: dataset.file, row, column: dataset.columns.successorCodeColumn, message: `Không có đơn vị mới mã ${link.successorCode}.` });
    } else {
      accepted.push({ predecessorId: predecessor_id, successorId: successor_id, mergeType: link.mergeType });
    }
  }
  await manager.query('DELETE FROM unit_lineage WHERE source = $1', [dataset.name]);
  await manager.query(
    `INSERT INTO unit_lineage (predecessor_id, successor_id, merge_type, effective_on, basis, source)
     SELECT *, $4::date, $5, $6 FROM unnest($1::int[], $2::int[], $3::text[])`,
    [
      accepted.map((link) => link.predecessorId),
      accepted.map((link) => link.successorId),
      accepted.map((link) => link.mergeType),
      dataset.effectiveOn,
      dataset.source,
      dataset.name,
    ],
  );
  skipped.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  return { rows: accepted.length, skipped };
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
