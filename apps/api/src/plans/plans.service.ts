import type { PlanDetail, PlanInput, PlanSummary, PlanTask, PlanTaskDraft, TaskTimeline, UnitLevel, UnitRef } from '@govindex/contracts';
import { linkTaskToIndicator } from '@govindex/domain';
import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { requireRole, requireUnitInScope } from '../access/access-policy.js';
import type { Actor } from '../access/request-context.js';
import { ScopedDatabase } from '../access/scoped-database.js';
import { AuditService } from '../audit/audit.service.js';
import { CatalogService } from '../catalog/catalog.service.js';

/** Roles that write plans: officers for their own unit or those below it. Viewers only read. */
export const PLAN_WRITERS = ['admin', 'province_officer', 'district_officer', 'commune_officer'] as const;

interface PlanRow {
  id: number;
  unit_id: number;
  unit_code: string;
  unit_name: string;
  unit_full_name: string;
  year: number;
  frameworks: string[];
  number: string | null;
  issued_on: string | null;
  signer: string | null;
  status: PlanDetail['status'];
  parent_plan_id: number | null;
  refs: PlanDetail['references'];
  targets: PlanDetail['targets'];
  sections: PlanDetail['sections'];
  reporting_deadlines: PlanDetail['reportingDeadlines'];
  version: number;
  task_count: number;
  updated_at: Date;
}

interface TaskRow {
  id: number;
  position: number;
  framework: string | null;
  dimension: string | null;
  sub_dimension: string | null;
  indicator_code: string | null;
  task: string;
  product: string | null;
  lead: string | null;
  implementers: string | null;
  timeline: TaskTimeline;
  kpis: PlanTask['kpis'];
}

const PLAN_COLUMNS = `p.id, p.unit_id, u.code AS unit_code, u.name AS unit_name, u.full_name AS unit_full_name, p.year, p.frameworks,
  p.number, to_char(p.issued_on, 'YYYY-MM-DD') AS issued_on, p.signer, p.status, p.parent_plan_id, p.refs, p.targets,
  p.sections, p.reporting_deadlines, p.version, p.updated_at,
  (SELECT count(*)::int FROM plan_task t WHERE t.plan_id = p.id) AS task_count`;

/**
 * Plans of units and their task tables. Officers write the plans of units in their subtree; anyone
 * reads those plans and the plans of the units above them (a commune reads the district plan it
 * implements). Task dimensions are linked to the catalog when saved.
 */
@Injectable()
export class PlansService {
  constructor(
    private readonly scoped: ScopedDatabase,
    private readonly audit: AuditService,
    private readonly catalog: CatalogService,
  ) {}

  list(unitId: number | undefined, year: number | undefined): Promise<PlanSummary[]> {
    return this.scoped.run(async (manager, actor) => {
      if (unitId !== undefined) await requireUnitInScope(manager, actor, unitId);
      const root = unitId ?? (actor.role === 'admin' ? null : actor.unitId);
      const rows = await manager.query<PlanRow[]>(
        `SELECT ${PLAN_COLUMNS} FROM plan p JOIN unit u ON u.id = p.unit_id
         WHERE ($1::int IS NULL OR u.ancestry @> ARRAY[$1::int]) AND ($2::int IS NULL OR p.year = $2)
         ORDER BY p.year DESC, u.code, p.issued_on NULLS LAST, p.id
         LIMIT 2000`,
        [root, year ?? null],
      );
      return rows.map(toSummary);
    });
  }

  get(id: number): Promise<PlanDetail> {
    return this.scoped.run((manager, actor) => loadVisiblePlan(manager, actor, id));
  }

  /** `sourceFileName`: the document the plan was read from, kept for reference. */
  create(input: PlanInput, sourceFileName: string | null = null): Promise<PlanDetail> {
    return this.scoped.run(async (manager, actor) => {
      requireRole(actor, ...PLAN_WRITERS);
      await requireUnitInScope(manager, actor, input.unitId);
      const unit = await unitFacts(manager, input.unitId);
      await requireKnownFrameworks(manager, input.frameworks);
      const parentPlanId = await findParentPlan(manager, unit.parentId, input.year, input.frameworks);
      const [row] = await manager.query<Array<{ id: number }>>(
        `INSERT INTO plan (unit_id, province_id, year, frameworks, number, issued_on, signer, status, parent_plan_id, refs, targets,
                           sections, reporting_deadlines, created_by, source_file_name)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15) RETURNING id`,
        [...planColumns(input, unit, parentPlanId), actor.userId, sourceFileName],
      );
      const planId = row!.id;
      await this.saveTasks(manager, planId, unit, input);
      const created = await loadVisiblePlan(manager, actor, planId);
      await this.audit.record(manager, actor, { entity: 'plan', entityId: planId, action: 'create', unitId: unit.id, provinceId: unit.provinceId, before: null, after: created });
      return created;
    });
  }

  update(id: number, input: PlanInput): Promise<PlanDetail> {
    return this.scoped.run(async (manager, actor) => {
      requireRole(actor, ...PLAN_WRITERS);
      const before = await loadWritablePlan(manager, actor, id);
      if (input.version !== undefined && input.version !== before.version) {
        throw new ConflictException('Kế hoạch đã được người khác sửa sau khi bạn mở. Hãy tải lại rồi sửa tiếp.');
      }
      if (input.unitId !== before.unit.id) await requireUnitInScope(manager, actor, input.unitId);
      const unit = await unitFacts(manager, input.unitId);
      await requireKnownFrameworks(manager, input.frameworks);
      const parentPlanId = await findParentPlan(manager, unit.parentId, input.year, input.frameworks);
      await manager.query(
        `UPDATE plan SET unit_id = $2, province_id = $3, year = $4, frameworks = $5, number = $6, issued_on = $7, signer = $8, status = $9,
                         parent_plan_id = $10, refs = $11, targets = $12, sections = $13, reporting_deadlines = $14,
                         version = version + 1, updated_at = now()
         WHERE id = $1`,
        [id, ...planColumns(input, unit, parentPlanId)],
      );
      await this.saveTasks(manager, id, unit, input);
      const after = await loadVisiblePlan(manager, actor, id);
      await this.audit.record(manager, actor, { entity: 'plan', entityId: id, action: 'update', unitId: unit.id, provinceId: unit.provinceId, before, after });
      return after;
    });
  }

  remove(id: number): Promise<void> {
    return this.scoped.run(async (manager, actor) => {
      requireRole(actor, ...PLAN_WRITERS);
      const before = await loadWritablePlan(manager, actor, id);
      const [{ reports }] = (await manager.query<Array<{ reports: number }>>('SELECT count(*)::int AS reports FROM report WHERE plan_id = $1', [id])) as [{ reports: number }];
      if (reports > 0) throw new ConflictException(`Kế hoạch đã có ${reports} báo cáo: không xoá được. Hãy sửa kế hoạch thay vì xoá.`);
      await manager.query('DELETE FROM plan WHERE id = $1', [id]);
      await this.audit.record(manager, actor, { entity: 'plan', entityId: id, action: 'delete', unitId: before.unit.id, provinceId: null, before, after: null });
    });
  }

  /**
   * Replaces the task table: tasks sent with an id keep their row (and what reports said of them),
   * tasks without one are added, tasks no longer sent are removed unless a report refers to them.
   */
  private async saveTasks(manager: EntityManager, planId: number, unit: UnitFacts, input: PlanInput): Promise<void> {
    const kept = input.tasks.flatMap((task) => (task.id === undefined ? [] : [task.id]));
    const existing = await manager.query<Array<{ id: number }>>('SELECT id FROM plan_task WHERE plan_id = $1', [planId]);
    const existingIds = new Set(existing.map((row) => row.id));
    const foreign = kept.filter((taskId) => !existingIds.has(taskId));
    if (foreign.length > 0) throw new BadRequestException({ message: 'Có nhiệm vụ không thuộc kế hoạch này.', details: foreign.map((taskId) => `tasks: nhiệm vụ ${taskId}`) });
    const removed = [...existingIds].filter((taskId) => !kept.includes(taskId));
    if (removed.length > 0) {
      const reported = await manager.query<Array<{ position: number }>>(
        `SELECT DISTINCT t.position FROM plan_task t JOIN report_item i ON i.task_id = t.id WHERE t.id = ANY($1::int[]) ORDER BY 1`,
        [removed],
      );
      if (reported.length > 0) {
        throw new ConflictException({
          message: 'Không xoá được nhiệm vụ đã có trong báo cáo.',
          details: reported.map((row) => `Nhiệm vụ ${row.position}`),
        });
      }
      await manager.query('DELETE FROM plan_task WHERE id = ANY($1::int[])', [removed]);
    }
    // Positions are unique per plan: move every kept row out of the way before renumbering.
    await manager.query('UPDATE plan_task SET position = -position WHERE plan_id = $1', [planId]);
    const linker = await this.indicatorLinker(manager, unit, input.frameworks);
    for (const [index, task] of input.tasks.entries()) {
      const framework = task.framework ?? input.frameworks[0] ?? null;
      const values = [
        planId,
        unit.id,
        unit.provinceId,
        index + 1,
        framework,
        blankToNull(task.dimension),
        blankToNull(task.subDimension),
        linker(framework, task),
        task.task.trim(),
        blankToNull(task.product),
        blankToNull(task.lead),
        blankToNull(task.implementers),
        JSON.stringify(task.timeline),
        JSON.stringify(task.kpis),
      ];
      if (task.id === undefined) {
        await manager.query(
          `INSERT INTO plan_task (plan_id, unit_id, province_id, position, framework, dimension, sub_dimension, indicator_code, task, product,
                                  lead, implementers, timeline, kpis)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
          values,
        );
      } else {
        await manager.query(
          `UPDATE plan_task SET unit_id = $2, province_id = $3, position = $4, framework = $5, dimension = $6, sub_dimension = $7,
                  indicator_code = $8, task = $9, product = $10, lead = $11, implementers = $12, timeline = $13, kpis = $14
           WHERE plan_id = $1 AND id = $15`,
          [...values, task.id],
        );
      }
    }
  }

  /** Links a task's dimension names to the catalog version of its framework at the unit's level. */
  private async indicatorLinker(manager: EntityManager, unit: UnitFacts, frameworks: readonly string[]) {
    const trees = new Map<string, Awaited<ReturnType<CatalogService['frameworkAtLevel']>>['versions'][number]['indicators'] | null>();
    for (const code of frameworks) {
      try {
        const framework = await this.catalog.frameworkAtLevel(manager, code, unit.level, unit.provinceId);
        trees.set(code, framework.versions.at(-1)?.indicators ?? null);
      } catch {
        // A framework with no version at this level (PCI for a commune): tasks stay unlinked.
        trees.set(code, null);
      }
    }
    return (framework: string | null, task: PlanTaskDraft): string | null => {
      const tree = framework ? trees.get(framework) : null;
      return tree ? linkTaskToIndicator(task.dimension, task.subDimension, tree) : null;
    };
  }
}

interface UnitFacts {
  id: number;
  level: UnitLevel;
  parentId: number | null;
  provinceId: number;
}

async function unitFacts(manager: EntityManager, unitId: number): Promise<UnitFacts> {
  const [row] = await manager.query<Array<{ id: number; level: UnitLevel; parent_id: number | null; province_id: number }>>(
    `SELECT u.id, u.level, u.parent_id, u.ancestry[1] AS province_id FROM unit u WHERE u.id = $1`,
    [unitId],
  );
  if (!row) throw new NotFoundException(`Không tìm thấy đơn vị có mã số ${unitId}.`);
  return { id: row.id, level: row.level, parentId: row.parent_id, provinceId: row.province_id };
}

async function requireKnownFrameworks(manager: EntityManager, codes: readonly string[]): Promise<void> {
  const known = await manager.query<Array<{ code: string }>>('SELECT code FROM framework WHERE code = ANY($1::text[])', [codes]);
  const unknown = codes.filter((code) => !known.some((row) => row.code === code));
  if (unknown.length > 0) {
    throw new BadRequestException({ message: 'Có bộ chỉ số không có trong danh mục.', details: unknown.map((code) => `frameworks: "${code}" không có trong danh mục.`) });
  }
}

/** The parent unit's plan of the same year sharing a framework: the first issued, whose date starts the 15-working-day clock. */
async function findParentPlan(manager: EntityManager, parentUnitId: number | null, year: number, frameworks: readonly string[]): Promise<number | null> {
  if (parentUnitId === null) return null;
  const [row] = await manager.query<Array<{ id: number }>>(
    `SELECT id FROM plan WHERE unit_id = $1 AND year = $2 AND frameworks && $3::text[]
     ORDER BY status = 'issued' DESC, issued_on NULLS LAST, id LIMIT 1`,
    [parentUnitId, year, frameworks],
  );
  return row?.id ?? null;
}

/** The plan's own columns in table order, from unit_id to reporting_deadlines, as insert and update write them. */
function planColumns(input: PlanInput, unit: UnitFacts, parentPlanId: number | null): unknown[] {
  return [
    input.unitId,
    unit.provinceId,
    input.year,
    input.frameworks,
    blankToNull(input.number),
    input.issuedOn,
    blankToNull(input.signer),
    input.status,
    parentPlanId,
    JSON.stringify(input.references),
    JSON.stringify(input.targets),
    JSON.stringify(input.sections),
    JSON.stringify(input.reportingDeadlines),
  ];
}

function blankToNull(text: string | null | undefined): string | null {
  const trimmed = text?.trim();
  return trimmed ? trimmed : null;
}

function toSummary(row: PlanRow): PlanSummary {
  return {
    id: row.id,
    unit: { id: row.unit_id, code: row.unit_code, name: row.unit_name, fullName: row.unit_full_name } satisfies UnitRef,
    year: row.year,
    frameworks: row.frameworks,
    number: row.number,
    issuedOn: row.issued_on,
    status: row.status,
    taskCount: row.task_count,
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}

/** A plan the caller may read: in its subtree, or of a unit above it. Out of sight answers "not found". */
export async function loadVisiblePlan(manager: EntityManager, actor: Actor, id: number): Promise<PlanDetail> {
  const [row] = await manager.query<PlanRow[]>(
    `SELECT ${PLAN_COLUMNS} FROM plan p JOIN unit u ON u.id = p.unit_id
     WHERE p.id = $1 AND ($2::int IS NULL OR u.ancestry @> ARRAY[$2::int]
                          OR EXISTS (SELECT 1 FROM unit me WHERE me.id = $2 AND me.ancestry @> ARRAY[u.id]))`,
    [id, actor.role === 'admin' ? null : actor.unitId],
  );
  if (!row) throw new NotFoundException(`Không tìm thấy kế hoạch có mã số ${id}.`);
  const tasks = await manager.query<TaskRow[]>(
    `SELECT id, position, framework, dimension, sub_dimension, indicator_code, task, product, lead, implementers, timeline, kpis
     FROM plan_task WHERE plan_id = $1 ORDER BY position`,
    [id],
  );
  return {
    ...toSummary(row),
    signer: row.signer,
    parentPlanId: row.parent_plan_id,
    references: row.refs,
    targets: row.targets,
    sections: row.sections,
    reportingDeadlines: row.reporting_deadlines,
    version: row.version,
    tasks: tasks.map((task) => ({
      id: task.id,
      position: task.position,
      framework: task.framework,
      dimension: task.dimension,
      subDimension: task.sub_dimension,
      indicatorCode: task.indicator_code,
      task: task.task,
      product: task.product,
      lead: task.lead,
      implementers: task.implementers,
      timeline: task.timeline,
      kpis: task.kpis,
    })),
  };
}

/** A plan the caller may change: in its own subtree (reading a district plan from below gives no right to edit it). */
async function loadWritablePlan(manager: EntityManager, actor: Actor, id: number): Promise<PlanDetail> {
  const plan = await loadVisiblePlan(manager, actor, id);
  await requireUnitInScope(manager, actor, plan.unit.id).catch(() => {
    throw new NotFoundException(`Không tìm thấy kế hoạch có mã số ${id}.`);
  });
  return plan;
}
