import type { FollowUpInput, FollowUpItem, FollowUpListResponse, FollowUpStatus, FollowUpUpdate } from '@govindex/contracts';
import { BadRequestException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import ExcelJS from 'exceljs';
import type { EntityManager } from 'typeorm';
import { requireRole, requireUnitInScope } from '../access/access-policy.js';
import type { Actor } from '../access/request-context.js';
import { ScopedDatabase } from '../access/scoped-database.js';
import { AuditService } from '../audit/audit.service.js';
import { NotificationsService } from '../notifications/notifications.service.js';

const FOLLOWERS = ['admin', 'province_officer', 'district_officer'] as const;

interface ItemRow {
  id: number;
  unit_id: number;
  code: string;
  name: string;
  full_name: string;
  framework: string;
  year: number;
  indicator_code: string | null;
  indicator_name: string | null;
  reason_kind: FollowUpItem['reasonKind'];
  reason: string;
  action_requested: string;
  due_on: string;
  status: FollowUpStatus;
  response: string | null;
  responded_at: Date | null;
  created_at: Date;
  created_by: string | null;
}

/** Items of `source` (the table, or the rows a statement just wrote) with their unit, indicator and author. */
const itemQuery = (source = 'follow_up_item') => `SELECT f.id, f.unit_id, u.code, u.name, u.full_name, f.framework, f.year, f.indicator_code,
    (SELECT i.name_vi FROM indicator i JOIN framework_version v ON v.id = i.version_id JOIN framework fw ON fw.id = v.framework_id
     WHERE fw.code = f.framework AND i.code = f.indicator_code AND v.level = u.level AND v.first_year <= f.year
     ORDER BY v.first_year DESC LIMIT 1) AS indicator_name,
    f.reason_kind, f.reason, f.action_requested, to_char(f.due_on, 'YYYY-MM-DD') AS due_on, f.status, f.response, f.responded_at,
    f.created_at, cu.email AS created_by
  FROM ${source} f JOIN unit u ON u.id = f.unit_id LEFT JOIN app_user cu ON cu.id = f.created_by`;

const STATUS_VI: Record<FollowUpStatus, string> = { open: 'Đang chờ', answered: 'Đã trả lời', closed: 'Đã đóng' };

/**
 * The district's follow-up list: items it asks of its communes (from a weak indicator or a lagging
 * reason), which each commune sees and answers. Higher levels create and close; the commune answers.
 */
@Injectable()
export class FollowUpService {
  constructor(
    private readonly scoped: ScopedDatabase,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
  ) {}

  list(unitId: number | undefined, status: FollowUpStatus | undefined): Promise<FollowUpListResponse> {
    return this.scoped.run(async (manager, actor) => ({ items: await listItems(manager, actor, unitId, status) }));
  }

  create(input: FollowUpInput): Promise<FollowUpItem> {
    return this.scoped.run(async (manager, actor) => {
      requireRole(actor, ...FOLLOWERS);
      await requireUnitInScope(manager, actor, input.unitId);
      if (input.unitId === actor.unitId) throw new BadRequestException({ message: 'Yêu cầu theo dõi gửi cho đơn vị cấp dưới.', details: ['unitId: phải là đơn vị cấp dưới.'] });
      const [unit] = await manager.query<Array<{ province_id: number }>>('SELECT ancestry[1] AS province_id FROM unit WHERE id = $1', [input.unitId]);
      // Written and read back in one statement (the unit was checked in scope above).
      const [row] = await manager.query<ItemRow[]>(
        `WITH inserted AS (
           INSERT INTO follow_up_item (unit_id, province_id, framework, year, indicator_code, reason_kind, reason, action_requested, due_on, created_by)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING *
         )
         ${itemQuery('inserted')}`,
        [input.unitId, unit!.province_id, input.framework, input.year, input.indicatorCode?.toUpperCase() ?? null, input.reasonKind, input.reason.trim(), input.actionRequested.trim(), input.dueOn, actor.userId],
      );
      const item = toItem(row!);
      await this.notifications.notifyUnitOfficers(manager, input.unitId, {
        kind: 'follow_up',
        title: `Yêu cầu theo dõi: ${item.indicatorName ?? item.framework}`,
        body: `${item.actionRequested} (hạn ${item.dueOn.split('-').reverse().join('/')})`,
        link: '/theo-doi',
        dedupeKey: `follow_up:${item.id}`,
      });
      await this.audit.record(manager, actor, { entity: 'follow_up_item', entityId: item.id, action: 'create', unitId: input.unitId, provinceId: unit!.province_id, before: null, after: item });
      return item;
    });
  }

  update(id: number, change: FollowUpUpdate): Promise<FollowUpItem> {
    return this.scoped.run(async (manager, actor) => {
      const before = await loadItem(manager, actor, id);
      const ownUnit = actor.unitId === before.unit.id;
      let status = before.status;
      let response = before.response;
      if (change.response !== undefined) {
        // Only the unit asked answers (its officers, not its read-only leaders); an answer moves an open item to answered.
        requireRole(actor, 'commune_officer', 'district_officer', 'province_officer');
        if (!ownUnit) throw new ForbiddenException('Chỉ đơn vị được yêu cầu mới trả lời.');
        response = change.response?.trim() || null;
        if (response && status === 'open') status = 'answered';
      }
      if (change.status !== undefined) {
        // Closing and reopening belong to the level that asked.
        requireRole(actor, ...FOLLOWERS);
        if (ownUnit) throw new ForbiddenException('Đơn vị cấp trên mới đóng hoặc mở lại yêu cầu.');
        status = change.status;
      }
      if (status === 'answered' && !response) throw new BadRequestException({ message: 'Cần nội dung trả lời.', details: ['response: bắt buộc khi trả lời.'] });
      await manager.query(
        `UPDATE follow_up_item SET status = $2, response = $3,
                responded_at = CASE WHEN $3::text IS DISTINCT FROM response THEN now() ELSE responded_at END,
                responded_by = CASE WHEN $3::text IS DISTINCT FROM response THEN $4 ELSE responded_by END,
                updated_at = now()
         WHERE id = $1`,
        [id, status, response, actor.userId],
      );
      const after = await loadItem(manager, actor, id);
      await this.audit.record(manager, actor, { entity: 'follow_up_item', entityId: id, action: 'update', unitId: before.unit.id, provinceId: null, before, after });
      return after;
    });
  }

  export(unitId: number | undefined, status: FollowUpStatus | undefined): Promise<Buffer> {
    return this.scoped.run(async (manager, actor) => {
      const items = await listItems(manager, actor, unitId, status);
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('Theo dõi');
      sheet.columns = [
        { header: 'STT', width: 6 },
        { header: 'Đơn vị', width: 28 },
        { header: 'Bộ chỉ số', width: 11 },
        { header: 'Năm', width: 7 },
        { header: 'Chỉ số', width: 34 },
        { header: 'Lý do', width: 40 },
        { header: 'Việc yêu cầu', width: 44 },
        { header: 'Hạn', width: 12 },
        { header: 'Trạng thái', width: 13 },
        { header: 'Trả lời của đơn vị', width: 44 },
      ];
      items.forEach((item, index) => {
        // Every text cell is written as a string value, never a formula: "=…" typed by a user stays text.
        sheet.addRow([
          index + 1,
          item.unit.fullName,
          item.framework,
          item.year,
          [item.indicatorCode, item.indicatorName].filter(Boolean).join(' ') || '',
          item.reason,
          item.actionRequested,
          new Date(`${item.dueOn}T00:00:00Z`),
          STATUS_VI[item.status],
          item.response ?? '',
        ]);
      });
      sheet.getColumn(8).numFmt = 'dd/mm/yyyy';
      sheet.getRow(1).font = { bold: true };
      sheet.eachRow((row) => {
        row.alignment = { wrapText: true, vertical: 'top' };
      });
      return Buffer.from(await workbook.xlsx.writeBuffer());
    });
  }
}

async function listItems(manager: EntityManager, actor: Actor, unitId: number | undefined, status: FollowUpStatus | undefined): Promise<FollowUpItem[]> {
  if (unitId !== undefined) await requireUnitInScope(manager, actor, unitId);
  const root = unitId ?? (actor.role === 'admin' ? null : actor.unitId);
  const rows = await manager.query<ItemRow[]>(
    `${itemQuery()} WHERE ($1::int IS NULL OR u.ancestry @> ARRAY[$1::int]) AND ($2::text IS NULL OR f.status = $2)
     ORDER BY f.status = 'closed', f.due_on, f.id LIMIT 2000`,
    [root, status ?? null],
  );
  return rows.map(toItem);
}

async function loadItem(manager: EntityManager, actor: Actor, id: number): Promise<FollowUpItem> {
  const [row] = await manager.query<ItemRow[]>(`${itemQuery()} WHERE f.id = $1 AND ($2::int IS NULL OR u.ancestry @> ARRAY[$2::int])`, [id, actor.role === 'admin' ? null : actor.unitId]);
  if (!row) throw new NotFoundException(`Không tìm thấy yêu cầu theo dõi có mã số ${id}.`);
  return toItem(row);
}

function toItem(row: ItemRow): FollowUpItem {
  return {
    id: row.id,
    unit: { id: row.unit_id, code: row.code, name: row.name, fullName: row.full_name },
    framework: row.framework,
    year: row.year,
    indicatorCode: row.indicator_code,
    indicatorName: row.indicator_name,
    reasonKind: row.reason_kind,
    reason: row.reason,
    actionRequested: row.action_requested,
    dueOn: row.due_on,
    status: row.status,
    response: row.response,
    respondedAt: row.responded_at === null ? null : new Date(row.responded_at).toISOString(),
    createdAt: new Date(row.created_at).toISOString(),
    createdBy: row.created_by,
  };
}
