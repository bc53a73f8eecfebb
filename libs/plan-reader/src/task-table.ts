import type { PlanTaskDraft } from '@govindex/contracts';
import { foldVietnamese } from '@govindex/domain';
import { parseKpiTargets, parseTimeline } from '@govindex/domain';
import { BREAK, isTableRow } from './normalize-text.js';

/** The columns of the task table (Biểu tổng hợp nhiệm vụ), as the reader fills them. */
interface TaskRow {
  dimension: string | null;
  subDimension: string | null;
  task: string;
  product: string;
  lead: string;
  implementers: string;
  time: string;
}

type Column = keyof TaskRow | 'number';

export interface TaskTableContext {
  year: number | null;
  /** The plan's frameworks: a task takes the framework when there is exactly one. */
  frameworks: readonly string[];
}

export interface TaskTable {
  tasks: PlanTaskDraft[];
  warnings: string[];
}

/**
 * Reads the task table wherever the document has one, in whichever shape the extraction left it:
 * `| cell | cell |` rows (Markdown, Word, grid tables), cells between lone "|" lines, or the columns of
 * a PDF table interleaved line by line. Null when there is no task table.
 */
export function readTaskTable(lines: readonly string[], context: TaskTableContext): TaskTable | null {
  const rowTable = readRows(lines.filter(isTableRow).map(splitRow), context);
  if (rowTable) return rowTable;
  const cellTable = readRows(cellStreamRows(lines), context);
  if (cellTable) return cellTable;
  return readInterleavedTable(lines, context);
}

function splitRow(line: string): string[] {
  return line
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split(/(?<!\\)\|/)
    .map((cell) => cell.replace(/\\\|/g, '|').replace(/<br\s*\/?>/giu, '\n').trim());
}

/**
 * Converters that write one table cell per block put "|" alone before each row and after each cell, so
 * "|" twice ends a row and opens the next. Text before a row's first "|" is outside the table; a cell's
 * lines are wrapped text.
 */
function cellStreamRows(lines: readonly string[]): string[][] {
  const rows: string[][] = [];
  let row: string[] | null = null;
  let cell: string[] = [];
  for (const line of lines) {
    if (!line) continue;
    if (line !== BREAK) {
      if (row) cell.push(line);
      continue;
    }
    if (row && cell.length) {
      row.push(joinCellLines(cell));
      cell = [];
      continue;
    }
    if (row?.length) rows.push(row);
    row = [];
  }
  if (row?.length) rows.push(row);
  return rows;
}

/** Header names of each column, folded; checked in this order ("thời gian thực hiện" is time, not implementers). */
const HEADER_NAMES: ReadonlyArray<[Column, RegExp]> = [
  ['time', /thoi gian|thoi han|tien do/],
  ['lead', /chu tri/],
  ['implementers', /phoi hop|don vi thuc hien|co quan thuc hien|thuc hien/],
  ['product', /ket qua|san pham/],
  ['subDimension', /noi dung thanh phan|thanh phan|tieu chi/],
  ['dimension', /chi so|linh vuc/],
  ['task', /nhiem vu|hoat dong|noi dung/],
  ['number', /^s?tt$/],
];

function columnOf(header: string): Column | null {
  if (header.length > 40) return null;
  const folded = foldVietnamese(header);
  return HEADER_NAMES.find(([, pattern]) => pattern.test(folded))?.[0] ?? null;
}

/**
 * Tasks from rows of cells. The header row is the first that names a task column and a lead, product or
 * time column. Merged cells (empty below their first row) carry the dimension and sub-dimension down;
 * a row with a single filled cell ("I. NÂNG CAO NHẬN THỨC…") is a group heading and sets the dimension.
 */
function readRows(rows: readonly string[][], context: TaskTableContext): TaskTable | null {
  const headerIndex = rows.findIndex((cells) => {
    const columns = cells.map(columnOf);
    return columns.includes('task') && columns.some((column) => column === 'lead' || column === 'product' || column === 'time');
  });
  if (headerIndex < 0) return null;
  const columns = (rows[headerIndex] ?? []).map(columnOf);
  const taskRows: TaskRow[] = [];
  let dimension: string | null = null;
  let subDimension: string | null = null;
  for (const cells of rows.slice(headerIndex + 1)) {
    if (cells.every((cell) => /^:?-{3,}:?$/.test(cell) || !cell)) continue;
    const mapped = cells.map(columnOf);
    if (mapped.filter((column) => column && column !== 'number').length >= 3) continue;
    const cell = (column: Column) => cellAt(cells, columns, column);
    const filled = cells.filter(Boolean);
    if (filled.length === 1 && !cell('task') && !cell('dimension') && !cell('subDimension') && !/^\d+$/.test(filled[0] ?? '')) {
      dimension = stripNumbering(filled[0] ?? '');
      subDimension = null;
      continue;
    }
    if (cell('dimension')) {
      dimension = stripNumbering(cell('dimension'));
      subDimension = null;
    }
    if (cell('subDimension')) subDimension = stripNumbering(cell('subDimension'));
    if (!cell('task')) continue;
    taskRows.push({
      dimension,
      subDimension,
      task: cell('task'),
      product: cell('product'),
      lead: cell('lead'),
      implementers: cell('implementers'),
      time: cell('time'),
    });
  }
  return { tasks: taskRows.map((row) => toTask(row, context)), warnings: [] };
}

function cellAt(cells: readonly string[], columns: ReadonlyArray<Column | null>, column: Column): string {
  const index = columns.indexOf(column);
  return index >= 0 ? (cells[index] ?? '').trim() : '';
}

/** "1. Tham gia…" → "Tham gia…", "a) Tri thức công dân" → "Tri thức công dân", "I. NÂNG CAO…" → "NÂNG CAO…". */
function stripNumbering(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/^(?:(?:[IVX]+|\d+(?:\.\d+)*)[.)]?|[a-zđ]\))\s+/u, '')
    .replace(/^(?:[a-zđ]\)\s*)+/u, '')
    .trim();
}

function toTask(row: TaskRow, context: TaskTableContext): PlanTaskDraft {
  const product = row.product.trim() || null;
  return {
    framework: context.frameworks.length === 1 ? (context.frameworks[0] ?? null) : null,
    dimension: row.dimension,
    subDimension: row.subDimension,
    task: row.task.trim(),
    product,
    lead: row.lead.replace(/\s+/g, ' ').trim() || null,
    implementers: row.implementers.replace(/\s+/g, ' ').trim() || null,
    timeline: parseTimeline(row.time, context.year),
    kpis: parseKpiTargets((product ?? row.task).replace(/\n/g, ' ')),
  };
}

// ---------------------------------------------------------------------------------------------------
// Interleaved columns
// ---------------------------------------------------------------------------------------------------

/**
 * Widths, in characters, of the table's columns in a PDF's text. The narrow columns (sub-dimension,
 * lead, implementers, time) wrap at about 14 characters, "Kết quả" at about 34, "Nhiệm vụ" at about 80.
 */
const NARROW = 16;
const RESULT_WIDTH = 34;

/** Words of the table's header row, repeated at the top of each page. */
const HEADER_WORDS = new Set(
  'tt stt chi so noi dung thanh phan nhiem vu yu ket qua don vi chu tri thuc hien thoi gian han san pham co quan phoi hop ten'.split(' '),
);
const LABEL = /^([a-hđ])\)\s*(?:[a-hđ]\)\s*)?(.*)$/u;
const BULLET = /^[-–+•]\s/u;
const NUMBER_LINE = /^\d{1,2}$/;
/** Words after which a line's text must go on ("…giám sát của" / "Ban Thanh tra…"). */
const DANGLING_WORD =
  /(?:^|\s)(?:của|và|với|theo|tại|các|những|trong|cho|đến|về|để|số|ngày|là|được|bằng|trên|từ|hoặc|hay|như|do|vào|có|mọi|mỗi|tổ|bộ)$/iu;
/** How a "Thời gian thực hiện" cell begins. */
const TIME_START =
  /^(?:[-–]\s*)?(?:Thường|Năm|Quý|Quí|Trong|Khi|Sau|Trước|Định|Hàng|Hằng|Tháng|Từ|Đến|Cả năm|Liên tục|Hoàn thành|\d{1,2}\/\d{4}|\d{4})(?=[\s,;./-]|$)/u;
/** A time cell that is complete: what follows it with a capital starts the next row's dimension. */
const COMPLETE_TIME = /(?:xuyên|tiếp theo|hàng năm|hằng năm|năm học|\b\d{4}|duyệt)\.?$/iu;
/** A lead cell that needs the next line to name a unit ("Công chức" + "Tư pháp", "Lãnh đạo" + "UBND"). */
const BARE_ROLE =
  /^(?:Lãnh đạo|Công chức|Cán bộ|Chủ tịch|Phó Chủ tịch|Trưởng|Phó|Ban|Bộ phận|Phòng|Văn phòng|Ủy ban|Hội|Đoàn|Trung tâm|Trạm)$/u;

type Token = { kind: 'page' } | { kind: 'number' } | { kind: 'label'; text: string } | { kind: 'text'; text: string };

interface Columns {
  task: string[];
  product: string[];
  lead: string[];
  implementers: string[];
  time: string[];
}

/**
 * A PDF table read cell after cell: in each row the lines of "Chỉ số nội dung", "Nội dung thành phần",
 * "Nhiệm vụ", "Kết quả", "Đơn vị chủ trì", "Đơn vị thực hiện", "Thời gian" follow one another, each
 * cell broken at its column's width, with the header row repeated at each page. The heuristic:
 * - a row starts at its sub-dimension label ("a) Tri thức", "b) …"), whose narrow lines follow it;
 * - narrow lines before a label, after a row number, a page header or a complete time cell, name the
 *   dimension ("Tham gia / của người / dân");
 * - "Nhiệm vụ" runs to the last line wider than the "Kết quả" column, plus the line that ends its
 *   sentence; "Kết quả" runs from there to the final run of narrow lines;
 * - in that run, the lead starts at the first line with a capital, the time at the first line that
 *   starts like a time ("Thường xuyên", "Năm 2024", "Quý II", "Khi…"), the implementers in between from
 *   the first line that does not continue the lead's name;
 * - a wide line after such a run starts a second row under the same label; after a page header, the
 *   row's cells go on and are appended column by column.
 */
function readInterleavedTable(lines: readonly string[], context: TaskTableContext): TaskTable | null {
  const tokens = tokenize(lines);
  if (!tokens || !tokens.some((token) => token.kind === 'label')) return null;

  const warnings = [
    'Bảng nhiệm vụ được đọc từ văn bản đã mất cấu trúc cột: hãy kiểm tra các cột Kết quả, Đơn vị chủ trì, Đơn vị thực hiện và Thời gian.',
  ];
  const rows: TaskRow[] = [];
  const firstLabel = tokens.findIndex((token) => token.kind === 'label');
  let dimension = trailingDimension(tokens.slice(0, firstLabel))?.lines.join(' ') ?? null;

  for (let index = firstLabel; index < tokens.length; ) {
    const label = tokens[index];
    if (label?.kind !== 'label') break;
    const labelLines = [label.text];
    index++;
    while (index < tokens.length) {
      const token = tokens[index];
      if (token?.kind !== 'text' || token.text.length > NARROW || BULLET.test(token.text)) break;
      labelLines.push(token.text);
      index++;
    }
    let end = index;
    while (end < tokens.length && tokens[end]?.kind !== 'label') end++;
    let content = tokens.slice(index, end);
    index = end;

    const nextDimension = trailingDimension(content);
    if (nextDimension) content = content.slice(0, nextDimension.start);
    const subRows = splitPages(content);
    const last = subRows[subRows.length - 1];
    let dimensionAfter = nextDimension?.lines ?? null;
    if (last && !dimensionAfter) {
      const trailing = splitCompleteTime(last.time);
      if (trailing.length) {
        last.time = last.time.slice(0, last.time.length - trailing.length);
        dimensionAfter = trailing;
      }
    }

    const subDimension = stripNumbering(labelLines.join(' ')) || null;
    const withTasks = subRows.filter((columns) => columns.task.length);
    if (!withTasks.length) warnings.push(`Nội dung thành phần “${subDimension ?? '?'}” không có nhiệm vụ trong bảng.`);
    for (const columns of withTasks) {
      rows.push({
        dimension,
        subDimension,
        task: joinCellLines(columns.task),
        product: joinCellLines(columns.product),
        lead: columns.lead.join(' '),
        implementers: columns.implementers.join(' '),
        time: columns.time.join(' '),
      });
    }
    if (dimensionAfter?.length) dimension = dimensionAfter.join(' ');
  }
  return { tasks: rows.map((row) => toTask(row, context)), warnings };
}

/** The table's lines as tokens, from its first header row; null when there is no such header. */
function tokenize(allLines: readonly string[]): Token[] | null {
  const lines = allLines.filter((line) => line && line !== BREAK);
  const start = lines.findIndex((line, index) => /^S?TT$/iu.test(line) && isHeaderRun(lines.slice(index, index + 4)));
  if (start < 0) return null;
  const tokens: Token[] = [];
  for (let index = start; index < lines.length; index++) {
    const line = lines[index] ?? '';
    if (/^S?TT$/iu.test(line) && isHeaderRun(lines.slice(index, index + 4))) {
      index = headerEnd(lines, index);
      tokens.push({ kind: 'page' });
      continue;
    }
    if (NUMBER_LINE.test(line)) {
      tokens.push({ kind: 'number' });
      continue;
    }
    const label = LABEL.exec(line);
    if (label) tokens.push({ kind: 'label', text: `${label[1]}) ${label[2] ?? ''}`.trim() });
    else tokens.push({ kind: 'text', text: line });
  }
  return tokens;
}

/**
 * The last line of the header row starting at `start`. The header ends with its time column ("Thời gian
 * thực hiện"): what follows is data even when its words could be a header's ("Quản trị" after it).
 */
function headerEnd(lines: readonly string[], start: number): number {
  let text = foldVietnamese(lines[start] ?? '');
  let index = start;
  while (index + 1 < lines.length && isHeaderLine(lines[index + 1] ?? '')) {
    const next = foldVietnamese(lines[index + 1] ?? '');
    if (/(?:thoi gian (?:thuc hien|hoan thanh)|thoi han)$/.test(text)) break;
    if (/thoi gian(?: thuc)?$/.test(text) && !/^(?:thuc|hien|hoan|thanh)(?:\s|$)/.test(next)) break;
    text += ` ${next}`;
    index++;
  }
  return index;
}

function isHeaderLine(line: string): boolean {
  const words = foldVietnamese(line).split(/[\s/]+/).filter(Boolean);
  return words.length > 0 && words.every((word) => HEADER_WORDS.has(word));
}

function isHeaderRun(lines: readonly string[]): boolean {
  return lines.every((line) => !line || isHeaderLine(line)) && lines.some((line) => /chỉ số|nội dung|nhiệm/iu.test(line));
}

/**
 * Narrow lines at the end of a row's tokens after its last row number or page header: the next row's
 * dimension, when the tokens after that marker are all such lines.
 */
function trailingDimension(tokens: readonly Token[]): { start: number; lines: string[] } | null {
  for (let marker = tokens.length - 1; marker >= 0; marker--) {
    const token = tokens[marker];
    if (token?.kind !== 'page' && token?.kind !== 'number') continue;
    const after = tokens.slice(marker + 1).filter((candidate) => candidate.kind !== 'page' && candidate.kind !== 'number');
    const texts = after.flatMap((candidate) => (candidate.kind === 'text' ? [candidate.text] : []));
    if (texts.length && texts.length === after.length && texts.every((text) => text.length <= NARROW && !BULLET.test(text))) {
      return { start: marker, lines: texts };
    }
    return null;
  }
  return null;
}

/** The row's cells: its tokens split at page headers, each page split into sub-rows, pages appended. */
function splitPages(tokens: readonly Token[]): Columns[] {
  const pages: string[][] = [[]];
  for (const token of tokens) {
    if (token.kind === 'page') pages.push([]);
    else if (token.kind === 'text') pages[pages.length - 1]?.push(token.text);
  }
  const rows: Columns[] = [];
  pages.forEach((page, pageIndex) => {
    const subRows = splitSubRows(page).map((lines) => splitColumns(lines, pageIndex > 0));
    const previous = rows[rows.length - 1];
    const [continuation, ...others] = subRows;
    if (pageIndex > 0 && previous && continuation) {
      for (const key of Object.keys(previous) as Array<keyof Columns>) previous[key].push(...continuation[key]);
      rows.push(...others);
    } else rows.push(...subRows);
  });
  return rows;
}

/** A wide line after three or more narrow lines starts a second row under the same label. */
function splitSubRows(lines: readonly string[]): string[][] {
  const parts: string[][] = [[]];
  let narrowRun = 0;
  for (const line of lines) {
    if (line.length > RESULT_WIDTH && narrowRun >= 3) parts.push([]);
    parts[parts.length - 1]?.push(line);
    narrowRun = line.length <= NARROW ? narrowRun + 1 : 0;
  }
  return parts.filter((part) => part.length);
}

function splitColumns(lines: readonly string[], continuation: boolean): Columns {
  let taskEnd = -1;
  lines.forEach((line, index) => {
    if (line.length > RESULT_WIDTH) taskEnd = index;
  });
  if (taskEnd < 0 && !continuation && lines.length) taskEnd = 0;
  if (taskEnd >= 0 && taskEnd + 1 < lines.length && continuesSentence(lines[taskEnd] ?? '', lines[taskEnd + 1] ?? '')) taskEnd++;

  let tailStart = lines.length;
  while (tailStart > taskEnd + 1 && (lines[tailStart - 1] ?? '').length <= NARROW) tailStart--;
  let leadStart = tailStart;
  while (leadStart < lines.length && !/^\p{Lu}/u.test(lines[leadStart] ?? '')) leadStart++;

  const columns: Columns = {
    task: lines.slice(0, taskEnd + 1),
    product: lines.slice(taskEnd + 1, leadStart),
    lead: [],
    implementers: [],
    time: [],
  };
  if (leadStart >= lines.length) return columns;
  let timeStart = lines.findIndex((line, index) => index > leadStart && TIME_START.test(line));
  if (timeStart < 0) timeStart = lines.length;
  let implementersStart = leadStart + 1;
  while (implementersStart < timeStart && continuesLead(lines.slice(leadStart, implementersStart), lines[implementersStart] ?? '')) {
    implementersStart++;
  }
  columns.lead = lines.slice(leadStart, implementersStart);
  columns.implementers = lines.slice(implementersStart, timeStart);
  columns.time = lines.slice(timeStart);
  return columns;
}

/** Whether `next` carries on the sentence `previous` broke off: lower case, a dangling word, a name. */
function continuesSentence(previous: string, next: string): boolean {
  if (BULLET.test(next)) return false;
  if (/^[\p{Ll}\d]/u.test(next)) return true;
  if (/[,\-–(:&]$/.test(previous) || DANGLING_WORD.test(previous)) return true;
  return !/[.;:!?…)]$/.test(previous) && /(?:^|\s)\p{Lu}\p{Ll}*$/u.test(previous);
}

function continuesLead(lead: readonly string[], next: string): boolean {
  const previous = lead[lead.length - 1] ?? '';
  if (BULLET.test(next)) return false;
  if (/^\p{Ll}/u.test(next)) return true;
  if (/[,\-–&]$/.test(previous) || DANGLING_WORD.test(previous)) return true;
  if (/^[\p{Lu}\d-]{2,6}$/u.test(next)) return true;
  return lead.length === 1 && BARE_ROLE.test(previous);
}

/** Lines after a complete time cell that start with a capital: the next row's dimension. */
function splitCompleteTime(time: readonly string[]): string[] {
  for (let end = 1; end < time.length; end++) {
    const next = time[end] ?? '';
    if (COMPLETE_TIME.test(time.slice(0, end).join(' ')) && /^\p{Lu}/u.test(next) && !TIME_START.test(next)) return time.slice(end);
  }
  return [];
}

/** Lines of a cell joined back: a numbered or bulleted line starts a new line, others continue. */
function joinCellLines(lines: readonly string[]): string {
  return lines
    .reduce<string[]>((joined, line) => {
      if (!joined.length || BULLET.test(line) || /^\d+\.\s/.test(line)) joined.push(line);
      else joined[joined.length - 1] += ` ${line}`;
      return joined;
    }, [])
    .join('\n');
}
