import { PlanDocumentError } from './errors.js';
import { wordHtmlToText } from './html-to-text.js';
import { extractPdfText, type PdfLimits, type PositionedText } from './pdf-text.js';
import { inflateEntry, looksLikeZip, readZipDirectory } from './zip.js';

export type PlanDocumentFormat = 'txt' | 'md' | 'docx' | 'pdf';

export interface PlanDocumentText {
  text: string;
  format: PlanDocumentFormat;
}

const MEGABYTE = 1024 * 1024;
/** Uploads larger than this are refused before reading. */
export const MAX_DOCUMENT_BYTES = 20 * MEGABYTE;
/** A Word document's text part unpacked; larger is a ZIP bomb, not a plan. */
const MAX_WORD_XML_BYTES = 50 * MEGABYTE;
/** All parts of a Word document together, as its archive declares them. */
const MAX_WORD_TOTAL_BYTES = 200 * MEGABYTE;
/** Plans run to tens of pages; a limit keeps a hostile PDF from keeping the reader busy. */
const MAX_PDF_PAGES = 500;
/**
 * A PDF is read in a worker thread that is stopped past these (see pdf-text.ts): a real plan of 60
 * pages reads in about a second and well under 200 MB.
 */
export const PDF_LIMITS: PdfLimits = { pages: MAX_PDF_PAGES, milliseconds: 20_000, memoryBytes: 768 * MEGABYTE };

const FORMATS: Record<string, PlanDocumentFormat> = { txt: 'txt', md: 'md', markdown: 'md', docx: 'docx', pdf: 'pdf' };

/**
 * Reads an uploaded plan document into text for {@link parsePlanText}. The extension says what the file
 * should be; the bytes must agree (a ".pdf" must start with %PDF, a ".docx" must be a ZIP holding
 * word/document.xml, a text file must be UTF-8 without binary bytes), else a {@link PlanDocumentError}
 * says, in Vietnamese, what is wrong. Sizes are checked before anything is unpacked.
 */
export async function readPlanDocument(bytes: Uint8Array, fileName: string): Promise<PlanDocumentText> {
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';
  const format = FORMATS[extension];
  if (!format) throw new PlanDocumentError(`Không đọc được tệp “${fileName}”: chỉ nhận tệp .docx, .pdf, .txt hoặc .md.`);
  if (bytes.length === 0) throw new PlanDocumentError(`Tệp “${fileName}” rỗng.`);
  if (bytes.length > MAX_DOCUMENT_BYTES) {
    throw new PlanDocumentError(
      `Tệp “${fileName}” quá lớn (${(bytes.length / MEGABYTE).toFixed(1)} MB); giới hạn là ${MAX_DOCUMENT_BYTES / MEGABYTE} MB.`,
    );
  }
  const text =
    format === 'pdf'
      ? await readPdf(bytes, fileName)
      : format === 'docx'
        ? await readWord(bytes, fileName)
        : readText(bytes, fileName, format);
  if (!/\p{L}/u.test(text)) {
    throw new PlanDocumentError(`Không đọc được chữ nào trong tệp “${fileName}” (tệp trống hoặc là bản quét ảnh).`);
  }
  return { text, format };
}

function readText(bytes: Uint8Array, fileName: string, format: 'txt' | 'md'): string {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    throw new PlanDocumentError(`Tệp “${fileName}” được lưu với mã UTF-16 (Unicode); hãy lưu lại với mã UTF-8.`);
  }
  if (isPdf(bytes) || looksLikeZip(bytes) || bytes.includes(0)) {
    throw new PlanDocumentError(`Tệp “${fileName}” không phải là tệp văn bản (.${format}).`);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new PlanDocumentError(`Tệp “${fileName}” không phải là văn bản UTF-8; hãy lưu lại với mã UTF-8.`);
  }
  text = text.replace(/^\uFEFF/, '');
  return format === 'md' ? markdownToText(text) : text;
}

/**
 * Markdown as the reader wants it: headings without their "#", list bullets as "- ", table separator
 * rows dropped; `| cell | cell |` rows stay rows for the task-table reader. Emphasis is removed later
 * with the rest of the markup.
 */
function markdownToText(markdown: string): string {
  return markdown
    .split(/\r?\n/)
    .filter((line) => !/^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/.test(line))
    .map((line) => line.replace(/^\s{0,3}#{1,6}\s+/, '').replace(/\s+#+\s*$/, '').replace(/^(\s*)[*+]\s+/, '$1- '))
    .join('\n');
}

function isPdf(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  return head.includes('%PDF-');
}

async function readWord(bytes: Uint8Array, fileName: string): Promise<string> {
  const entries = looksLikeZip(bytes) ? readZipDirectory(bytes) : null;
  const documentPart = entries?.find((entry) => entry.name === 'word/document.xml');
  if (!entries || !documentPart) throw new PlanDocumentError(`Tệp “${fileName}” không phải là tệp Word (.docx).`);
  const declaredTotal = entries.reduce((total, entry) => total + entry.uncompressedSize, 0);
  if (documentPart.uncompressedSize > MAX_WORD_XML_BYTES || declaredTotal > MAX_WORD_TOTAL_BYTES) {
    throw new PlanDocumentError(`Tệp “${fileName}” giải nén ra quá lớn (tệp nén bất thường), không đọc.`);
  }
  // The declared sizes may lie: unpack the XML parts mammoth reads with a hard limit first.
  for (const entry of entries.filter((candidate) => /\.(?:xml|rels)$/i.test(candidate.name))) {
    const unpacked = inflateEntry(bytes, entry, MAX_WORD_XML_BYTES);
    if (!unpacked || unpacked.length !== entry.uncompressedSize) {
      throw new PlanDocumentError(`Tệp “${fileName}” bị hỏng hoặc giải nén ra quá lớn (phần ${entry.name}), không đọc.`);
    }
  }
  const { default: mammoth } = await import('mammoth');
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      // Pictures are not text: leave them unread rather than inline them as data URLs.
      { convertImage: mammoth.images.imgElement(async () => ({ src: '' })) },
    );
    return wordHtmlToText(result.value);
  } catch {
    throw new PlanDocumentError(`Tệp “${fileName}” bị hỏng, không đọc được nội dung Word.`);
  }
}

async function readPdf(bytes: Uint8Array, fileName: string): Promise<string> {
  if (!isPdf(bytes)) throw new PlanDocumentError(`Tệp “${fileName}” không phải là PDF.`);
  const outcome = await extractPdfText(bytes, PDF_LIMITS);
  switch (outcome.kind) {
    case 'pages':
      return outcome.pages.map((items) => linesOf(items).join('\n')).join('\n');
    case 'too-many-pages':
      throw new PlanDocumentError(`Tệp “${fileName}” có ${outcome.pages} trang, quá ${MAX_PDF_PAGES} trang.`);
    case 'too-slow':
      throw new PlanDocumentError(`Tệp “${fileName}” mất quá ${PDF_LIMITS.milliseconds / 1000} giây để đọc (PDF bất thường), không đọc tiếp.`);
    case 'too-large':
      throw new PlanDocumentError(`Tệp “${fileName}” giải nén ra quá lớn (PDF bất thường, có thể là "bom nén"), không đọc tiếp.`);
    case 'unreadable':
      throw new PlanDocumentError(`Tệp “${fileName}” là PDF hỏng hoặc được bảo vệ, không đọc được.`);
  }
}

/**
 * A page's text items joined into lines by position: items whose baselines are within half a line of
 * each other form a line, read left to right, with a space where the gap between items is wider than a
 * fifth of the font size; a gap of three font sizes separates two blocks, which become two lines.
 */
function linesOf(items: readonly PositionedText[]): string[] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: PositionedText[][] = [];
  for (const item of sorted) {
    const line = lines[lines.length - 1];
    const first = line?.[0];
    if (line && first && Math.abs(first.y - item.y) <= Math.max(1, Math.min(first.height, item.height) * 0.5)) line.push(item);
    else lines.push([item]);
  }
  const texts: string[] = [];
  for (const line of lines) {
    let text = '';
    let end = Number.NEGATIVE_INFINITY;
    for (const item of line.sort((a, b) => a.x - b.x)) {
      const gap = item.x - end;
      if (text && gap > item.height * 3) {
        // Side-by-side blocks (heading, signature beside "Nơi nhận"): each on its own line.
        texts.push(text.trim());
        text = '';
      } else if (text && gap > item.height * 0.2 && !/\s$/.test(text) && !/^\s/.test(item.text)) text += ' ';
      text += item.text;
      end = item.x + item.width;
    }
    texts.push(text.trim());
  }
  return texts.filter(Boolean);
}
