import { Document, Packer, Paragraph, TextRun } from 'docx';
import ExcelJS from 'exceljs';
import { constants, crc32, deflateRawSync } from 'node:zlib';

/** Bytes of text in UTF-8. */
export const utf8 = (text: string): Buffer => Buffer.from(text, 'utf8');

/** UTF-16 little or big endian, with or without a byte order mark. */
export function utf16(text: string, endian: 'le' | 'be', bom: boolean): Buffer {
  const le = Buffer.from((bom ? '\uFEFF' : '') + text, 'utf16le');
  if (endian === 'le') return le;
  const be = Buffer.alloc(le.length);
  for (let index = 0; index + 1 < le.length; index += 2) {
    be[index] = le[index + 1]!;
    be[index + 1] = le[index]!;
  }
  return be;
}

/**
 * Vietnamese as a Windows-1258 (or CP1252) program writes it: ASCII as is, every other character a
 * single byte above 0x7F. Not valid UTF-8, which is the point.
 */
export function singleByte(text: string): Buffer {
  const folded = text.normalize('NFD');
  const bytes: number[] = [];
  for (const character of folded) {
    const code = character.codePointAt(0)!;
    if (code < 0x80) bytes.push(code);
    else if (code >= 0x300 && code <= 0x36f) bytes.push(0xcc + (code % 4)); // combining tone marks: 0xCC–0xCF in CP1258
    else bytes.push(0x80 + (code % 0x7f));
  }
  return Buffer.from(bytes);
}

export interface ZipEntryInput {
  name: string;
  data: Buffer;
  /** Deflate (default) or store. */
  method?: 'deflate' | 'store';
  /** What the archive claims the entry unpacks to (a lie makes a zip bomb that size checks miss). */
  declaredSize?: number;
  /** Data already deflated (a bomb's payload): written as is, with `crc` (else 0) as its checksum. */
  deflated?: Buffer;
  crc?: number;
}

/** A ZIP archive written by hand, so that its directory can say whatever a test needs. */
export function zip(entries: readonly ZipEntryInput[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const stored = entry.method === 'store' && !entry.deflated;
    const body = entry.deflated ?? (stored ? entry.data : deflateRawSync(entry.data, { level: 9 }));
    const crc = entry.deflated ? (entry.crc ?? 0) : crc32(entry.data) >>> 0;
    const size = entry.declaredSize ?? entry.data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(stored ? 0 : 8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(Math.min(size, 0xffffffff), 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(stored ? 0 : 8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(Math.min(size, 0xffffffff), 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += local.length + name.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

let spacesChunk: Buffer | undefined;
const CHUNK = 16 * 1024 * 1024;

/**
 * A raw deflate stream of `size` spaces (a multiple of 16 MB): the payload of the zip and PDF bombs.
 * One 16 MB run is deflated once, flushed so that it stands alone, and repeated; a final empty block
 * ends the stream. Deflate tops out near 1,000:1, so 256 MB packs into about 250 kB.
 */
/** The CRC-32 of `size` spaces (a multiple of 16 MB), so that a bomb passes the checksum test of zip readers. */
export function spacesCrc(size: number): number {
  const chunk = Buffer.alloc(CHUNK, 0x20);
  let crc = 0;
  for (let done = 0; done < Math.max(CHUNK, size); done += CHUNK) crc = crc32(chunk, crc);
  return crc >>> 0;
}

export function deflatedSpaces(size: number): Buffer {
  spacesChunk ??= deflateRawSync(Buffer.alloc(CHUNK, 0x20), { level: 9, finishFlush: constants.Z_FULL_FLUSH });
  const chunks = Math.max(1, Math.round(size / CHUNK));
  return Buffer.concat([...Array.from({ length: chunks }, () => spacesChunk!), Buffer.from([0x03, 0x00])]);
}

/** The parts every .xlsx has, around one worksheet's XML (and optional shared strings). */
export function xlsxParts(sheetXml: string, sharedStrings?: string): ZipEntryInput[] {
  const types =
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
    (sharedStrings ? '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' : '') +
    '</Types>';
  const rels =
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>';
  const workbook =
    '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    '<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>';
  const workbookRels =
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>' +
    (sharedStrings ? '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>' : '') +
    '</Relationships>';
  return [
    { name: '[Content_Types].xml', data: utf8(types) },
    { name: '_rels/.rels', data: utf8(rels) },
    { name: 'xl/workbook.xml', data: utf8(workbook) },
    { name: 'xl/_rels/workbook.xml.rels', data: utf8(workbookRels) },
    { name: 'xl/worksheets/sheet1.xml', data: utf8(sheetXml) },
    ...(sharedStrings ? [{ name: 'xl/sharedStrings.xml', data: utf8(sharedStrings) }] : []),
  ];
}

/** A worksheet's XML with inline-string cells, row by row. */
export function sheetXml(rows: ReadonlyArray<ReadonlyArray<string>>, prolog = ''): string {
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const body = rows
    .map((cells, row) => `<row r="${row + 1}">${cells.map((cell) => `<c t="inlineStr"><is><t>${escape(cell)}</t></is></c>`).join('')}</row>`)
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?>${prolog}<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${body}</sheetData></worksheet>`;
}

/** An .xlsx written by ExcelJS, as Excel users' files are; cells may be formulas. */
export async function workbook(rows: ReadonlyArray<ReadonlyArray<ExcelJS.CellValue>>): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Sheet1');
  for (const row of rows) sheet.addRow([...row]);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** A .docx of these paragraphs, written by the docx library as Word would. */
export async function wordDocument(paragraphs: readonly string[]): Promise<Buffer> {
  const document = new Document({ sections: [{ children: paragraphs.map((text) => new Paragraph({ children: [new TextRun(text)] })) }] });
  return Packer.toBuffer(document);
}

/** The parts of a minimal .docx around a document.xml. */
export function docxParts(documentXml: string): ZipEntryInput[] {
  const types =
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
  const rels =
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';
  return [
    { name: '[Content_Types].xml', data: utf8(types) },
    { name: '_rels/.rels', data: utf8(rels) },
    { name: 'word/document.xml', data: utf8(documentXml) },
  ];
}

/** A document.xml of plain paragraphs, after an optional prolog (a DOCTYPE with entities, say). */
export function wordXml(paragraphs: readonly string[], prolog = ''): string {
  const body = paragraphs.map((text) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`).join('');
  return `<?xml version="1.0" encoding="UTF-8"?>${prolog}<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`;
}

/** A PDF written object by object, with a correct cross-reference table unless told otherwise. */
export function pdf(objects: ReadonlyArray<string | Buffer>, trailerExtra = ''): Buffer {
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let length = parts[0]!.length;
  const offsets: number[] = [];
  objects.forEach((body, index) => {
    const chunk = Buffer.concat([Buffer.from(`${index + 1} 0 obj\n`), typeof body === 'string' ? Buffer.from(body, 'latin1') : body, Buffer.from('\nendobj\n')]);
    offsets.push(length);
    parts.push(chunk);
    length += chunk.length;
  });
  const xref =
    `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n` +
    offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('') +
    `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailerExtra}>>\nstartxref\n${length}\n%%EOF\n`;
  parts.push(Buffer.from(xref, 'latin1'));
  return Buffer.concat(parts);
}

/** A PDF stream object: its dictionary entries, then the data. */
export function pdfStream(dictionary: string, data: Buffer): Buffer {
  return Buffer.concat([Buffer.from(`<< ${dictionary} /Length ${data.length} >>\nstream\n`, 'latin1'), data, Buffer.from('\nendstream', 'latin1')]);
}

/** A text-only PDF: one page per entry, each line drawn with Helvetica (ASCII only). */
export function textPdf(pages: ReadonlyArray<readonly string[]>, extra: { catalog?: string; pagesCount?: number } = {}): Buffer {
  const objects: Array<string | Buffer> = [];
  const pageIds = pages.map((_, index) => 4 + index * 2);
  objects.push(`<< /Type /Catalog /Pages 2 0 R ${extra.catalog ?? ''}>>`);
  objects.push(`<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${extra.pagesCount ?? pages.length} >>`);
  objects.push('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>');
  pages.forEach((lines, index) => {
    const escape = (text: string) => text.replace(/[\\()]/g, (character) => `\\${character}`);
    const content = lines.map((line, row) => `BT /F1 11 Tf 60 ${760 - row * 14} Td (${escape(line)}) Tj ET`).join('\n');
    objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents ${pageIds[index]! + 1} 0 R /Resources << /Font << /F1 3 0 R >> >> >>`);
    objects.push(pdfStream('', Buffer.from(content, 'latin1')));
  });
  return pdf(objects);
}
