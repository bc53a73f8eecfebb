import type { InputIssue } from '@govindex/contracts';
import { parseCsv, type CsvParseResult, type CsvTable } from '@govindex/domain';
import ExcelJS from 'exceljs';

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/** What a results workbook may unpack to: far above any real one, far below what would exhaust memory. */
export const WORKBOOK_LIMITS = { unpackedBytes: 200 * 1024 * 1024, entries: 2_000, ratio: 200 } as const;

/**
 * Turns an uploaded results file into a table of text cells, whatever it came as: an .xlsx workbook
 * (first sheet, header on row 1) or a UTF-8 CSV. A file that is neither says so.
 */
export async function readUploadedTable(bytes: Buffer, file: string): Promise<CsvParseResult> {
  const fail = (message: string, row?: number): CsvParseResult => ({ ok: false, issues: [{ file, ...(row ? { row } : {}), message }] });
  if (bytes.length === 0) return fail('Tệp rỗng.');
  const looksLikeZip = bytes.subarray(0, 4).equals(ZIP_MAGIC);
  if (looksLikeZip) return readWorkbook(bytes, file);
  if (/\.xlsx?$/i.test(file)) return fail('Tệp không phải bảng tính Excel (.xlsx) hợp lệ. Hãy lưu lại bằng Excel dưới dạng .xlsx hoặc CSV UTF-8.');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail('Tệp không phải văn bản UTF-8. Trong Excel, chọn "Lưu dưới dạng" → "CSV UTF-8 (phân tách bằng dấu phẩy)".');
  }
  if (text.includes('\0')) return fail('Tệp chứa dữ liệu nhị phân, không phải CSV.');
  return parseCsv(text, file);
}

async function readWorkbook(bytes: Buffer, file: string): Promise<CsvParseResult> {
  const bomb = zipBombReason(bytes);
  if (bomb) return { ok: false, issues: [{ file, message: bomb }] };
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    return { ok: false, issues: [{ file, message: 'Tệp không phải bảng tính Excel (.xlsx) hợp lệ hoặc đã hỏng.' }] };
  }
  const sheet = workbook.worksheets[0];
  if (!sheet || sheet.rowCount === 0) return { ok: false, issues: [{ file, row: 1, message: 'Bảng tính không có dữ liệu.' }] };

  const headerRow = sheet.getRow(1);
  const header: string[] = [];
  headerRow.eachCell({ includeEmpty: true }, (cell, column) => {
    header[column - 1] = cellText(cell.value).trim();
  });
  const issues: InputIssue[] = [];
  const width = header.length;
  if (width === 0) return { ok: false, issues: [{ file, row: 1, message: 'Dòng 1 phải là dòng tiêu đề.' }] };
  header.forEach((name, index) => {
    if (!name) issues.push({ file, row: 1, column: columnLetter(index + 1), message: 'Cột không có tiêu đề.' });
  });
  const records: CsvTable['records'] = [];
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    if (line === 1) return;
    const values: Record<string, string> = {};
    let hasValue = false;
    header.forEach((name, index) => {
      const text = cellText(row.getCell(index + 1).value);
      if (text.trim() !== '') hasValue = true;
      values[name] = text;
    });
    if (row.cellCount > width && row.values && (row.values as unknown[]).slice(width + 1).some((value) => value !== null && value !== undefined && value !== '')) {
      issues.push({ file, row: line, column: columnLetter(width + 1), message: 'Có dữ liệu ngoài các cột có tiêu đề.' });
    }
    if (hasValue) records.push({ line, values });
  });
  return issues.length > 0 ? { ok: false, issues } : { ok: true, table: { header, records } };
}

/** The text a person sees in a cell: formulas by their result, dates as YYYY-MM-DD, numbers with a dot. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return cellText((value as { result?: ExcelJS.CellValue }).result ?? null);
  if ('text' in value) return String(value.text);
  if ('error' in value) return String(value.error);
  return '';
}

export function columnLetter(column: number): string {
  let letters = '';
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26)) letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
}

/**
 * Reads a zip's central directory (without unpacking anything) and says why it must not be opened:
 * too many entries, too much unpacked data, or a compression ratio only a zip bomb reaches. Null when
 * it looks like an ordinary workbook; a directory that cannot be read is left to the workbook reader.
 */
export function zipBombReason(bytes: Buffer): string | null {
  const end = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0 || end + 22 > bytes.length) return null;
  const entries = bytes.readUInt16LE(end + 10);
  let offset = bytes.readUInt32LE(end + 16);
  if (entries > WORKBOOK_LIMITS.entries) return `Tệp nén có ${entries} thành phần, quá nhiều cho một bảng tính kết quả.`;
  let unpacked = 0;
  for (let index = 0; index < entries; index++) {
    if (offset + 46 > bytes.length || bytes.readUInt32LE(offset) !== 0x02014b50) return null;
    const compressed = bytes.readUInt32LE(offset + 20);
    const size = bytes.readUInt32LE(offset + 24);
    unpacked += size;
    if (size > 1024 * 1024 && size / Math.max(compressed, 1) > WORKBOOK_LIMITS.ratio) {
      return 'Tệp nén bất thường (tỉ lệ nén quá cao), có thể là "bom nén"; không mở.';
    }
    offset += 46 + bytes.readUInt16LE(offset + 28) + bytes.readUInt16LE(offset + 30) + bytes.readUInt16LE(offset + 32);
  }
  if (unpacked > WORKBOOK_LIMITS.unpackedBytes) return `Bảng tính giải nén ra hơn ${WORKBOOK_LIMITS.unpackedBytes / 1024 / 1024} MB; quá lớn cho một tệp kết quả.`;
  return null;
}
