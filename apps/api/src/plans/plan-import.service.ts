import type { InputIssue, PlanParseResponse, PlanTaskDraft, PlanTaskSheetResponse, UnitLevel, UnitRef } from '@govindex/contracts';
import { foldVietnamese, parseKpiTargets, parseTimeline, parseUnitName } from '@govindex/domain';
import { parsePlanText, PlanDocumentError, readPlanDocument } from '@govindex/plan-reader';
import { BadRequestException, Injectable } from '@nestjs/common';
import ExcelJS from 'exceljs';
import type { EntityManager } from 'typeorm';
import { requireRole } from '../access/access-policy.js';
import type { Actor } from '../access/request-context.js';
import { ScopedDatabase } from '../access/scoped-database.js';
import { readUploadedTable } from '../common/spreadsheet.js';
import { PLAN_WRITERS } from './plans.service.js';

/** Columns of the task table as the plans' appendix "Biểu tổng hợp nhiệm vụ" heads them. */
export const TASK_SHEET_COLUMNS = {
  position: 'TT',
  framework: 'Bộ chỉ số',
  dimension: 'Chỉ số nội dung',
  subDimension: 'Nội dung thành phần',
  task: 'Nhiệm vụ',
  product: 'Kết quả/Sản phẩm',
  lead: 'Đơn vị chủ trì',
  implementers: 'Đơn vị thực hiện',
  timeline: 'Thời gian thực hiện',
} as const;

const TASK_SHEET_EXAMPLE = [
  '1',
  'PAPI',
  'Tham gia của người dân ở cấp cơ sở',
  'Cơ hội tham gia',
  'Triển khai Luật Thực hiện dân chủ ở cơ sở đến 100% thôn, tổ dân phố',
  'Kế hoạch, công văn triển khai; 100% thôn, tổ dân phố được phổ biến',
  'UBND xã',
  'Văn phòng UBND; các thôn, tổ dân phố',
  'Quý II/2025',
];

/** The most tasks one plan holds (PlanInputDto's limit), and the most problems one answer lists. */
export const MAX_PLAN_TASKS = 1_000;
const MAX_TASK_SHEET_ISSUES = 1_000;

export interface UploadedFile {
  fileName: string;
  bytes: Buffer;
}

/**
 * Turns documents people already have into plan drafts: a plan's Word/PDF/text file read by the
 * framework-free plan reader, and the task table filled in the Excel template. Nothing is saved
 * here: the person reviews the draft and saves it through PlansService.
 */
@Injectable()
export class PlanImportService {
  constructor(private readonly scoped: ScopedDatabase) {}

  parseDocument(file: UploadedFile): Promise<PlanParseResponse> {
    return this.scoped.run(async (manager, actor) => {
      requireRole(actor, ...PLAN_WRITERS);
      let text: string;
      try {
        text = (await readPlanDocument(new Uint8Array(file.bytes), file.fileName)).text;
      } catch (error: unknown) {
        if (error instanceof PlanDocumentError) throw new BadRequestException({ message: error.message, details: [{ file: file.fileName, message: error.message } satisfies InputIssue] });
        throw error;
      }
      const draft = parsePlanText(text);
      return { fileName: file.fileName, draft, matchedUnit: await matchUnit(manager, actor, draft.unit.name, draft.unit.level, draft.issuedOn) };
    });
  }

  async taskTemplate(): Promise<Buffer> {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Nhiệm vụ');
    sheet.addRow(Object.values(TASK_SHEET_COLUMNS));
    sheet.addRow(TASK_SHEET_EXAMPLE);
    sheet.getRow(1).font = { bold: true };
    sheet.columns.forEach((column, index) => {
      column.width = [6, 10, 28, 28, 50, 40, 18, 28, 18][index] ?? 20;
      column.alignment = { wrapText: true, vertical: 'top' };
    });
    const notes = workbook.addWorksheet('Hướng dẫn');
    for (const line of [
      ['Mỗi dòng là một nhiệm vụ. Dòng 2 là ví dụ: sửa hoặc xoá trước khi nhập.'],
      ['Bộ chỉ số: PAPI, PAR_INDEX, SIPAS, DTI, DAN_VAN; để trống thì lấy bộ chỉ số đầu tiên của kế hoạch.'],
      ['Thời gian thực hiện: "Thường xuyên", "Quý II/2025", "Trước ngày 30/6/2025", "Tháng 9/2025" hoặc một sự kiện.'],
      ['Kết quả/Sản phẩm: các chỉ tiêu có số ("100%", "trên 95%", "ít nhất 2 lần/năm") được đọc tự động.'],
    ]) {
      notes.addRow(line);
    }
    return Buffer.from(await workbook.xlsx.writeBuffer());
  }

  parseTaskSheet(file: UploadedFile, year: number | null): Promise<PlanTaskSheetResponse> {
    return this.scoped.run(async (_manager, actor) => {
      requireRole(actor, ...PLAN_WRITERS);
      const table = await readUploadedTable(file.bytes, file.fileName);
      if (!table.ok) return { tasks: [], issues: table.issues.slice(0, MAX_TASK_SHEET_ISSUES) };
      if (table.table.records.length > MAX_PLAN_TASKS) {
        // A plan holds at most this many tasks (PlanInputDto): a longer sheet is not one plan's table.
        const message = `Bảng có ${table.table.records.length} dòng; một kế hoạch có tối đa ${MAX_PLAN_TASKS} nhiệm vụ.`;
        return { tasks: [], issues: [{ file: file.fileName, message }] };
      }
      const missing = [TASK_SHEET_COLUMNS.task].filter((column) => !table.table.header.includes(column));
      if (missing.length > 0) {
        return { tasks: [], issues: missing.map((column) => ({ file: file.fileName, row: 1, column, message: `Thiếu cột "${column}" (xem tệp mẫu).` })) };
      }
      const issues: InputIssue[] = [];
      const tasks: PlanTaskDraft[] = [];
      for (const record of table.table.records) {
        const cell = (column: string) => (record.values[column] ?? '').trim() || null;
        const task = cell(TASK_SHEET_COLUMNS.task);
        if (!task) {
          issues.push({ file: file.fileName, row: record.line, column: TASK_SHEET_COLUMNS.task, message: 'Dòng không có nội dung nhiệm vụ.' });
          continue;
        }
        const product = cell(TASK_SHEET_COLUMNS.product);
        const framework = cell(TASK_SHEET_COLUMNS.framework)?.toUpperCase().replace(/\s+/g, '_') ?? null;
        if (framework && !/^[A-Z_]{2,20}$/.test(framework)) {
          issues.push({ file: file.fileName, row: record.line, column: TASK_SHEET_COLUMNS.framework, message: `"${framework}" không phải mã bộ chỉ số (PAPI, PAR_INDEX, SIPAS, DTI, DAN_VAN).` });
        }
        tasks.push({
          framework,
          dimension: cell(TASK_SHEET_COLUMNS.dimension),
          subDimension: cell(TASK_SHEET_COLUMNS.subDimension),
          task,
          product,
          lead: cell(TASK_SHEET_COLUMNS.lead),
          implementers: cell(TASK_SHEET_COLUMNS.implementers),
          timeline: parseTimeline(cell(TASK_SHEET_COLUMNS.timeline) ?? '', year),
          kpis: parseKpiTargets(product ?? ''),
        });
      }
      return { tasks: issues.length > 0 ? [] : tasks, issues: issues.slice(0, MAX_TASK_SHEET_ISSUES) };
    });
  }
}

/**
 * The unit a plan names, among the caller's units of that level, preferring the one in force on the
 * issue date (names repeat across provinces and across the 2025 reform).
 */
async function matchUnit(manager: EntityManager, actor: Actor, name: string | null, level: UnitLevel | null, issuedOn: string | null): Promise<UnitRef | null> {
  if (!name) return null;
  const bare = level ? (parseUnitName(name, level)?.name ?? name) : name;
  const candidates = await manager.query<Array<{ id: number; code: string; name: string; full_name: string; current: boolean }>>(
    `SELECT id, code, name, full_name,
            ((valid_from IS NULL OR valid_from <= $4::date) AND (valid_until IS NULL OR valid_until >= $4::date)) AS current
     FROM unit
     WHERE ($1::text IS NULL OR level = $1) AND lower(name) = lower($2) AND ($3::int IS NULL OR ancestry @> ARRAY[$3::int])
     ORDER BY current DESC, id
     LIMIT 5`,
    [level, bare.trim(), actor.role === 'admin' ? null : actor.unitId, issuedOn ?? new Date().toISOString().slice(0, 10)],
  );
  const best = candidates.find((unit) => foldVietnamese(unit.name) === foldVietnamese(bare)) ?? candidates[0];
  return best ? { id: best.id, code: best.code, name: best.name, fullName: best.full_name } : null;
}
