import type { InputIssue } from '@govindex/contracts';

export interface CsvRecord {
  /** 1-based line number where the record starts (the header is line 1). */
  line: number;
  values: Record<string, string>;
}

export interface CsvTable {
  header: string[];
  records: CsvRecord[];
}

export type CsvParseResult = { ok: true; table: CsvTable } | { ok: false; issues: InputIssue[] };

/**
 * Parses RFC 4180 CSV (quoted fields, doubled quotes, CRLF or LF, a UTF-8 BOM) into records keyed by
 * header name. Structural problems (unterminated quote, wrong field count, duplicate header) are
 * returned with their line, never thrown, so a caller can list every problem of a file at once.
 */
export function parseCsv(text: string, file: string, requiredColumns: readonly string[] = []): CsvParseResult {
  const issues: InputIssue[] = [];
  const rows = splitRows(text.startsWith('\uFEFF') ? text.slice(1) : text, file, issues);
  if (issues.length > 0) return { ok: false, issues };

  const headerRow = rows.shift();
  if (!headerRow || (headerRow.fields.length === 1 && headerRow.fields[0] === '')) {
    return { ok: false, issues: [{ file, row: 1, message: 'Tệp rỗng: không có dòng tiêu đề.' }] };
  }
  const header = headerRow.fields.map((name) => name.trim());
  const seen = new Set<string>();
  for (const name of header) {
    if (seen.has(name)) issues.push({ file, row: 1, column: name, message: `Cột "${name}" xuất hiện hai lần.` });
    seen.add(name);
  }
  for (const name of requiredColumns) {
    if (!seen.has(name)) issues.push({ file, row: 1, column: name, message: `Thiếu cột bắt buộc "${name}".` });
  }

  const records: CsvRecord[] = [];
  for (const row of rows) {
    if (row.fields.length === 1 && row.fields[0] === '') continue; // blank line
    if (row.fields.length !== header.length) {
      issues.push({
        file,
        row: row.line,
        message: `Dòng có ${row.fields.length} ô, tiêu đề có ${header.length} cột.`,
      });
      continue;
    }
    const values: Record<string, string> = {};
    header.forEach((name, index) => {
      values[name] = row.fields[index] ?? '';
    });
    records.push({ line: row.line, values });
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, table: { header, records } };
}

interface RawRow {
  line: number;
  fields: string[];
}

function splitRows(text: string, file: string, issues: InputIssue[]): RawRow[] {
  const rows: RawRow[] = [];
  let fields: string[] = [];
  let field = '';
  let inQuotes = false;
  let line = 1;
  let rowStartLine = 1;
  let quoteStartLine = 1;

  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (inQuotes) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else {
          inQuotes = false;
        }
      } else {
        if (char === '\n') line++;
        field += char;
      }
      continue;
    }
    if (char === '"' && field === '') {
      inQuotes = true;
      quoteStartLine = line;
    } else if (char === ',') {
      fields.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      fields.push(field);
      rows.push({ line: rowStartLine, fields });
      fields = [];
      field = '';
      line++;
      rowStartLine = line;
    } else {
      field += char;
    }
  }
  if (inQuotes) {
    issues.push({ file, row: quoteStartLine, message: 'Dấu ngoặc kép mở nhưng không đóng.' });
    return rows;
  }
  if (field !== '' || fields.length > 0) {
    fields.push(field);
    rows.push({ line: rowStartLine, fields });
  }
  return rows;
}
