import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { PlanDocumentError } from '../errors.js';
import { parsePlanText } from '../parse-plan-text.js';
import { MAX_DOCUMENT_BYTES, readPlanDocument } from '../read-document.js';
import { documentText, fixture } from './documents.js';

const utf8 = (text: string) => new TextEncoder().encode(text);

async function readDraft(bytes: Uint8Array, fileName: string) {
  const document = await readPlanDocument(bytes, fileName);
  return { ...document, draft: parsePlanText(document.text) };
}

/** The error `readPlanDocument` throws, checked to be a PlanDocumentError. */
async function refusal(bytes: Uint8Array, fileName: string): Promise<PlanDocumentError> {
  const error: unknown = await readPlanDocument(bytes, fileName).then(
    () => null,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(PlanDocumentError);
  return error as PlanDocumentError;
}

describe('readPlanDocument: text and Markdown', () => {
  it('reads UTF-8 text without its byte order mark, as the parser reads the file itself', async () => {
    const text = documentText('plans', '001_0e6b10470e5a0469.txt');
    const { format, draft, text: read } = await readDraft(utf8(`\uFEFF${text}`), '001.txt');
    expect(format).toBe('txt');
    expect(read.startsWith('\uFEFF')).toBe(false);
    expect(draft).toEqual(parsePlanText(text));
  });

  it('reads a Markdown plan: headings, emphasis and a task table as Markdown writes them', async () => {
    const markdown = `# KẾ HOẠCH

**Nâng cao Chỉ số Hiệu quả quản trị và hành chính công (PAPI) xã Đức Hợp năm 2025**

Thực hiện Kế hoạch số 12/KH-UBND ngày 15/01/2025 của UBND huyện Kim Động về nâng cao
Chỉ số PAPI năm 2025, UBND xã Đức Hợp ban hành Kế hoạch như sau:

## I. MỤC ĐÍCH, YÊU CẦU

a) Phấn đấu Chỉ số PAPI của xã năm 2025 tăng 2 bậc so với năm 2024.

## II. NỘI DUNG

### 1. Nội dung “Tham gia của người dân ở cấp cơ sở”

a) Tuyên truyền Luật Thực hiện dân chủ ở cơ sở.

b) Công khai các khoản đóng góp của *Nhân dân*.

## III. TỔ CHỨC THỰC HIỆN

Báo cáo gửi Phòng Nội vụ: 6 tháng đầu năm trước ngày 05/7/2025 (thời gian chốt số liệu tính từ
ngày 01/01/2025 đến ngày 30/6/2025).

| TT | Chỉ số nội dung | Nội dung thành phần | Nhiệm vụ | Kết quả | Đơn vị chủ trì | Đơn vị thực hiện | Thời gian thực hiện |
|----|-----------------|---------------------|----------|---------|----------------|------------------|---------------------|
| 1 | Tham gia của người dân | a) Tri thức công dân | Tuyên truyền Luật Thực hiện dân chủ ở cơ sở | 100% thôn được tuyên truyền | Công chức Tư pháp | Các thôn | Quý II/2025 |
| | | b) Đóng góp tự nguyện | Công khai các khoản đóng góp | Ít nhất 2 lần/năm | UBND xã | Ban Thanh tra nhân dân | Thường xuyên |

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nguyễn Văn An
`;
    const { format, text, draft } = await readDraft(utf8(markdown), 'ke-hoach.md');
    expect(format).toBe('md');
    expect(text).not.toMatch(/^#/m);
    expect(text).not.toContain('|----');
    expect(draft).toMatchObject({
      unit: { name: 'Xã Đức Hợp', level: 'commune' },
      year: 2025,
      signer: 'Nguyễn Văn An',
      frameworks: ['PAPI'],
      references: [{ number: '12/KH-UBND', date: '2025-01-15', issuer: 'UBND huyện Kim Động' }],
      targets: [{ kind: 'rank_up', text: 'Phấn đấu Chỉ số PAPI của xã năm 2025 tăng 2 bậc so với năm 2024.', framework: 'PAPI' }],
      sections: [
        {
          framework: 'PAPI',
          dimension: 'Tham gia của người dân ở cấp cơ sở',
          title: 'Nội dung “Tham gia của người dân ở cấp cơ sở”',
          items: ['Tuyên truyền Luật Thực hiện dân chủ ở cơ sở.', 'Công khai các khoản đóng góp của Nhân dân.'],
        },
      ],
      reportingDeadlines: [{ kind: 'half_year', due: '2025-07-05', dataFrom: '2025-01-01', dataTo: '2025-06-30' }],
    });
    expect(draft.tasks.map(({ dimension, subDimension, lead, implementers, timeline, kpis }) => ({ dimension, subDimension, lead, implementers, timeline, kpis }))).toEqual([
      {
        dimension: 'Tham gia của người dân',
        subDimension: 'Tri thức công dân',
        lead: 'Công chức Tư pháp',
        implementers: 'Các thôn',
        timeline: { kind: 'quarter', text: 'Quý II/2025', quarter: 2, year: 2025 },
        kpis: [{ text: '100%', comparator: 'eq', value: 100, unit: 'percent' }],
      },
      {
        dimension: 'Tham gia của người dân',
        subDimension: 'Đóng góp tự nguyện',
        lead: 'UBND xã',
        implementers: 'Ban Thanh tra nhân dân',
        timeline: { kind: 'ongoing', text: 'Thường xuyên' },
        kpis: [{ text: 'Ít nhất 2 lần/năm', comparator: 'gte', value: 2, unit: 'per_year' }],
      },
    ]);
  });
});

describe('readPlanDocument: Word', () => {
  it('reads the DOCX of seed 001 to the same facts as its text, and the Word task table by its cells', async () => {
    const { format, draft } = await readDraft(fixture('001.docx'), '001.docx');
    const fromText = parsePlanText(documentText('plans', '001_0e6b10470e5a0469.txt'));
    expect(format).toBe('docx');
    expect(draft.unit).toEqual({ name: 'Thị trấn Như Quỳnh', level: 'commune' });
    expect(draft.number).toBe('08/KH-UBND');
    expect(draft.issuedOn).toBe('2024-01-11');
    expect(draft.signer).toBe('Vũ Văn Sữa');
    expect(draft.year).toBe(2024);
    expect(draft.frameworks).toEqual(['PAPI']);
    expect(draft.references.slice(0, 4)).toEqual(fromText.references.slice(0, 4));
    expect(draft.targets).toEqual(fromText.targets);
    expect(draft.sections).toEqual(fromText.sections);
    expect(draft.reportingDeadlines).toEqual(fromText.reportingDeadlines);
    expect(draft.warnings).toEqual([]);

    expect(draft.tasks.map((task) => [task.dimension, task.subDimension])).toEqual([
      ['Tham gia của người dân', 'Tri thức công dân'],
      ['Tham gia của người dân', 'Cơ hội tham gia'],
      ['Tham gia của người dân', 'Chất lượng bầu cử trưởng thôn, tổ trưởng dân phố'],
      ['Tham gia của người dân', 'Đóng góp tự nguyện'],
      ['Trách nhiệm giải trình với người dân', 'Tương tác với chính quyền'],
      ['Kiểm soát tham nhũng trong khu vực công', 'Kiểm soát tham nhũng trong cung ứng dịch vụ công Y tế, Giáo dục'],
      ['Kiểm soát tham nhũng trong khu vực công', 'Kiểm soát tham nhũng trong cung ứng dịch vụ công Y tế, Giáo dục'],
      ['Quản trị điện tử', 'Phúc đáp qua Cổng Thông tin điện tử'],
    ]);
    const [knowledge] = draft.tasks;
    expect(knowledge?.task.split('\n')).toHaveLength(4);
    expect(knowledge?.task).toMatch(/^- Triển khai thực hiện các văn bản hướng dẫn của tỉnh về bầu cử;/);
    expect(knowledge?.lead).toBe('UBND thị trấn');
    expect(knowledge?.timeline).toEqual({ kind: 'event', text: '- Trước và trong quá trình bầu cử - Thường xuyên', event: 'bầu cử' });
    expect(draft.tasks[4]?.kpis.map((kpi) => kpi.text)).toEqual(['100%', '100%', 'ít nhất 2 lần/năm']);
    expect(draft.tasks[6]).toMatchObject({
      implementers: 'Các nhà trường trên địa bàn',
      timeline: { kind: 'quarter', quarter: 3, year: 2024 },
    });
  });
});

describe('readPlanDocument: PDF', () => {
  it('reads the PDF of seed 000, its lines broken by the page width, to the same facts as its text', async () => {
    const { format, text, draft } = await readDraft(fixture('000.pdf'), '000.pdf');
    const fromText = parsePlanText(documentText('plans', '000_aaf5190e761d9138.txt'));
    expect(format).toBe('pdf');
    // A real PDF extraction: sentences run over several lines.
    expect(text).toMatch(/Thực hiện Kế hoạch số 07\/KH-UBND ngày 12\/01\/2023 của UBND\s*\n/);
    expect(draft.unit).toEqual({ name: 'Xã Đức Hợp', level: 'commune' });
    expect(draft.year).toBe(2023);
    expect(draft.signer).toBe('Nguyễn Thị Hằng');
    expect(draft.frameworks).toEqual(['PAPI']);
    expect(draft.references).toEqual(fromText.references);
    expect(draft.targets).toEqual(fromText.targets);
    expect(draft.sections.map((section) => [section.title, section.items.length])).toEqual(
      fromText.sections.map((section) => [section.title, section.items.length]),
    );
    expect(draft.reportingDeadlines).toEqual(fromText.reportingDeadlines);
  });
});

/** A ZIP holding a word/document.xml of `size` repeated bytes, as a ZIP bomb would. */
async function repeatedBytesDocx(size: number): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types/>');
  zip.file('word/document.xml', new Uint8Array(size).fill(0x61));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 1 } });
}

/** Rewrites the uncompressed size an archive declares for an entry, in its local and central headers. */
function declareSize(zip: Uint8Array, entryName: string, size: number): Uint8Array {
  const patched = zip.slice();
  const view = new DataView(patched.buffer);
  const name = new TextEncoder().encode(entryName);
  const nameAt = (offset: number) => name.every((byte, index) => patched[offset + index] === byte);
  for (let offset = 0; offset < patched.length - 46; offset++) {
    const signature = view.getUint32(offset, true);
    if (signature === 0x04034b50 && nameAt(offset + 30)) view.setUint32(offset + 22, size, true);
    if (signature === 0x02014b50 && nameAt(offset + 46)) view.setUint32(offset + 24, size, true);
  }
  return patched;
}

/** A valid one-page PDF with no text at all, as a scan without OCR reads. */
function pdfWithoutText(): Uint8Array {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets = objects.map((body, index) => {
    const offset = pdf.length;
    pdf += `${index + 1} 0 obj\n${body}\nendobj\n`;
    return offset;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return utf8(pdf);
}

describe('readPlanDocument: refused input', () => {
  it('an empty file', async () => {
    expect((await refusal(new Uint8Array(), 'ke-hoach.txt')).message).toBe('Tệp “ke-hoach.txt” rỗng.');
    expect((await refusal(new Uint8Array(), 'ke-hoach.pdf')).message).toBe('Tệp “ke-hoach.pdf” rỗng.');
  });

  it('a file of an unsupported kind', async () => {
    expect((await refusal(utf8('KẾ HOẠCH'), 'ke-hoach.doc')).message).toBe(
      'Không đọc được tệp “ke-hoach.doc”: chỉ nhận tệp .docx, .pdf, .txt hoặc .md.',
    );
  });

  it('a file over 20 MB, before reading it', async () => {
    const error = await refusal(new Uint8Array(MAX_DOCUMENT_BYTES + 1), 'lon.pdf');
    expect(error.message).toBe('Tệp “lon.pdf” quá lớn (20.0 MB); giới hạn là 20 MB.');
  });

  it('binary garbage named .pdf', async () => {
    const garbage = Uint8Array.from({ length: 4096 }, (_, index) => (index * 7919) % 256);
    expect((await refusal(garbage, 'ke-hoach.pdf')).message).toBe('Tệp “ke-hoach.pdf” không phải là PDF.');
  });

  it('a broken PDF, quickly', async () => {
    const started = performance.now();
    const error = await refusal(utf8(`%PDF-1.7\n${'rác '.repeat(2000)}`), 'hong.pdf');
    expect(error.message).toBe('Tệp “hong.pdf” là PDF hỏng hoặc được bảo vệ, không đọc được.');
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('a PDF with no text (a scan)', async () => {
    expect((await refusal(pdfWithoutText(), 'scan.pdf')).message).toBe(
      'Không đọc được chữ nào trong tệp “scan.pdf” (tệp trống hoặc là bản quét ảnh).',
    );
  });

  it('a text file named .docx, and a ZIP that is not a Word document', async () => {
    expect((await refusal(utf8('KẾ HOẠCH nâng cao chỉ số PAPI'), 'ke-hoach.docx')).message).toBe('Tệp “ke-hoach.docx” không phải là tệp Word (.docx).');
    const zip = new JSZip();
    zip.file('readme.txt', 'không phải Word');
    const notWord = await zip.generateAsync({ type: 'uint8array' });
    expect((await refusal(notWord, 'nen.docx')).message).toBe('Tệp “nen.docx” không phải là tệp Word (.docx).');
  });

  it('a PDF or Word file named .txt, and text that is not UTF-8', async () => {
    expect((await refusal(fixture('000.pdf'), 'ke-hoach.txt')).message).toBe('Tệp “ke-hoach.txt” không phải là tệp văn bản (.txt).');
    expect((await refusal(fixture('001.docx'), 'ke-hoach.md')).message).toBe('Tệp “ke-hoach.md” không phải là tệp văn bản (.md).');
    expect((await refusal(Uint8Array.from([0x4b, 0xe1, 0xba, 0x20, 0xff, 0xfe]), 'cu.txt')).message).toBe(
      'Tệp “cu.txt” không phải là văn bản UTF-8; hãy lưu lại với mã UTF-8.',
    );
  });

  it('a ZIP bomb declaring a huge document.xml, from its directory, without unpacking it', async () => {
    const bomb = declareSize(await repeatedBytesDocx(1024 * 1024), 'word/document.xml', 0xfffffff0);
    const started = performance.now();
    expect((await refusal(bomb, 'bom.docx')).message).toBe('Tệp “bom.docx” giải nén ra quá lớn (tệp nén bất thường), không đọc.');
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('a ZIP bomb declaring a small document.xml that unpacks past the limit', async () => {
    const bomb = declareSize(await repeatedBytesDocx(51 * 1024 * 1024), 'word/document.xml', 1000);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const started = performance.now();
    expect((await refusal(bomb, 'bom.docx')).message).toBe(
      'Tệp “bom.docx” bị hỏng hoặc giải nén ra quá lớn (phần word/document.xml), không đọc.',
    );
    expect(performance.now() - started).toBeLessThan(5000);
  }, 20_000);
});
