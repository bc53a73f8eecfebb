/** One column of an exported table: its heading and how a row fills it. */
export interface ExportColumn<Row> {
  header: string;
  value: (row: Row) => ExportValue;
  /** Width in characters; by default fitted to the longest text of the column (within limits). */
  width?: number;
  /** Excel number format of the column's numbers, e.g. "0.00". */
  numberFormat?: string;
}

export type ExportValue = string | number | boolean | null | undefined;

/** A table ready to be written as a spreadsheet: headings, then one line of plain cells per row. */
export interface ExportSheet {
  name: string;
  header: string[];
  rows: Array<Array<string | number | null>>;
  widths: number[];
  numberFormats: Array<string | undefined>;
}

/** What a workbook holds: the table, and optionally a second sheet of "what this is" lines (label, value). */
export interface ExportWorkbook {
  sheets: ExportSheet[];
}

/**
 * Characters that make a spreadsheet read a text cell as a formula ("=HYPERLINK(…)", "+1", "-2", "@SUM"),
 * or that some programs strip before doing so (tab, carriage return). Text from users or files is data.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Text a spreadsheet program will show as written, never run: a leading formula character gets a "'" before it. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** A cell as written: numbers stay numbers (a negative number is a value, not a formula), text is neutralised. */
export function exportCell(value: ExportValue, booleans: { yes: string; no: string } = { yes: 'x', no: '' }): string | number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'boolean') return value ? booleans.yes : booleans.no;
  return neutraliseFormula(value);
}

const MIN_WIDTH = 6;
const MAX_WIDTH = 60;

function fittedWidth(header: string, cells: ReadonlyArray<string | number | null>): number {
  const longest = cells.reduce<number>((width, cell) => Math.max(width, cell === null ? 0 : String(cell).length), header.length);
  return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, longest + 2));
}

/** Turns rows into a sheet of plain cells, in the order and with the headings the columns give. */
export function buildExportSheet<Row>(
  name: string,
  columns: ReadonlyArray<ExportColumn<Row>>,
  rows: readonly Row[],
  booleans?: { yes: string; no: string },
): ExportSheet {
  const cells = rows.map((row) => columns.map((column) => exportCell(column.value(row), booleans)));
  return {
    name: sheetName(name),
    header: columns.map((column) => neutraliseFormula(column.header)),
    rows: cells,
    widths: columns.map((column, index) => column.width ?? fittedWidth(column.header, cells.map((line) => line[index] ?? null))),
    numberFormats: columns.map((column) => column.numberFormat),
  };
}

/** A sheet of (label, value) lines saying what the export holds: its source, its filters, when it was made. */
export function buildAboutSheet(name: string, lines: ReadonlyArray<readonly [string, ExportValue]>): ExportSheet {
  const rows = lines.map(([label, value]) => [neutraliseFormula(label), exportCell(value)]);
  return {
    name: sheetName(name),
    header: [],
    rows,
    widths: [fittedWidth('', rows.map((row) => row[0] ?? null)), fittedWidth('', rows.map((row) => row[1] ?? null))],
    numberFormats: [undefined, undefined],
  };
}

/** Excel refuses sheet names longer than 31 characters or holding any of : \ / ? * [ ]. */
export function sheetName(name: string): string {
  const cleaned = name.replace(/[:\\/?*[\]]/g, ' ').replace(/\s+/g, ' ').trim();
  return (cleaned || 'Sheet1').slice(0, 31);
}

/**
 * A file name that works on every system and keeps its meaning: Vietnamese letters folded to ASCII
 * ("Xếp hạng" → "xep-hang"), anything else turned into dashes, and the extension added.
 */
export function exportFileName(parts: ReadonlyArray<string | number | null | undefined>, extension = 'xlsx'): string {
  const base = parts
    .filter((part): part is string | number => part !== null && part !== undefined && String(part).trim() !== '')
    .map((part) =>
      String(part)
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/[đĐ]/g, 'd')
        .toLowerCase()
        .replace(/[^a-z0-9.]+/g, '-')
        .replace(/^-+|-+$/g, ''),
    )
    .filter(Boolean)
    .join('-');
  return `${base || 'govindex'}.${extension}`;
}
