import type { UnitLevel, UnitRef, WeakIndicatorView } from '@govindex/contracts';
import { findWeakIndicators, weaknessThresholds, type Aggregation, type IndicatorObservation, type WeaknessThresholds } from '@govindex/domain';
import { NotFoundException } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../access/request-context.js';

/** Reads shared by the analytics: units in scope, current values, version trees. */

export interface ScopedUnit extends UnitRef {
  level: UnitLevel;
  parentId: number | null;
  path: string;
  /** The unit's parent, read with it (the scorecard names it). */
  parent: UnitRef | null;
}

export async function unitInScope(manager: EntityManager, actor: Actor, unitId: number): Promise<ScopedUnit> {
  const [unit] = await manager.query<
    Array<{ id: number; code: string; name: string; full_name: string; level: UnitLevel; parent_id: number | null; path: string | null; parent: UnitRef | null }>
  >(
    `SELECT u.id, u.code, u.name, u.full_name, u.level, u.parent_id,
            (SELECT string_agg(a.full_name, ', ' ORDER BY array_position(u.ancestry, a.id) DESC)
             FROM unit a WHERE a.id = ANY(u.ancestry) AND a.id <> u.id) AS path,
            (SELECT json_build_object('id', p.id, 'code', p.code, 'name', p.name, 'fullName', p.full_name) FROM unit p WHERE p.id = u.parent_id) AS parent
     FROM unit u WHERE u.id = $1 AND ($2::int IS NULL OR u.ancestry @> ARRAY[$2::int])`,
    [unitId, actor.role === 'admin' ? null : actor.unitId],
  );
  if (!unit) throw new NotFoundException(`Không tìm thấy đơn vị có mã số ${unitId}.`);
  return {
    id: unit.id,
    code: unit.code,
    name: unit.name,
    fullName: unit.full_name,
    level: unit.level,
    parentId: unit.parent_id,
    path: unit.path ?? '',
    parent: unit.parent,
  };
}

export interface ValueRow {
  unitId: number;
  year: number;
  code: string;
  value: number;
  versionId: number;
  versionLabel: string;
  quartileGroups: boolean;
  simulated: boolean;
  grade: string | null;
}

export interface UnitSet {
  /** Units whose parent is this one (siblings of a unit)… */
  parentId?: number | null;
  /** …or units anywhere below this one (null: the whole level). */
  ancestorId?: number | null;
}

/**
 * Current values of one framework at one level for the given years and units. The unit filter is
 * written for the set asked (siblings, a subtree, the whole level) rather than as one statement with
 * every case OR-ed in: `parent_id IS NOT DISTINCT FROM $n` cannot use an index, and at country scale
 * the planner then read the whole unit table for every scorecard.
 */
export async function currentValues(
  manager: EntityManager,
  framework: string,
  level: UnitLevel,
  /** null: every year */
  years: readonly number[] | null,
  units: UnitSet,
  codes?: readonly string[],
): Promise<ValueRow[]> {
  const params: unknown[] = [framework.toUpperCase(), level];
  const param = (value: unknown) => `$${params.push(value)}`;
  const unitFilter =
    'parentId' in units
      ? units.parentId === null || units.parentId === undefined
        ? 'u.parent_id IS NULL'
        : `u.parent_id = ${param(units.parentId)}::int`
      : units.ancestorId === null || units.ancestorId === undefined
        ? 'true'
        : `u.ancestry @> ARRAY[${param(units.ancestorId)}::int]`;
  const yearFilter = years ? `AND r.year = ANY(${param(years)}::int[])` : '';
  const codeFilter = codes ? `AND r.indicator_code = ANY(${param(codes)}::text[])` : '';
  const rows = await manager.query<Array<{ unit_id: number; year: number; code: string; value: string; version_id: number; version_label: string; quartile_groups: boolean; simulated: boolean; grade: string | null }>>(
    `SELECT r.unit_id, r.year, r.indicator_code AS code, r.value, r.version_id, r.version_label, r.quartile_groups, r.simulated, r.grade
     FROM unit u JOIN current_result r ON r.unit_id = u.id
     WHERE u.level = $2 AND ${unitFilter}
       AND r.framework_code = $1 AND r.level = $2 ${yearFilter} ${codeFilter}`,
    params,
  );
  return rows.map((row) => ({
    unitId: row.unit_id,
    year: row.year,
    code: row.code,
    value: Number(row.value),
    versionId: row.version_id,
    versionLabel: row.version_label,
    quartileGroups: row.quartile_groups,
    simulated: row.simulated,
    grade: row.grade,
  }));
}

export interface TreeNode {
  code: string;
  parentCode: string | null;
  nameVi: string;
  nameEn: string;
  min: number;
  max: number;
  aggregation: Aggregation;
  weight: number | null;
  depth: number;
}

/** The weak-indicator thresholds of a version: the domain defaults with the version's overrides. */
export async function versionThresholds(manager: EntityManager, versionId: number): Promise<WeaknessThresholds> {
  const [row] = await manager.query<Array<{ weakness_thresholds: Partial<WeaknessThresholds> }>>(
    'SELECT weakness_thresholds FROM framework_version WHERE id = $1',
    [versionId],
  );
  return weaknessThresholds(row?.weakness_thresholds ?? {});
}

/** A version's indicator tree and weak-indicator thresholds, in one read. */
export async function versionDetails(manager: EntityManager, versionId: number): Promise<{ tree: TreeNode[]; thresholds: WeaknessThresholds }> {
  const rows = await manager.query<Array<TreeRow & { weakness_thresholds: Partial<WeaknessThresholds> }>>(
    `SELECT i.code, p.code AS parent_code, i.name_vi, i.name_en, i.min_value, i.max_value, i.aggregation, i.weight, i.depth, v.weakness_thresholds
     FROM framework_version v JOIN indicator i ON i.version_id = v.id LEFT JOIN indicator p ON p.id = i.parent_id
     WHERE v.id = $1 ORDER BY i.sort_order`,
    [versionId],
  );
  return { tree: rows.map(toTreeNode), thresholds: weaknessThresholds(rows[0]?.weakness_thresholds ?? {}) };
}

export async function versionTree(manager: EntityManager, versionId: number): Promise<TreeNode[]> {
  const rows = await manager.query<TreeRow[]>(
    `SELECT i.code, p.code AS parent_code, i.name_vi, i.name_en, i.min_value, i.max_value, i.aggregation, i.weight, i.depth
     FROM indicator i LEFT JOIN indicator p ON p.id = i.parent_id WHERE i.version_id = $1 ORDER BY i.sort_order`,
    [versionId],
  );
  return rows.map(toTreeNode);
}

interface TreeRow {
  code: string;
  parent_code: string | null;
  name_vi: string;
  name_en: string;
  min_value: string;
  max_value: string;
  aggregation: Aggregation;
  weight: string | null;
  depth: number;
}

function toTreeNode(row: TreeRow): TreeNode {
  return {
    code: row.code,
    parentCode: row.parent_code,
    nameVi: row.name_vi,
    nameEn: row.name_en,
    min: Number(row.min_value),
    max: Number(row.max_value),
    aggregation: row.aggregation,
    weight: row.weight === null ? null : Number(row.weight),
    depth: row.depth,
  };
}

export async function unitRefs(manager: EntityManager, ids: readonly number[]): Promise<Map<number, UnitRef & { parentId: number | null }>> {
  const rows = await manager.query<Array<{ id: number; code: string; name: string; full_name: string; parent_id: number | null }>>(
    'SELECT id, code, name, full_name, parent_id FROM unit WHERE id = ANY($1::int[])',
    [[...ids]],
  );
  return new Map(rows.map((row) => [row.id, { id: row.id, code: row.code, name: row.name, fullName: row.full_name, parentId: row.parent_id }]));
}

/** value by unit, then by code, for one year */
export function byUnit(rows: readonly ValueRow[], year: number): Map<number, Map<string, ValueRow>> {
  const result = new Map<number, Map<string, ValueRow>>();
  for (const row of rows) {
    if (row.year !== year) continue;
    const unit = result.get(row.unitId) ?? new Map<string, ValueRow>();
    unit.set(row.code, row);
    result.set(row.unitId, unit);
  }
  return result;
}

/** Per indicator of the tree: the unit's value now and last year, and its peers' values now. */
export function observe(tree: readonly TreeNode[], unitId: number, thisYear: Map<number, Map<string, ValueRow>>, lastYear: Map<number, Map<string, ValueRow>>): IndicatorObservation[] {
  const own = thisYear.get(unitId);
  const previous = lastYear.get(unitId);
  return tree.map((node) => ({
    code: node.code,
    parentCode: node.parentCode,
    nameVi: node.nameVi,
    min: node.min,
    max: node.max,
    aggregation: node.aggregation,
    weight: node.weight,
    value: own?.get(node.code)?.value ?? null,
    previousValue: previous?.get(node.code)?.value ?? null,
    peerValues: [...thisYear.entries()].flatMap(([peer, values]) => (peer !== unitId && values.has(node.code) ? [values.get(node.code)!.value] : [])),
  }));
}

export interface UnitWeaknesses {
  tree: TreeNode[];
  weak: WeakIndicatorView[];
  total: number | null;
  previousTotal: number | null;
  simulated: boolean;
  /** The unit's value of each indicator code. */
  values: Map<string, number>;
}

/**
 * Weak indicators of every unit of a level below `ancestorId` in a year, each judged against the
 * units of the set (its peers) and its own previous year, by the rules of libs/domain.
 */
export async function weaknessesBelow(manager: EntityManager, framework: string, level: UnitLevel, year: number, ancestorId: number | null): Promise<Map<number, UnitWeaknesses>> {
  const rows = await currentValues(manager, framework, level, [year, year - 1], { ancestorId });
  const thisYear = byUnit(rows, year);
  const lastYear = byUnit(rows, year - 1);
  const versions = new Map<number, { tree: TreeNode[]; thresholds: WeaknessThresholds }>();
  const result = new Map<number, UnitWeaknesses>();
  for (const [unitId, values] of thisYear) {
    const versionId = [...values.values()][0]!.versionId;
    let version = versions.get(versionId);
    if (!version) {
      version = await versionDetails(manager, versionId);
      versions.set(versionId, version);
    }
    const totalCode = version.tree.find((node) => node.parentCode === null)?.code ?? 'TOTAL';
    result.set(unitId, {
      tree: version.tree,
      weak: findWeakIndicators(observe(version.tree, unitId, thisYear, lastYear), version.thresholds),
      total: values.get(totalCode)?.value ?? null,
      previousTotal: lastYear.get(unitId)?.get(totalCode)?.value ?? null,
      simulated: [...values.values()].some((row) => row.simulated),
      values: new Map([...values.entries()].map(([code, row]) => [code, row.value])),
    });
  }
  return result;
}
