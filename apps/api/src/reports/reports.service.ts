import type {
  ReportDetail,
  ReportEvidence,
  ReportingPeriod,
  ReportingPeriodInput,
  ReportItem,
  ReportItemsInput,
  ReportReviewInput,
  ReportSummary,
  TaskProgress,
  UnitRef,
} from '@govindex/contracts';
import { classifyTimeliness } from '@govindex/domain';
import { BadRequestException, ConflictException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { requireRole, requireUnitInScope } from '../access/access-policy.js';
import type { Actor } from '../access/request-context.js';
import { ScopedDatabase } from '../access/scoped-database.js';
import { AuditService } from '../audit/audit.service.js';
import { Clock } from '../common/clock.js';
import { PLAN_WRITERS } from '../plans/plans.service.js';
import { NotificationsService } from '../notifications/notifications.service.js';

/** Who sets reporting periods and reviews reports: the levels that follow communes up. */
const REVIEWERS = ['admin', 'province_officer', 'district_officer'] as const;

interface PeriodRow {
  id: number;
  unit_id: number;
  unit_code: string;
  unit_name: string;
  unit_full_name: string;
  year: number;
  kind: ReportingPeriod['kind'];
  title: string;
  due_on: string;
  data_from: string | null;
  data_to: string | null;
}

const PERIOD_COLUMNS = `rp.id, rp.unit_id, pu.code AS unit_code, pu.name AS unit_name, pu.full_name AS unit_full_name, rp.year, rp.kind,
  rp.title, to_char(rp.due_on, 'YYYY-MM-DD') AS due_on, to_char(rp.data_from, 'YYYY-MM-DD') AS data_from,
  to_char(rp.data_to, 'YYYY-MM-DD') AS data_to`;

/**
 * SQL predicate on `rp`: the period was set by the unit `parameter`, a unit above it or a unit below it.
 * A semi-join on unit ids, so that periods are read through their unit index: the OR it replaced made
 * PostgreSQL read every period and check each against the row-level policies (docs/RELIABILITY.md, soak).
 */
export function periodSetAround(parameter: string): string {
  return `rp.unit_id IN (SELECT unnest(ancestry) FROM unit WHERE id = ${parameter}
                         UNION ALL SELECT below.id FROM unit below WHERE below.ancestry @> ARRAY[${parameter}::int])`;
}

interface ReportRow extends PeriodRow {
  report_id: number;
  report_unit_id: number;
  report_unit_code: string;
  report_unit_name: string;
  report_unit_full_name: string;
  plan_id: number;
  status: ReportSummary['status'];
  first_submitted_at: Date | null;
  version: number;
  review_comment: string | null;
}

const REPORT_QUERY = `SELECT r.id AS report_id, r.unit_id AS report_unit_id, ru.code AS report_unit_code, ru.name AS report_unit_name,
    ru.full_name AS report_unit_full_name, r.plan_id, r.status, r.first_submitted_at, r.version, r.review_comment, ${PERIOD_COLUMNS}
  FROM report r
  JOIN unit ru ON ru.id = r.unit_id
  JOIN reporting_period rp ON rp.id = r.period_id
  JOIN unit pu ON pu.id = rp.unit_id`;

export const MAX_EVIDENCE_BYTES = 10 * 1024 * 1024;

/**
 * Reporting periods a district (or province) sets, and the reports its communes submit against their
 * plan's tasks: draft → submitted → approved or returned (and resubmitted). Timeliness is decided by
 * the first submission. Every submission and review keeps the items as they stood (report_event).
 */
@Injectable()
export class ReportsService {
  constructor(
    private readonly scoped: ScopedDatabase,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly clock: Clock,
  ) {}

  listPeriods(unitId: number | undefined, year: number | undefined): Promise<ReportingPeriod[]> {
    return this.scoped.run(async (manager, actor) => {
      if (unitId !== undefined) await requireUnitInScope(manager, actor, unitId);
      const anchor = unitId ?? actor.unitId;
      // The periods set by the unit, the units above it, and (for a district or province) the units below it.
      const byUnit = anchor === null ? '$1::int IS NULL' : periodSetAround('$1');
      const rows = await manager.query<PeriodRow[]>(
        `SELECT ${PERIOD_COLUMNS} FROM reporting_period rp JOIN unit pu ON pu.id = rp.unit_id
         WHERE ${byUnit} AND ($2::int IS NULL OR rp.year = $2)
         ORDER BY rp.year DESC, rp.due_on, rp.id LIMIT 500`,
        [anchor, year ?? null],
      );
      return rows.map(toPeriod);
    });
  }

  createPeriod(input: ReportingPeriodInput): Promise<ReportingPeriod> {
    return this.scoped.run(async (manager, actor) => {
      requireRole(actor, ...REVIEWERS);
      await requireUnitInScope(manager, actor, input.unitId);
      const [unit] = await manager.query<Array<{ level: string; province_id: number }>>('SELECT level, ancestry[1] AS province_id FROM unit WHERE id = $1', [input.unitId]);
      if (unit?.level === 'commune') throw new BadRequestException({ message: 'Kỳ báo cáo do cấp huyện hoặc cấp tỉnh đặt.', details: ['unitId: phải là đơn vị cấp huyện hoặc tỉnh.'] });
      if (input.dataFrom && input.dataTo && input.dataFrom > input.dataTo) {
        throw new BadRequestException({ message: 'Thời gian chốt số liệu không hợp lệ.', details: ['dataTo: phải sau dataFrom.'] });
      }
      // Written and read back in one statement (the unit was checked in scope above).
      const [row] = await manager.query<PeriodRow[]>(
        `WITH rp AS (
           INSERT INTO reporting_period (unit_id, province_id, year, kind, title, due_on, data_from, data_to, created_by)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING *
         )
         SELECT ${PERIOD_COLUMNS} FROM rp JOIN unit pu ON pu.id = rp.unit_id`,
        [input.unitId, unit!.province_id, input.year, input.kind, input.title.trim(), input.dueOn, input.dataFrom, input.dataTo, actor.userId],
      );
      const period = toPeriod(row!);
      await this.audit.record(manager, actor, { entity: 'reporting_period', entityId: period.id, action: 'create', unitId: input.unitId, provinceId: unit!.province_id, before: null, after: period });
      return period;
    });
  }

  removePeriod(id: number): Promise<void> {
    return this.scoped.run(async (manager, actor) => {
      requireRole(actor, ...REVIEWERS);
      const period = await loadPeriod(manager, actor, id);
      await requireUnitInScope(manager, actor, period.unit.id).catch(() => {
        throw new NotFoundException(`Không tìm thấy kỳ báo cáo có mã số ${id}.`);
      });
      const [{ submitted }] = (await manager.query<Array<{ submitted: number }>>(
        `SELECT count(*)::int AS submitted FROM report WHERE period_id = $1 AND first_submitted_at IS NOT NULL`,
        [id],
      )) as [{ submitted: number }];
      if (submitted > 0) throw new ConflictException(`Kỳ báo cáo đã có ${submitted} báo cáo được nộp: không xoá được.`);
      await manager.query('DELETE FROM reporting_period WHERE id = $1', [id]);
      await this.audit.record(manager, actor, { entity: 'reporting_period', entityId: id, action: 'delete', unitId: period.unit.id, provinceId: null, before: period, after: null });
    });
  }

  list(unitId: number | undefined, periodId: number | undefined): Promise<ReportSummary[]> {
    return this.scoped.run(async (manager, actor) => {
      if (unitId !== undefined) await requireUnitInScope(manager, actor, unitId);
      const root = unitId ?? (actor.role === 'admin' ? null : actor.unitId);
      const rows = await manager.query<ReportRow[]>(
        `${REPORT_QUERY}
         WHERE ($1::int IS NULL OR ru.ancestry @> ARRAY[$1::int]) AND ($2::int IS NULL OR r.period_id = $2)
         ORDER BY rp.due_on DESC, ru.code LIMIT 2000`,
        [root, periodId ?? null],
      );
      return rows.map((row) => this.toSummary(row));
    });
  }

  get(id: number): Promise<ReportDetail> {
    return this.scoped.run((manager, actor) => this.loadReport(manager, actor, id));
  }

  create(periodId: number, unitId: number): Promise<ReportDetail> {
    return this.scoped.run(async (manager, actor) => {
      requireRole(actor, ...PLAN_WRITERS);
      await requireUnitInScope(manager, actor, unitId);
      const period = await loadPeriod(manager, actor, periodId);
      const [unit] = await manager.query<Array<{ ancestry: number[] }>>('SELECT ancestry FROM unit WHERE id = $1', [unitId]);
      if (!unit || unitId === period.unit.id || !unit.ancestry.includes(period.unit.id)) {
        throw new NotFoundException(`Không tìm thấy kỳ báo cáo có mã số ${periodId} cho đơn vị này.`);
      }
      const [plan] = await manager.query<Array<{ id: number; province_id: number }>>(
        `SELECT id, province_id FROM plan WHERE unit_id = $1 AND year = $2 ORDER BY status = 'issued' DESC, issued_on DESC NULLS LAST, id DESC LIMIT 1`,
        [unitId, period.year],
      );
      if (!plan) throw new ConflictException(`Đơn vị chưa có kế hoạch năm ${period.year}: hãy nhập kế hoạch trước khi lập báo cáo.`);
      const [existing] = await manager.query<Array<{ id: number }>>('SELECT id FROM report WHERE period_id = $1 AND unit_id = $2', [periodId, unitId]);
      if (existing) throw new ConflictException({ message: 'Đơn vị đã có báo cáo cho kỳ này.', details: [`report: ${existing.id}`] });
      const [row] = await manager.query<Array<{ id: number }>>(
        `INSERT INTO report (period_id, unit_id, province_id, plan_id, status) VALUES ($1, $2, $3, $4, 'draft') RETURNING id`,
        [periodId, unitId, plan.province_id, plan.id],
      );
      await manager.query(
        `INSERT INTO report_item (report_id, task_id, unit_id, province_id, status)
         SELECT $1, t.id, $2, $3, 'not_started' FROM plan_task t WHERE t.plan_id = $4`,
        [row!.id, unitId, plan.province_id, plan.id],
      );
      const created = await this.loadReport(manager, actor, row!.id);
      await this.audit.record(manager, actor, { entity: 'report', entityId: created.id, action: 'create', unitId, provinceId: plan.province_id, before: null, after: created });
      return created;
    });
  }

  saveItems(id: number, input: ReportItemsInput): Promise<ReportDetail> {
    return this.scoped.run(async (manager, actor) => {
      requireRole(actor, ...PLAN_WRITERS);
      const before = await this.loadEditable(manager, actor, id, input.version);
      const known = new Set(before.items.map((item) => item.taskId));
      const foreign = input.items.filter((item) => !known.has(item.taskId));
      if (foreign.length > 0) throw new BadRequestException({ message: 'Có nhiệm vụ không thuộc báo cáo này.', details: foreign.map((item) => `items: nhiệm vụ ${item.taskId}`) });
      for (const item of input.items) {
        await manager.query(
          `UPDATE report_item SET status = $3, result = $4, kpi_actual = $5, links = $6 WHERE report_id = $1 AND task_id = $2`,
          [id, item.taskId, item.status, item.result?.trim() || null, item.kpiActual, item.links],
        );
      }
      await manager.query('UPDATE report SET version = version + 1, updated_at = now() WHERE id = $1', [id]);
      const after = await this.loadReport(manager, actor, id);
      await this.audit.record(manager, actor, { entity: 'report', entityId: id, action: 'update', unitId: before.unit.id, provinceId: null, before: { items: before.items }, after: { items: after.items } });
      return after;
    });
  }

  submit(id: number): Promise<ReportDetail> {
    return this.scoped.run(async (manager, actor) => {
      requireRole(actor, ...PLAN_WRITERS);
      const before = await this.loadEditable(manager, actor, id);
      const now = this.clock.now();
      await manager.query(
        `UPDATE report SET status = 'submitted', first_submitted_at = coalesce(first_submitted_at, $2), version = version + 1, updated_at = $2 WHERE id = $1`,
        [id, now],
      );
      await this.recordEvent(manager, actor, id, before, 'submitted', null, now);
      const after = await this.loadReport(manager, actor, id);
      await this.audit.record(manager, actor, { entity: 'report', entityId: id, action: 'update', unitId: before.unit.id, provinceId: null, before: { status: before.status }, after: { status: after.status } });
      return after;
    });
  }

  review(id: number, input: ReportReviewInput): Promise<ReportDetail> {
    return this.scoped.run(async (manager, actor) => {
      requireRole(actor, ...REVIEWERS);
      const before = await this.loadReport(manager, actor, id);
      if (actor.unitId === before.unit.id) throw new ForbiddenException('Đơn vị không tự duyệt báo cáo của mình.');
      if (before.status !== 'submitted') throw new ConflictException('Chỉ duyệt hoặc trả lại báo cáo đã nộp.');
      if (input.decision === 'return' && !input.comment?.trim()) {
        throw new BadRequestException({ message: 'Trả lại báo cáo cần nêu lý do.', details: ['comment: bắt buộc khi trả lại.'] });
      }
      const status = input.decision === 'approve' ? 'approved' : 'returned';
      const now = this.clock.now();
      await manager.query('UPDATE report SET status = $2, review_comment = $3, version = version + 1, updated_at = $4 WHERE id = $1', [id, status, input.comment?.trim() || null, now]);
      await this.recordEvent(manager, actor, id, before, status, input.comment?.trim() || null, now);
      await this.notifications.notifyUnitOfficers(manager, before.unit.id, {
        kind: 'report_reviewed',
        title: status === 'approved' ? `Báo cáo "${before.period.title}" đã được duyệt` : `Báo cáo "${before.period.title}" bị trả lại`,
        body: input.comment?.trim() || (status === 'approved' ? 'Báo cáo đã được duyệt.' : 'Báo cáo cần sửa và nộp lại.'),
        link: `/bao-cao/${id}`,
        dedupeKey: `report_reviewed:${id}:${before.version}`,
      });
      const after = await this.loadReport(manager, actor, id);
      await this.audit.record(manager, actor, { entity: 'report', entityId: id, action: 'update', unitId: before.unit.id, provinceId: null, before: { status: before.status }, after: { status, comment: after.reviewComment } });
      return after;
    });
  }

  addEvidence(id: number, taskId: number, file: { fileName: string; contentType: string; bytes: Buffer }): Promise<ReportEvidence> {
    return this.scoped.run(async (manager, actor) => {
      requireRole(actor, ...PLAN_WRITERS);
      const report = await this.loadEditable(manager, actor, id);
      if (!report.items.some((item) => item.taskId === taskId)) throw new NotFoundException(`Báo cáo không có nhiệm vụ ${taskId}.`);
      if (file.bytes.length === 0) throw new BadRequestException({ message: 'Tệp minh chứng rỗng.', details: [{ file: file.fileName, message: 'Tệp rỗng.' }] });
      const [province] = await manager.query<Array<{ province_id: number }>>('SELECT province_id FROM report WHERE id = $1', [id]);
      const [row] = await manager.query<Array<{ id: number }>>(
        `INSERT INTO report_evidence (report_id, task_id, unit_id, province_id, file_name, content_type, sha256, bytes, uploaded_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
        [id, taskId, report.unit.id, province!.province_id, file.fileName.slice(0, 255), file.contentType.slice(0, 100), createHash('sha256').update(file.bytes).digest('hex'), file.bytes, actor.userId],
      );
      await this.audit.record(manager, actor, { entity: 'report_evidence', entityId: row!.id, action: 'create', unitId: report.unit.id, provinceId: null, before: null, after: { reportId: id, taskId, fileName: file.fileName, sizeBytes: file.bytes.length } });
      return { id: row!.id, kind: 'file', name: file.fileName, sizeBytes: file.bytes.length };
    });
  }

  evidence(id: number, evidenceId: number): Promise<{ fileName: string; bytes: Buffer }> {
    return this.scoped.run(async (manager, actor) => {
      await this.loadReport(manager, actor, id);
      const [row] = await manager.query<Array<{ file_name: string; bytes: Buffer }>>('SELECT file_name, bytes FROM report_evidence WHERE id = $1 AND report_id = $2', [evidenceId, id]);
      if (!row) throw new NotFoundException(`Không tìm thấy minh chứng có mã số ${evidenceId}.`);
      return { fileName: row.file_name, bytes: row.bytes };
    });
  }

  private async loadEditable(manager: EntityManager, actor: Actor, id: number, version?: number): Promise<ReportDetail> {
    const report = await this.loadReport(manager, actor, id);
    if (report.status !== 'draft' && report.status !== 'returned') throw new ConflictException('Báo cáo đã nộp: chỉ sửa được khi còn là bản nháp hoặc bị trả lại.');
    if (version !== undefined && version !== report.version) throw new ConflictException('Báo cáo đã được sửa sau khi bạn mở. Hãy tải lại rồi sửa tiếp.');
    return report;
  }

  private async recordEvent(manager: EntityManager, actor: Actor, id: number, report: ReportDetail, action: 'submitted' | 'approved' | 'returned', comment: string | null, at: Date): Promise<void> {
    const [{ version }] = (await manager.query<Array<{ version: number }>>('SELECT version FROM report WHERE id = $1', [id])) as [{ version: number }];
    await manager.query(
      `INSERT INTO report_event (report_id, unit_id, province_id, version, action, comment, items, actor_user_id, actor_name, at)
       SELECT id, unit_id, province_id, $2, $3, $4, $5, $6, (SELECT display_name FROM app_user WHERE id = $6), $7 FROM report WHERE id = $1`,
      [id, version, action, comment, JSON.stringify(report.items), actor.userId, at],
    );
  }

  private async loadReport(manager: EntityManager, actor: Actor, id: number): Promise<ReportDetail> {
    const [row] = await manager.query<ReportRow[]>(`${REPORT_QUERY} WHERE r.id = $1 AND ($2::int IS NULL OR ru.ancestry @> ARRAY[$2::int])`, [
      id,
      actor.role === 'admin' ? null : actor.unitId,
    ]);
    if (!row) throw new NotFoundException(`Không tìm thấy báo cáo có mã số ${id}.`);
    const items = await manager.query<Array<{ task_id: number; task: string; indicator_code: string | null; status: TaskProgress; result: string | null; kpi_actual: string | null; links: string[] }>>(
      `SELECT i.task_id, t.task, t.indicator_code, i.status, i.result, i.kpi_actual, i.links
       FROM report_item i JOIN plan_task t ON t.id = i.task_id WHERE i.report_id = $1 ORDER BY t.position`,
      [id],
    );
    const files = await manager.query<Array<{ id: number; task_id: number; file_name: string; size: number }>>(
      'SELECT id, task_id, file_name, octet_length(bytes) AS size FROM report_evidence WHERE report_id = $1 ORDER BY id',
      [id],
    );
    const events = await manager.query<Array<{ version: number; action: 'submitted' | 'approved' | 'returned'; at: Date; actor_name: string | null; comment: string | null }>>(
      `SELECT e.version, e.action, e.at, e.actor_name, e.comment FROM report_event e WHERE e.report_id = $1 ORDER BY e.id DESC`,
      [id],
    );
    return {
      ...this.toSummary(row),
      items: items.map(
        (item): ReportItem => ({
          taskId: item.task_id,
          task: item.task,
          indicatorCode: item.indicator_code,
          status: item.status,
          result: item.result,
          kpiActual: item.kpi_actual === null ? null : Number(item.kpi_actual),
          evidence: [
            ...files.filter((file) => file.task_id === item.task_id).map((file): ReportEvidence => ({ id: file.id, kind: 'file', name: file.file_name, sizeBytes: Number(file.size) })),
            ...item.links.map((link, index): ReportEvidence => ({ id: -(index + 1), kind: 'link', name: link, sizeBytes: null })),
          ],
        }),
      ),
      history: events.map((event) => ({ version: event.version, action: event.action, at: new Date(event.at).toISOString(), by: event.actor_name, comment: event.comment })),
    };
  }

  private toSummary(row: ReportRow): ReportSummary {
    const submittedAt = row.first_submitted_at === null ? null : new Date(row.first_submitted_at);
    return {
      id: row.report_id,
      period: toPeriod(row),
      unit: { id: row.report_unit_id, code: row.report_unit_code, name: row.report_unit_name, fullName: row.report_unit_full_name },
      planId: row.plan_id,
      status: row.status,
      submittedAt: submittedAt?.toISOString() ?? null,
      timeliness: classifyTimeliness(row.due_on, submittedAt, this.clock.now()),
      version: row.version,
      reviewComment: row.review_comment,
    };
  }
}

/** A period the caller may see: set in its subtree or by a unit above it. */
export async function loadPeriod(manager: EntityManager, actor: Actor, id: number): Promise<ReportingPeriod> {
  const [row] = await manager.query<PeriodRow[]>(
    `SELECT ${PERIOD_COLUMNS} FROM reporting_period rp JOIN unit pu ON pu.id = rp.unit_id
     WHERE rp.id = $1 AND ($2::int IS NULL OR pu.ancestry @> ARRAY[$2::int]
                          OR EXISTS (SELECT 1 FROM unit me WHERE me.id = $2 AND me.ancestry @> ARRAY[pu.id]))`,
    [id, actor.role === 'admin' ? null : actor.unitId],
  );
  if (!row) throw new NotFoundException(`Không tìm thấy kỳ báo cáo có mã số ${id}.`);
  return toPeriod(row);
}

export function toPeriod(row: PeriodRow): ReportingPeriod {
  const unit: UnitRef = { id: row.unit_id, code: row.unit_code, name: row.unit_name, fullName: row.unit_full_name };
  return { id: row.id, unit, year: row.year, kind: row.kind, title: row.title, dueOn: row.due_on, dataFrom: row.data_from, dataTo: row.data_to };
}
