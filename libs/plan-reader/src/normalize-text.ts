/**
 * Repairs the damage text extraction does to Vietnamese administrative documents, before any parsing:
 * PDF converters break every line (often with a blank line after each), glue words together
 * ("năm 2024như", "Kếhoạch"), double slashes ("192//KH-UBND"), space dates ("11/01 /2024"), and
 * Markdown/HTML converters leave emphasis markers, escapes and table borders behind.
 */

/**
 * A line that always ends a paragraph: "|" alone, as converters that write a table cell per block leave
 * it, and rule lines ("––––", "-------") under titles and headings, which become one.
 */
export const BREAK = '|';

const INVISIBLE_CHARACTERS = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
const ODD_SPACES = /[\u00A0\u2000-\u200A\u202F\u205F\u3000\t]/g;
/** Vowels carrying a Vietnamese mark: no syllable continues such a vowel with "h", so "Kếhoạch" is two words. */
const MARKED_VOWELS = 'àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ';
const GLUED_AFTER_MARKED_VOWEL = new RegExp(`([${MARKED_VOWELS}])(h\\p{Ll})`, 'gu');
/** A line of only rules, dots or dashes: the borders and blanks of forms, and empty bullets. */
const RULE_LINE = /^[\s\-–—_=.·…*+:]+$/;
const GRID_BORDER = /^\s*\+[-=:+]+\+\s*$/;

/** Fixes one line's glued words, stray markup and damaged numbers. Does not trim or collapse spaces. */
export function repairLine(line: string): string {
  return (
    line
      .replace(INVISIBLE_CHARACTERS, '')
      .replace(ODD_SPACES, ' ')
      // Markdown emphasis and escapes, as Word → Markdown converters leave them.
      .replace(/\*+/g, '')
      // An escaped pipe stays escaped: it is a pipe inside a table cell.
      .replace(/\\([\\`*_{}[\]()#+\-.!])/g, '$1')
      .replace(/\\$/, '')
      // "192//KH-UBND" → "192/KH-UBND"; "11/01 /2024" → "11/01/2024".
      .replace(/(\d)\s*\/\/+\s*(?=[A-ZĐ])/g, '$1/')
      .replace(/\b(\d{1,2}) ?\/ ?(\d{1,2}) ?\/ ?(\d{4})\b/g, '$1/$2/$3')
      // Numbering glued to its text: "1.Tiếp tục", "1.3.Nội dung", "a)Triển khai", "-Tiếp tục".
      .replace(/^(\s*(?:[IVX]+|\d+(?:\.\d+)*)\.)(?=\p{Lu})/u, '$1 ')
      .replace(/^(\s*[a-zđ]\))(?=\S)/, '$1 ')
      .replace(/^(\s*[-+])(?=\p{L})/u, '$1 ')
      // Glued words: "TTgngày 04/4" "năm 2024như" "nhũng.Tăng" "mức90%" "thể(Có" "chứcVHXH" "UBNDvà" "Kếhoạch"
      // "củađơn".
      .replace(/(\p{L})(ngày\s+\d)/gu, '$1 $2')
      .replace(/(\d{4})(\p{Ll})/gu, '$1 $2')
      .replace(/(\p{Ll}{2,}|\d{4}|\))\.(\p{Lu}\p{Ll})/gu, '$1. $2')
      .replace(/(\p{Ll})(\d+(?:[.,]\d+)?%)/gu, '$1 $2')
      .replace(/(\p{Ll})\((?=\p{Lu})/gu, '$1 (')
      .replace(/(\p{Ll}{2,})(\p{Lu})/gu, '$1 $2')
      .replace(/(\p{Lu}{2,})(\p{Ll}{2,})/gu, '$1 $2')
      .replace(GLUED_AFTER_MARKED_VOWEL, '$1 $2')
      .replace(/(\p{Ll})(đ)/gu, '$1 $2')
  );
}

/**
 * The document as clean lines: repaired, trimmed, spaces collapsed. Blank lines are kept as '' (they
 * separate paragraphs in some conversions), a lone "|" and rules become {@link BREAK}, dotted blanks and
 * empty bullets become '', and Pandoc grid tables are unfolded (see {@link unfoldGridTable}).
 */
export function normalizeLines(raw: string): string[] {
  const source = splitHeaderColumns(raw.normalize('NFC').replace(/\r\n?/g, '\n').split('\n'));
  const lines: string[] = [];
  for (let index = 0; index < source.length; index++) {
    if (GRID_BORDER.test(source[index] ?? '')) {
      let end = index + 1;
      while (end < source.length && /^\s*[|+]/.test(source[end] ?? '')) end++;
      lines.push(...unfoldGridTable(source.slice(index, end)).map(cleanLine));
      index = end - 1;
      continue;
    }
    lines.push(cleanLine(source[index] ?? ''));
  }
  return lines;
}

function cleanLine(line: string): string {
  const cleaned = repairLine(line).replace(/ {2,}/g, ' ').trim();
  if (cleaned === BREAK) return BREAK;
  if (/^[-–—_=]{3,}$/.test(cleaned)) return BREAK;
  return RULE_LINE.test(cleaned) ? '' : cleaned;
}

/**
 * The heading of an official document is a two-column layout (issuer and number on the left, motto and
 * date on the right). Plain-text extraction puts both columns on one line separated by a wide gap:
 * the first lines are split at their widest gap so each column reads as its own line.
 */
function splitHeaderColumns(lines: string[]): string[] {
  const result: string[] = [];
  let contentLines = 0;
  for (const line of lines) {
    if (contentLines < 12 && line.trim() && !/^\s*[|+]/.test(line)) {
      contentLines++;
      const gaps = [...line.trim().matchAll(/ {8,}/g)];
      const widest = gaps.sort((a, b) => b[0].length - a[0].length)[0];
      if (widest?.index !== undefined) {
        const trimmed = line.trim();
        result.push(trimmed.slice(0, widest.index), trimmed.slice(widest.index + widest[0].length));
        continue;
      }
    }
    result.push(line);
  }
  return result;
}

/**
 * A Pandoc grid table (`+---+---+` borders, `|` between cells). Wide tables (four columns or more, such
 * as a task table) become one `| cell | cell |` row per table row, the lines of a cell joined with
 * `<br>`; narrow ones (the signature block beside "Nơi nhận") are read column after column, as a
 * person reads them.
 */
export function unfoldGridTable(block: string[]): string[] {
  const border = block[0] ?? '';
  const columnEdges = [...border.matchAll(/\+/g)].map((match) => match.index);
  const rows: string[][][] = [];
  let current: string[][] | null = null;
  for (const line of block) {
    if (GRID_BORDER.test(line)) {
      current = null;
      continue;
    }
    if (!current) {
      current = columnEdges.slice(1).map(() => []);
      rows.push(current);
    }
    columnEdges.slice(1).forEach((edge, column) => {
      const text = line.slice((columnEdges[column] ?? 0) + 1, edge).trim();
      if (text) current?.[column]?.push(text);
    });
  }
  const columnCount = columnEdges.length - 1;
  if (columnCount >= 4) {
    return rows.map((cells) => `| ${cells.map((cell) => cell.join('<br>').replace(/\|/g, '\\|')).join(' | ')} |`);
  }
  const lines: string[] = [];
  for (let column = 0; column < columnCount; column++) {
    for (const cells of rows) lines.push(...(cells[column] ?? []));
  }
  return lines;
}

/** Line starts that open a new paragraph whatever came before: numbering, items, bullets, parts. */
export const PARAGRAPH_MARKER =
  /^(?:(?:[IVX]+|\d+(?:\.\d+)*)\.\s|[a-zđ]\)\s|[-+•–]\s|(?:Phần|PHẦN|Chương|CHƯƠNG|Mục|MỤC)\s+[IVX\d]+\b|Điều\s+\d+\.|Nơi nhận)/;

/** Whether a line is set in capitals (a title or heading), ignoring numbering and punctuation. */
export function isUpperCaseLine(line: string): boolean {
  const letters = line.replace(/[^\p{L}]/gu, '');
  return letters.length >= 4 && letters === letters.toLocaleUpperCase('vi');
}

/**
 * Joins broken lines back into paragraphs. Two layouts are told apart:
 * - blocks: blank lines separate paragraphs whose lines wrap anywhere (Markdown, Word → text);
 * - lines: every line is a visual line (PDF text, often with a blank after each). A paragraph then
 *   ends at a line clearly shorter than the text width when the next starts with a capital, or before
 *   any numbering or bullet.
 * A {@link BREAK} ends a paragraph; `| … |` table rows stand alone.
 */
export function joinParagraphs(lines: readonly string[]): string[] {
  const content = lines.filter((line) => line && line !== BREAK);
  if (content.length === 0) return [];
  const lengths = content.map((line) => line.length).sort((a, b) => a - b);
  const typicalWidth = lengths[Math.floor(lengths.length * 0.8)] ?? 80;
  const wrapped = (lengths[Math.floor(lengths.length * 0.9)] ?? 0) <= 100;
  let adjacent = 0;
  lines.forEach((line, index) => {
    if (line && lines[index + 1]) adjacent++;
  });
  const hasBlankLines = lines.some((line) => line === '');
  const blocks = hasBlankLines && (adjacent / content.length >= 0.3 || !wrapped);

  const paragraphs: string[] = [];
  let current: string[] = [];
  const flush = () => {
    if (current.length) paragraphs.push(current.join(' '));
    current = [];
  };
  let previous = '';
  for (const line of lines) {
    if (!line || line === BREAK) {
      if (blocks || line === BREAK) flush();
      continue;
    }
    // A number alone on its line in running text is a page number.
    if (/^\d{1,3}$/.test(line)) continue;
    if (isTableRow(line)) {
      flush();
      paragraphs.push(line);
      previous = '';
      continue;
    }
    const startsParagraph =
      current.length === 0 ||
      PARAGRAPH_MARKER.test(line) ||
      isUpperCaseLine(line) !== isUpperCaseLine(previous) ||
      (!blocks && previous.length < typicalWidth * 0.75 && /^[\p{Lu}“"]/u.test(line));
    if (startsParagraph) flush();
    current.push(line);
    previous = line;
  }
  flush();
  return paragraphs;
}

/** A `| cell | cell |` row, as Markdown tables and the DOCX/grid-table conversions write them. */
export function isTableRow(line: string): boolean {
  return /^\|.*\|.*\|$/.test(line);
}
