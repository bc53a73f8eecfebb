import { readFileSync } from 'node:fs';
import { constants, deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { PlanDocumentError } from '../errors.js';
import { extractPdfText } from '../pdf-text.js';
import { readPlanDocument } from '../read-document.js';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../__fixtures__/${name}`, import.meta.url)));

/**
 * A one-page PDF whose content stream is one line of text then `megabytes` of spaces, deflated (about
 * 1,000:1): one 16 MB run of spaces deflated once and repeated, so the test never holds the whole.
 */
function flateBombPdf(megabytes: number): Uint8Array {
  const run = deflateRawSync(Buffer.alloc(16 * 1024 * 1024, 0x20), { level: 9, finishFlush: constants.Z_FULL_FLUSH });
  const stream = Buffer.concat([
    Buffer.from([0x78, 0xda]),
    deflateRawSync(Buffer.from('BT /F1 12 Tf 72 720 Td (KE HOACH) Tj ET\n'), { finishFlush: constants.Z_FULL_FLUSH }),
    ...Array.from({ length: Math.ceil(megabytes / 16) }, () => run),
    Buffer.from([0x03, 0x00]),
  ]);
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    Buffer.concat([Buffer.from(`<< /Filter /FlateDecode /Length ${stream.length} >>\nstream\n`), stream, Buffer.from('\nendstream')]),
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n')];
  const offsets: number[] = [];
  let length = parts[0]!.length;
  objects.forEach((body, index) => {
    const chunk = Buffer.concat([Buffer.from(`${index + 1} 0 obj\n`), Buffer.isBuffer(body) ? body : Buffer.from(body), Buffer.from('\nendobj\n')]);
    offsets.push(length);
    parts.push(chunk);
    length += chunk.length;
  });
  parts.push(
    Buffer.from(
      `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')}` +
        `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`,
    ),
  );
  return new Uint8Array(Buffer.concat(parts));
}

/**
 * pdfjs has no limit of its own: a PDF of 1 MB whose page inflates to 1 GB kept it busy 12 s and took
 * 3 GB of memory inside the API process. It now reads in a worker thread stopped past a time and a
 * memory budget.
 */
describe('reading a hostile PDF', () => {
  it('stops a PDF whose content inflates past the memory budget, and frees it', async () => {
    const bomb = flateBombPdf(512);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const started = performance.now();
    const outcome = await extractPdfText(bomb, { pages: 500, milliseconds: 60_000, memoryBytes: 64 * 1024 * 1024 });
    expect(outcome).toEqual({ kind: 'too-large' });
    expect(performance.now() - started).toBeLessThan(30_000);
  });

  it('stops a read that runs past the time budget', async () => {
    expect(await extractPdfText(fixture('000.pdf'), { pages: 500, milliseconds: 1, memoryBytes: 512 * 1024 * 1024 })).toEqual({ kind: 'too-slow' });
  });

  it('still reads an ordinary plan within the budgets', async () => {
    const outcome = await extractPdfText(fixture('000.pdf'), { pages: 500, milliseconds: 20_000, memoryBytes: 512 * 1024 * 1024 });
    expect(outcome.kind).toBe('pages');
  });

  it('says so, in Vietnamese, when the reader refuses a bomb', async () => {
    const error = await readPlanDocument(flateBombPdf(1024), 'bom.pdf').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PlanDocumentError);
    expect((error as Error).message).toBe('Tệp “bom.pdf” giải nén ra quá lớn (PDF bất thường, có thể là "bom nén"), không đọc tiếp.');
    // Inflating up to the 768 MB budget takes seconds on a busy machine: a bound, not a speed, is asserted.
  }, 60_000);

  it('names UTF-16 text for what it is', async () => {
    const error = await readPlanDocument(new Uint8Array(Buffer.from('\uFEFFKẾ HOẠCH', 'utf16le')), 'ke-hoach.txt').catch((caught: unknown) => caught);
    expect((error as Error).message).toBe('Tệp “ke-hoach.txt” được lưu với mã UTF-16 (Unicode); hãy lưu lại với mã UTF-8.');
  });
});
