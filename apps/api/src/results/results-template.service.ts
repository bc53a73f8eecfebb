import type { UnitLevel } from '@govindex/contracts';
import { RESULT_COLUMNS } from '@govindex/domain';
import { Injectable } from '@nestjs/common';
import ExcelJS from 'exceljs';
import { ScopedDatabase } from '../access/scoped-database.js';
import { CatalogService } from '../catalog/catalog.service.js';

export interface TemplateFile {
  fileName: string;
  contentType: string;
  body: Buffer;
}

/**
 * A file to fill in: the caller's units of that level already listed (as they stood at the end of the
 * year), one column per indicator of the version in force, and a sheet explaining each code.
 */
@Injectable()
export class ResultsTemplateService {
  constructor(
    private readonly scoped: ScopedDatabase,
    private readonly catalog: CatalogService,
  ) {}

  build(frameworkCode: string, level: UnitLevel, year: number, format: 'xlsx' | 'csv'): Promise<TemplateFile> {
    return this.scoped.run(async (manager, actor) => {
      const framework = await this.catalog.frameworkAtLevel(manager, frameworkCode, level, actor.provinceId);
      const version = framework.versions.find((candidate) => candidate.firstYear <= year && (candidate.lastYear ?? 9999) >= year);
      // Every node but the total, in tree order: fill dimensions, or their parts and let GovIndex add up.
      const leaves = (version ?? framework.versions.at(-1)!).indicators.filter((indicator) => indicator.parentCode !== null);
      const units = await manager.query<Array<{ code: string; full_name: string }>>(
        `SELECT code, full_name FROM unit
         WHERE level = $1 AND ($2::int IS NULL OR ancestry @> ARRAY[$2::int])
           AND (valid_from IS NULL OR valid_from <= make_date($3, 12, 31))
           AND (valid_until IS NULL OR valid_until >= make_date($3, 12, 31))
         ORDER BY code`,
        [level, actor.role === 'admin' ? null : actor.unitId, year],
      );
      const header = [RESULT_COLUMNS.unitCode[0], RESULT_COLUMNS.unitName[0], RESULT_COLUMNS.year[0], ...leaves.map((leaf) => leaf.code), RESULT_COLUMNS.rank[0], RESULT_COLUMNS.grade[0]];
      const rows = units.map((unit) => [unit.code, unit.full_name, String(year)]);
      const baseName = `mau-ket-qua-${framework.code.toLowerCase()}-${level}-${year}`;
      if (format === 'csv') {
        const csv = [header, ...rows].map((cells) => cells.map(csvCell).join(',')).join('\r\n');
        // The BOM makes Excel open the file as UTF-8, so Vietnamese names survive.
        return { fileName: `${baseName}.csv`, contentType: 'text/csv; charset=utf-8', body: Buffer.from(`\uFEFF${csv}\r\n`, 'utf8') };
      }
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('Kết quả');
      sheet.addRow(header).font = { bold: true };
      for (const row of rows) sheet.addRow([row[0], row[1], year]);
      sheet.columns.forEach((column, index) => {
        column.width = index === 1 ? 36 : 12;
      });
      sheet.views = [{ state: 'frozen', ySplit: 1 }];
      const guide = workbook.addWorksheet('Hướng dẫn');
      guide.addRow(['Mã cột', 'Nội dung', 'Tối thiểu', 'Tối đa']).font = { bold: true };
      guide.addRow([RESULT_COLUMNS.unitCode[0], 'Mã đơn vị (Tổng cục Thống kê); hoặc để trống và ghi tên ở cột ten_don_vi']);
      guide.addRow([RESULT_COLUMNS.year[0], 'Năm đánh giá']);
      for (const leaf of leaves) guide.addRow([leaf.code, leaf.nameVi, leaf.min, leaf.max]);
      guide.addRow([RESULT_COLUMNS.rank[0], 'Xếp hạng công bố (không bắt buộc)']);
      guide.addRow([RESULT_COLUMNS.grade[0], 'Xếp loại công bố (không bắt buộc)']);
      guide.addRow([]);
      guide.addRow(['Số thập phân viết bằng dấu phẩy (40,62) hoặc dấu chấm (40.62). Chỉ số cha được tính từ chỉ số con.']);
      guide.getColumn(2).width = 70;
      const body = Buffer.from(await workbook.xlsx.writeBuffer());
      return { fileName: `${baseName}.xlsx`, contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', body };
    });
  }
}

/**
 * One CSV cell: quoted when it must be, and never read as a formula by a spreadsheet (text starting with
 * =, +, -, @, tab or carriage return gets a leading apostrophe). Unit names are reference data today,
 * but the file goes to people's Excel.
 */
export function csvCell(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
