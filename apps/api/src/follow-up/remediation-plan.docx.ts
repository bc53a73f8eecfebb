import type { WeakIndicatorView } from '@govindex/contracts';
import { AlignmentType, BorderStyle, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';

export interface RemediationPlanInput {
  /** "Ủy ban nhân dân" line: the issuing unit's full name, e.g. "Phường Dị Sử". */
  unitFullName: string;
  /** The unit's short name for the place-and-date line ("Dị Sử, ngày … tháng … năm …"). */
  unitName: string;
  frameworkName: string;
  frameworkCode: string;
  resultsYear: number;
  total: { value: number; max: number; rank: number | null; of: number | null } | null;
  /** Weak indicators with their tree position: dimensions and the weak parts under them. */
  dimensions: Array<{ code: string; nameVi: string; value: number | null; max: number; weak: WeakIndicatorView | null; parts: WeakIndicatorView[] }>;
}

const FONT = 'Times New Roman';
const SIZE = 26; // half-points: 13 pt, the size of administrative documents (Nghị định 30/2020/NĐ-CP).

function text(content: string, options: { bold?: boolean; italics?: boolean; size?: number } = {}): TextRun {
  return new TextRun({ text: content, font: FONT, size: options.size ?? SIZE, bold: options.bold ?? false, italics: options.italics ?? false });
}

function paragraph(content: string | TextRun[], options: { center?: boolean; bold?: boolean; italics?: boolean; indent?: boolean } = {}): Paragraph {
  return new Paragraph({
    alignment: options.center ? AlignmentType.CENTER : AlignmentType.JUSTIFIED,
    indent: options.indent ? { firstLine: 567 } : undefined,
    spacing: { after: 120 },
    children: typeof content === 'string' ? [text(content, options)] : content,
  });
}

const NO_BORDERS = {
  top: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  bottom: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  left: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  right: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  insideHorizontal: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  insideVertical: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
};

/** The national header: issuing body on the left, the country's motto on the right, number and date below. */
function header(input: RemediationPlanInput): Table {
  const cell = (lines: Paragraph[]) => new TableCell({ children: lines, width: { size: 50, type: WidthType.PERCENTAGE } });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        children: [
          cell([paragraph('ỦY BAN NHÂN DÂN', { center: true }), paragraph(input.unitFullName.toUpperCase(), { center: true, bold: true })]),
          cell([paragraph('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { center: true, bold: true }), paragraph('Độc lập - Tự do - Hạnh phúc', { center: true, bold: true })]),
        ],
      }),
      new TableRow({
        children: [
          cell([paragraph('Số:      /KH-UBND', { center: true })]),
          cell([paragraph(`${input.unitName}, ngày      tháng      năm ${input.resultsYear + 1}`, { center: true, italics: true })]),
        ],
      }),
    ],
  });
}

function formatScore(value: number | null): string {
  return value === null ? '—' : value.toLocaleString('vi-VN', { maximumFractionDigits: 2 });
}

function why(indicator: WeakIndicatorView): string {
  return indicator.reasons
    .map((reason) => {
      if (reason.kind === 'declined') return `giảm ${formatScore(Math.abs(reason.change))} điểm so với năm trước`;
      if (reason.kind === 'bottom_quartile') return 'thuộc nhóm thấp nhất so với các đơn vị cùng cấp';
      return `thấp hơn rõ rệt so với trung vị các đơn vị cùng cấp (${formatScore(reason.peerMedian)})`;
    })
    .join('; ');
}

function tableCell(content: string, bold = false): TableCell {
  return new TableCell({ children: [new Paragraph({ children: [text(content, { bold, size: 22 })] })] });
}

/**
 * A draft "Kế hoạch khắc phục" (as seed 004): the national header, purpose, the results and what is
 * weak, one section per weak dimension, and the task table to fill in. A starting point the commune
 * edits in Word, not a finished document.
 */
export async function buildRemediationPlan(input: RemediationPlanInput): Promise<Buffer> {
  const weakDimensions = input.dimensions.filter((dimension) => dimension.weak !== null || dimension.parts.length > 0);
  const nextYear = input.resultsYear + 1;
  const body: Array<Paragraph | Table> = [
    header(input),
    paragraph(''),
    paragraph('KẾ HOẠCH', { center: true, bold: true }),
    paragraph(`Khắc phục tồn tại, hạn chế và nâng cao ${input.frameworkName} năm ${nextYear}`, { center: true, bold: true }),
    paragraph(
      `Căn cứ kết quả ${input.frameworkCode} năm ${input.resultsYear} đã được công bố, Ủy ban nhân dân ${input.unitFullName} ban hành Kế hoạch khắc phục những tồn tại, hạn chế và nâng cao chỉ số năm ${nextYear} như sau:`,
      { indent: true },
    ),
    paragraph('I. MỤC ĐÍCH, YÊU CẦU', { bold: true }),
    paragraph(`1. Khắc phục các tồn tại, hạn chế của các chỉ số nội dung, nội dung thành phần có kết quả thấp năm ${input.resultsYear}; phấn đấu năm ${nextYear} tăng thứ hạng so với năm ${input.resultsYear}.`, { indent: true }),
    paragraph('2. Phân công rõ cơ quan, bộ phận chủ trì, thời hạn và sản phẩm của từng nhiệm vụ; gắn trách nhiệm người đứng đầu với kết quả thực hiện.', { indent: true }),
    paragraph(`II. KẾT QUẢ ${input.frameworkCode} NĂM ${input.resultsYear} VÀ NHỮNG HẠN CHẾ`, { bold: true }),
    paragraph(
      input.total
        ? `Điểm tổng hợp đạt ${formatScore(input.total.value)}/${formatScore(input.total.max)} điểm${input.total.rank !== null ? `, xếp thứ ${input.total.rank}/${input.total.of}` : ''}.`
        : 'Chưa có điểm tổng hợp.',
      { indent: true },
    ),
    paragraph(
      weakDimensions.length > 0 ? `Có ${weakDimensions.length} chỉ số nội dung cần khắc phục:` : 'Không có chỉ số nội dung nào bị đánh giá là yếu theo các tiêu chí của GovIndex.',
      { indent: true },
    ),
    paragraph('III. NHIỆM VỤ, GIẢI PHÁP', { bold: true }),
  ];
  weakDimensions.forEach((dimension, index) => {
    body.push(paragraph(`${index + 1}. Chỉ số nội dung “${dimension.nameVi}” (${formatScore(dimension.value)}/${formatScore(dimension.max)} điểm)`, { bold: true }));
    if (dimension.weak) body.push(paragraph(`Hạn chế: ${why(dimension.weak)}.`, { indent: true, italics: true }));
    for (const part of dimension.parts) {
      body.push(paragraph(`- ${part.nameVi}: ${formatScore(part.value)}/${formatScore(part.max)} điểm; ${why(part)}. Nhiệm vụ, giải pháp: ……………………………………`, { indent: true }));
    }
    if (dimension.parts.length === 0) body.push(paragraph('- Nhiệm vụ, giải pháp: ……………………………………', { indent: true }));
  });
  body.push(
    paragraph('IV. TỔ CHỨC THỰC HIỆN', { bold: true }),
    paragraph('1. Các bộ phận chuyên môn, cán bộ, công chức được giao chủ trì tổ chức thực hiện các nhiệm vụ tại Biểu tổng hợp nhiệm vụ kèm theo.', { indent: true }),
    paragraph('2. Định kỳ 6 tháng, năm báo cáo kết quả thực hiện về Ủy ban nhân dân cấp trên (qua Phòng Nội vụ) theo quy định.', { indent: true }),
    paragraph(''),
    paragraph('BIỂU TỔNG HỢP NHIỆM VỤ', { center: true, bold: true }),
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [
        new TableRow({
          tableHeader: true,
          children: ['TT', 'Chỉ số nội dung', 'Nội dung thành phần', 'Nhiệm vụ', 'Kết quả/Sản phẩm', 'Đơn vị chủ trì', 'Đơn vị thực hiện', 'Thời gian thực hiện'].map((title) => tableCell(title, true)),
        }),
        ...weakDimensions.flatMap((dimension, index) => {
          const parts = dimension.parts.length > 0 ? dimension.parts.map((part) => part.nameVi) : [''];
          return parts.map((part, partIndex) => new TableRow({ children: [String(index + 1) + (parts.length > 1 ? `.${partIndex + 1}` : ''), dimension.nameVi, part, '', '', '', '', ''].map((value) => tableCell(value)) }));
        }),
      ],
    }),
  );
  const document = new Document({
    creator: 'GovIndex',
    title: `Kế hoạch khắc phục ${input.frameworkCode} ${nextYear} — ${input.unitFullName}`,
    sections: [{ properties: { page: { margin: { top: 1134, bottom: 1134, left: 1701, right: 1134 } } }, children: body }],
  });
  return Packer.toBuffer(document);
}
