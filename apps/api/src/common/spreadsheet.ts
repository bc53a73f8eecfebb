import type { InputIssue } from '@govindex/contracts';
import { parseCsv, type CsvParseResult, type CsvTable } from '@govindex/domain';
import ExcelJS from 'exceljs';
import { constants, inflateRawSync } from 'node:zlib';

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
  if (looksLikeUtf16(bytes)) {
    return fail('Tệp được lưu với mã UTF-16 ("Unicode Text"), không phải UTF-8. Trong Excel, chọn "Lưu dưới dạng" → "CSV UTF-8 (phân tách bằng dấu phẩy)".');
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail('Tệp không phải văn bản UTF-8. Trong Excel, chọn "Lưu dưới dạng" → "CSV UTF-8 (phân tách bằng dấu phẩy)".');
  }
  if (text.includes('\0')) return fail('Tệp chứa dữ liệu nhị phân, không phải CSV.');
  return parseCsv(text, file);
}

/** A UTF-16 byte order mark, or text whose every other byte is zero (ASCII saved as UTF-16 without a mark). */
function looksLikeUtf16(bytes: Buffer): boolean {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) return true;
  const sample = bytes.subarray(0, 200);
  if (sample.length < 8) return false;
  let zeros = [0, 0];
  sample.forEach((byte, index) => {
    if (byte === 0) zeros[index % 2]!++;
  });
  const half = sample.length / 2;
  zeros = zeros.map((count) => count / half);
  return zeros.some((share) => share > 0.9) && zeros.some((share) => share < 0.1);
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
 * Reads a zip's central directory and says why it must not be opened: too many entries, too much
 * unpacked data, a compression ratio only a zip bomb reaches, or sizes that lie (an entry that unpacks
 * to more than its directory declares: each is unpacked here with the declared size as a hard limit,
 * since the workbook reader would unpack it whole before noticing, and a 20 MB upload can hold 20 GB).
 * A directory that cannot be read at all is refused too. Null when it looks like an ordinary workbook.
 */
export function zipBombReason(bytes: Buffer): string | null {
  const broken = 'Tệp không phải bảng tính Excel (.xlsx) hợp lệ hoặc đã hỏng.';
  const end = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0 || end + 22 > bytes.length) return broken;
  const entries = bytes.readUInt16LE(end + 10);
  let offset = bytes.readUInt32LE(end + 16);
  if (entries > WORKBOOK_LIMITS.entries) return `Tệp nén có ${entries} thành phần, quá nhiều cho một bảng tính kết quả.`;
  const parts: Array<{ method: number; compressed: number; size: number; localHeader: number }> = [];
  let unpacked = 0;
  for (let index = 0; index < entries; index++) {
    if (offset + 46 > bytes.length || bytes.readUInt32LE(offset) !== 0x02014b50) return broken;
    const compressed = bytes.readUInt32LE(offset + 20);
    const size = bytes.readUInt32LE(offset + 24);
    unpacked += size;
    if (size > 1024 * 1024 && size / Math.max(compressed, 1) > WORKBOOK_LIMITS.ratio) {
      return 'Tệp nén bất thường (tỉ lệ nén quá cao), có thể là "bom nén"; không mở.';
    }
    parts.push({ method: bytes.readUInt16LE(offset + 10), compressed, size, localHeader: bytes.readUInt32LE(offset + 42) });
    offset += 46 + bytes.readUInt16LE(offset + 28) + bytes.readUInt16LE(offset + 30) + bytes.readUInt16LE(offset + 32);
  }
  if (unpacked > WORKBOOK_LIMITS.unpackedBytes) return `Bảng tính giải nén ra hơn ${WORKBOOK_LIMITS.unpackedBytes / 1024 / 1024} MB; quá lớn cho một tệp kết quả.`;
  for (const part of parts) {
    const header = part.localHeader;
    if (header + 30 > bytes.length || bytes.readUInt32LE(header) !== 0x04034b50) return broken;
    const start = header + 30 + bytes.readUInt16LE(header + 26) + bytes.readUInt16LE(header + 28);
    const data = bytes.subarray(start, start + part.compressed);
    if (part.method === 0) {
      if (data.length !== part.size) return broken;
      continue;
    }
    if (part.method !== 8) return broken;
    try {
      // One byte more than declared: an entry that fills it unpacks to more than its directory says.
      const out = inflateRawSync(data, { maxOutputLength: part.size + 1, finishFlush: constants.Z_SYNC_FLUSH });
      if (out.length > part.size) return 'Tệp nén khai sai kích thước (có thể là "bom nén"); không mở.';
    } catch (error) {
      if (error instanceof RangeError) return 'Tệp nén khai sai kích thước (có thể là "bom nén"); không mở.';
      return broken;
    }
  }
  return null;
}
