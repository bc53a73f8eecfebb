/**
 * Turns the HTML mammoth makes of a Word document into the reader's text: each paragraph on its own
 * line with a blank line after it, list items as "- …", and each row of a wide table as
 * `| cell | cell |` with the paragraphs of a cell joined by `<br>` (see {@link tableLines}). Merged
 * cells keep their columns: a cell spanning rows (rowspan) leaves an empty cell below it, one spanning
 * columns (colspan) empty cells beside it. Mammoth's HTML is simple and well formed, which is all this
 * reads.
 */
export function wordHtmlToText(html: string): string {
  const output: string[] = [];
  let paragraph = '';
  const tables: TableState[] = [];
  const lists: Array<{ ordered: boolean; count: number }> = [];

  const endParagraph = () => {
    const text = paragraph.replace(/[ \t]+/g, ' ').trim();
    paragraph = '';
    if (!text) return;
    const table = tables[tables.length - 1];
    if (table?.cell) table.cell.push(text);
    else output.push(text, '');
  };

  for (const match of html.matchAll(/<(\/?)([a-zA-Z0-9]+)([^>]*)>|([^<]+)/g)) {
    const [, closing, rawTag, attributes = '', text] = match;
    if (text !== undefined) {
      paragraph += decodeEntities(text);
      continue;
    }
    const tag = (rawTag ?? '').toLowerCase();
    const table = tables[tables.length - 1];
    if (tag === 'br') {
      if (table?.cell) endParagraph();
      else paragraph += ' ';
    } else if (/^(?:p|h[1-6]|li)$/.test(tag)) {
      endParagraph();
      if (!closing && tag === 'li') {
        const list = lists[lists.length - 1];
        if (list) list.count++;
        paragraph = list?.ordered ? `${list.count}. ` : '- ';
      }
    } else if (tag === 'ul' || tag === 'ol') {
      endParagraph();
      if (closing) lists.pop();
      else lists.push({ ordered: tag === 'ol', count: 0 });
    } else if (tag === 'table') {
      endParagraph();
      if (!closing) tables.push({ rows: [], row: null, cell: null, spans: [], colspan: 1, rowspan: 1 });
      else {
        const rows = tables.pop()?.rows ?? [];
        const outer = tables[tables.length - 1];
        if (outer?.cell) outer.cell.push(...rows.map((cells) => cells.filter(Boolean).join(' ').replace(/<br>/g, ' ')));
        else output.push(...tableLines(rows), '');
      }
    } else if (tag === 'tr' && table) {
      endParagraph();
      if (!closing) {
        table.row = [];
        table.spans = table.spans.map((remaining) => Math.max(0, remaining - 1));
      } else if (table.row) {
        fillSpannedColumns(table);
        table.rows.push(table.row);
        table.row = null;
      }
    } else if ((tag === 'td' || tag === 'th') && table?.row) {
      endParagraph();
      if (!closing) {
        fillSpannedColumns(table);
        table.cell = [];
        table.colspan = Number(/colspan="(\d+)"/.exec(attributes)?.[1] ?? 1);
        table.rowspan = Number(/rowspan="(\d+)"/.exec(attributes)?.[1] ?? 1);
      } else if (table.cell) {
        const column = table.row.length;
        table.row.push(table.cell.join('<br>').replace(/\|/g, '\\|'));
        for (let extra = 1; extra < table.colspan; extra++) table.row.push('');
        for (let spanned = 0; spanned < table.colspan; spanned++) {
          table.spans[column + spanned] = table.rowspan;
        }
        table.cell = null;
      }
    }
  }
  endParagraph();
  return output.join('\n').replace(/\n{3,}/g, '\n\n').trim();
}

/**
 * A wide table (four columns or more, such as the task table) as `| … |` rows. A narrow one is layout:
 * the heading (issuer and number beside motto and date) or the signature beside "Nơi nhận". It is read
 * column after column, a paragraph per line, as a person reads it.
 */
function tableLines(rows: readonly string[][]): string[] {
  const columnCount = Math.max(0, ...rows.map((cells) => cells.length));
  if (columnCount >= 4) return rows.map((cells) => `| ${cells.join(' | ')} |`);
  const lines: string[] = [];
  for (let column = 0; column < columnCount; column++) {
    for (const cells of rows) {
      for (const paragraph of (cells[column] ?? '').split('<br>')) {
        if (paragraph) lines.push(paragraph.replace(/\\\|/g, '|'), '');
      }
    }
  }
  return lines;
}

interface TableState {
  rows: string[][];
  row: string[] | null;
  cell: string[] | null;
  /** For each column, how many rows, counting the current one, the last cell placed there covers. */
  spans: number[];
  colspan: number;
  rowspan: number;
}

/** Puts an empty cell at the row's end for each column there that a cell above still covers. */
function fillSpannedColumns(table: TableState): void {
  const row = table.row;
  if (!row) return;
  while ((table.spans[row.length] ?? 0) > 0) row.push('');
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return NAMED_ENTITIES[name.toLowerCase()] ?? entity;
  });
}
