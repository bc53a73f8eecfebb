/**
 * Builds the binary test fixtures of the plan reader from the real plans in data/documents/plans, so
 * that the DOCX and PDF paths are tested on real files (the tests read the fixtures; they never build
 * them). Run from the repository root, after building the library (this reuses its line repair):
 *
 *   npx nx run plan-reader:build && node libs/plan-reader/scripts/make-fixtures.mjs
 *
 * - src/__fixtures__/001.docx: seed 001 (thị trấn Như Quỳnh, PAPI 2024) as Word lays out an official
 *   plan: the heading as a two-column borderless table (its number and date are those of the appendix's
 *   "Kèm theo Kế hoạch số 08/KH-UBND ngày 11/01/2024" line), the body's paragraphs, the signature beside
 *   "Nơi nhận", then the appendix with the task table as a real 8-column Word table. The table holds
 *   eight of the seed's rows, transcribed by hand from the seed's text, with the dimension and
 *   sub-dimension cells merged down as in the original (rows 1a–1d, 4a, two rows of 5b, 9c).
 * - src/__fixtures__/000.pdf: seed 000 (xã Đức Hợp, PAPI 2023) rendered by Chromium from HTML, so the PDF
 *   has real Vietnamese text whose lines break where the page width does, and the signature beside
 *   "Nơi nhận" as in the original.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { joinParagraphs, normalizeLines } from '../dist/normalize-text.js';

const plansDir = new URL('../../../data/documents/plans/', import.meta.url);
const fixturesDir = new URL('../src/__fixtures__/', import.meta.url);

/** The seed's body as paragraphs, from the first line after `from` up to (not including) `until`. */
function bodyParagraphs(file, from, until) {
  const lines = normalizeLines(readFileSync(new URL(file, plansDir), 'utf8'));
  const start = from ? lines.findIndex((line) => line === from) + 1 : 0;
  const end = lines.findIndex((line) => line === until);
  return joinParagraphs(lines.slice(start, end));
}

// ---------------------------------------------------------------------------------------------------
// 001.docx
// ---------------------------------------------------------------------------------------------------

const font = { font: 'Times New Roman', size: 26 };
const text = (content, options = {}) =>
  new Paragraph({ alignment: options.align, children: [new TextRun({ text: content, bold: options.bold, italics: options.italics, ...font })] });
const noBorders = {
  top: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  bottom: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  left: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  right: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  insideHorizontal: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  insideVertical: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
};
/** A borderless two-column layout table, each column a list of paragraphs. */
const layoutTable = (left, right) =>
  new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: noBorders,
    rows: [new TableRow({ children: [new TableCell({ children: left }), new TableCell({ children: right })] })],
  });

const heading = layoutTable(
  [text('ỦY BAN NHÂN DÂN', { bold: true, align: AlignmentType.CENTER }), text('THỊ TRẤN NHƯ QUỲNH', { bold: true, align: AlignmentType.CENTER }), text('Số: 08/KH-UBND', { align: AlignmentType.CENTER })],
  [
    text('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true, align: AlignmentType.CENTER }),
    text('Độc lập - Tự do - Hạnh phúc', { bold: true, align: AlignmentType.CENTER }),
    text('Như Quỳnh, ngày 11 tháng 01 năm 2024', { italics: true, align: AlignmentType.CENTER }),
  ],
);

const body001 = bodyParagraphs('001_0e6b10470e5a0469.txt', null, 'Nơi nhận:');
const signature001 = layoutTable(
  [
    text('Nơi nhận:', { bold: true }),
    ...['- UBND huyện; Phòng Nội vụ huyện;', '- TT Đảng ủy, TT HĐND thị trấn;', '- Lãnh đạo UBND thị trấn;', '- Chủ tịch UB MTTQ thị trấn;', '- Các ngành, đoàn thể;', '- Lưu: VT.'].map((line) => text(line)),
  ],
  [text('TM. ỦY BAN NHÂN DÂN', { bold: true, align: AlignmentType.CENTER }), text('CHỦ TỊCH', { bold: true, align: AlignmentType.CENTER }), text(''), text('Vũ Văn Sữa', { bold: true, align: AlignmentType.CENTER })],
);

/** A table cell of paragraphs (one per line of `lines`), spanning `rowSpan` rows. */
const cell = (lines, rowSpan = 1) => new TableCell({ rowSpan, children: [].concat(lines).map((line) => text(line)) });

const header = ['TT', 'Chỉ số nội dung', 'Nội dung thành phần', 'Nhiệm vụ', 'Kết quả', 'Đơn vị chủ trì', 'Đơn vị thực hiện', 'Thời gian thực hiện'];
const taskRows = [
  [
    cell('1', 4),
    cell('Tham gia của người dân', 4),
    cell('a) Tri thức công dân'),
    cell([
      '- Triển khai thực hiện các văn bản hướng dẫn của tỉnh về bầu cử; Quy chế tổ chức và hoạt động thôn, tổ dân phố và các văn bản hướng dẫn về bầu cử Trưởng thôn, Tổ trưởng dân phố.',
      '- Tham mưu tổ chức triển khai và ban hành các văn bản thực hiện về bầu cử đại biểu Quốc hội và HĐND theo hướng dẫn.',
      '- Thực hiện Tuyên truyền, phổ biến các chủ trương của Đảng, chính sách pháp luật của Nhà nước đến các tầng lớp nhân dân; đảm bảo mọi người dân đều hiểu biết về quyền, nghĩa vụ và chính sách liên quan trên Đài truyền thanh thị trấn, Bảng tin công cộng…',
      '- Đăng trên cổng thông tin của thị trấn về cách thức, thủ tục; Tạo điều kiện thuận lợi nhất để người dân thực hiện quyền và nghĩa vụ theo quy định',
    ]),
    cell([
      '- Các kế hoạch, công văn, hướng dẫn triển khai công tác bầu cử của thị trấn;',
      '- Đài truyền thanh, trang Website: Bài viết, lịch phát sóng, địa chỉ trang Website, số buổi phát sóng, hình ảnh, video...',
    ]),
    cell('UBND thị trấn'),
    cell('Văn phòng UBND; bộ phận Văn một cửa, bộ phận VHXH và Đài truyền thanh; Trưởng các thôn, phố'),
    cell(['- Trước và trong quá trình bầu cử', '- Thường xuyên']),
  ],
  [
    cell('b) Cơ hội tham gia'),
    cell([
      '- Triển khai các văn bản hướng dẫn, chỉ đạo của cấp trên; có văn bản của thị trấn phối hợp với các tổ chức chính trị, chính trị - xã hội, đoàn thể để giới thiệu các tổ chức tới người dân và để khuyến khích người dân đăng ký tham gia;',
      '- Triển khai Luật Thực hiện dân chủ ở cơ sở và các văn bản có liên quan vê Luật Thực hiện dân chủ ở cơ sở.',
      '- Tạo điều kiện thuận lợi về pháp lý để người dân tự nguyện tham gia các tổ chức nêu trên khi có nhu cầu và đủ điều kiện.',
    ]),
    cell(['- Các kế hoạch, công văn, hướng dẫn triển khai;', '- Các hình thức tuyên truyền.']),
    cell('UBND'),
    cell('Văn phòng UBND; bộ phận Văn hóa xã hội và Đài truyền thanh; Trưởng các thôn, phố'),
    cell('Thường xuyên'),
  ],
  [
    cell('c) Chất lượng bầu cử trưởng thôn, tổ trưởng dân phố'),
    cell([
      '- Tham gia các lớp bồi dưỡng nghiệp vụ; tập huấn về thực hiện quy chế dân chủ ở cơ sở.',
      '- Thực hiện tuyên truyền, phổ biến quy chế hoạt động thôn, tô dân phố và các chức danh khác theo quy định tại Quyêt định số 02/2021/QĐ-UBND ngày 29/01/2021 về việc ban hành Quy chế tổ chức, hoạt động và tiêu chí phân loại thôn, tổ dân phố trên địa bàn thị trấn để nhân dân nhận thức được quyền và nghĩa vụ của công dân tham gia bầu trưởng thôn, tổ trưởng dân phố; giới thiệu người có uy tín, có năng lực và trách nhiệm tham gia ứng cử; giám sát việc bầu cử đúng quy định ...',
      '- Tổ chức bầu trưởng thôn, tổ trường dân phố đảm bảo công khai, minh bạch (Xây dựng Kế hoạch rõ ràng, thông báo công khai đến người dân; Thời gian, địa điểm tổ chức bầu đảm bảo thuận lợi, phù hợp với đa số dân cư trên địa bàn).',
      '- Ban hành các văn bản hướng dẫn triển khai thực hiện quy chế hoạt động của thôn, tổ dân phố.',
    ]),
    cell(['- Các kế hoạch, công văn, hướng dẫn triển khai;', '- Các hình thức tuyên truyền;', '- 100% thôn, tổ dân phố thực hiện đúng quy định.']),
    cell('Lãnh đạo UBND'),
    cell('Ủy ban MTTQ phối hợp; Văn phòng UBND; công chức VHXH và Đài truyền thanh; Trưởng các thôn, phố'),
    cell('Khi có cuộc bầu cử trưởng thôn, tổ trưởng tổ dân phố'),
  ],
  [
    cell('d) Đóng góp tự nguyện'),
    cell([
      '- Thực hiện tự kiểm tra, đánh giá kết quả thực hiện dân vận chính quyền tại cơ sở;',
      '- Yêu cầu việc đánh giá kết quả công tác dân vận hàng năm phải có báo cáo việc huy động, quản lý, sử dụng các nguồn đóng góp tự nguyện của người dân, lấy ý kiến của người dân đối với việc tham gia đóng góp tự nguyện để thực hiện các dự án, công trình tại địa phương.',
    ]),
    cell(['- Các báo cáo kiểm tra, báo cáo tiếp thu các ý kiến tham gia của người dân về các công trình công cộng.', '- Các hình thức công khai']),
    cell('Lãnh đạo UBND'),
    cell('Ban Dân vận Đảng ủy; Các cán bộ, Công chức chuyên môn có liên quan;'),
    cell('Năm 2024 và những năm tiếp theo'),
  ],
  [
    cell('4'),
    cell('Trách nhiệm giải trình với người dân'),
    cell('a) Tương tác với chính quyền'),
    cell([
      '- Phối hợp tổ chức tập huấn, tuyên truyền để phổ biến kiến thức pháp luật cho đội ngũ trưởng thôn, phố, đại biểu HĐND, Chi hội trưởng của các tổ chức chính trị- xã hội.',
      '- Thông báo danh sách trưởng thôn, tổ trưởng dân phố, đại biểu HĐND, cán bộ, công chức thị trấn phụ trách địa bàn để người dân liên hệ khi cần thiết.',
      '- Tổ chức đối thoại giữa Chủ tịch UBND với Mặt trận Tổ quốc và các tổ chức chính trị - xã hội cùng cấp.',
    ]),
    cell([
      '- 100% trưởng thôn, tổ trưởng dân phố, đại biểu HĐND thị trấn, Chi hội trưởng của các tổ chức chính trị-xã hội được tuyên truyền.',
      '- Niêm yết thường xuyên tại 100% trụ sở UBND thị trấn.',
      '- UBND tổ chức ít nhất 2 lần/năm.',
    ]),
    cell('UBND'),
    cell('Cán bộ, công chức UBND'),
    cell('Thường xuyên'),
  ],
  [
    cell('5', 2),
    cell('Kiểm soát tham nhũng trong khu vực công', 2),
    cell('b) Kiểm soát tham nhũng trong cung ứng dịch vụ công Y tế, Giáo dục', 2),
    cell([
      '- Tăng cường thanh tra, kiểm tra việc thực hiện luật Khám chữa bệnh, thực hiện quy chế chuyên môn của Bộ Y tế. Phát huy hiệu quả đường dây nóng; tăng cường các kênh tiếp nhận thông tin của người dân đối với chất lượng, thái độ phục vụ của các cơ sở y tế; xử lý kịp thời các vụ việc, hành vi tiêu cực; thông tin, công khai rộng rãi tới người dân.',
      '- Tuyên truyền, tập huấn các văn bản về y tế: Quy định về y đức, Quy tắc úng xử, Đổi mới phong cách, thái độ phục vụ của nhân viên y tế hướng tới sự hài lòng của người bệnh, các văn bản hướng dẫn luật PCTN, Luật KCB...',
    ]),
    cell(['- Tổ chức tự kiểm tra;', '- Tham gia các lớp tập huấn, tuyên truyền.']),
    cell('Lãnh đạo UBND'),
    cell('Tổ công tác liên ngành của thị trấn'),
    cell('Thường xuyên'),
  ],
  [
    cell([
      '- Tăng cường kiểm tra các cơ sở giáo dục tiểu học công lập; tăng cường các kênh tiếp nhận thông tin của người dân đối với cơ sở vật chất, chất lượng giáo dục, đội ngũ giáo viên của các trường tiểu học trên địa bàn, xử lý kịp thời các vụ việc, hành vi tiêu cực; thông tin, công khai rộng rãi tới người dân.',
    ]),
    cell(['- Tổ chức tự kiểm tra;', '- Tham gia các lớp tập huấn, tuyên truyền.']),
    cell('Lãnh đạo UBND'),
    cell('Các nhà trường trên địa bàn'),
    cell('Quý II, III năm 2024'),
  ],
  [
    cell('9'),
    cell('Quản trị điện tử'),
    cell('c) Phúc đáp qua Cổng Thông tin điện tử'),
    cell([
      '- Đảm bảo đăng tải đầy đủ nội dung các ý kiến, khúc mắc của người dân, doanh nghiệp gửi đến cơ quan nhà nước bằng các hình thức khác nhau và trả lời của cơ quan nhà nước với các khúc mắc đó được công khai nội dung trên cổng thông tin điện tử theo quy định của nhà nước;',
      '- Cổng TTTT cấp huyện phải có chuyên mục lấy ý kiến đóng góp của người dân và đăng tải đầy đủ các dự thảo về chính sách, pháp luật liên quan đên đời sống, xã hội để người dân tham gia ý kiến',
    ]),
    cell('- Đường link, hình ảnh chụp bài dẫn nội dung đã đăng tải'),
    cell('Lãnh đạo UBND'),
    cell('Văn phòng UBND và các bộ phận liên quan'),
    cell('Thường xuyên'),
  ],
];
const taskTable = new Table({
  width: { size: 100, type: WidthType.PERCENTAGE },
  rows: [new TableRow({ tableHeader: true, children: header.map((name) => cell(name)) }), ...taskRows.map((children) => new TableRow({ children }))],
});

const document001 = new Document({
  sections: [
    {
      children: [
        heading,
        text(''),
        ...body001.map((paragraph) => text(paragraph, { bold: /^(?:KẾ HOẠCH|[IVX]+\.)/.test(paragraph) })),
        signature001,
        text('Phụ lục', { bold: true, align: AlignmentType.CENTER }),
        text('BIỂU TỔNG HỢP NHIỆM VỤ CỤ THỂ CỦA KẾ HOẠCH NÂNG CAO CHỈ SỐ HIỆU QUẢ QUẢN TRỊ VÀ HÀNH CHÍNH CÔNG HUYỆN VĂN LÂM NĂM 2023', {
          bold: true,
          align: AlignmentType.CENTER,
        }),
        text('(Kèm theo Kế hoạch số 08/KH-UBND ngày 11/01/2024 của UBND thị trấn Như Quỳnh)', { italics: true, align: AlignmentType.CENTER }),
        taskTable,
      ],
    },
  ],
});
writeFileSync(new URL('001.docx', fixturesDir), await Packer.toBuffer(document001));

// ---------------------------------------------------------------------------------------------------
// 000.pdf
// ---------------------------------------------------------------------------------------------------

const escape = (value) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const body000 = bodyParagraphs('000_aaf5190e761d9138.txt', null, 'Nơi nhận:');
const html = `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><style>
  @page { size: A4; margin: 2cm 2cm 2cm 3cm; }
  body { font-family: 'DejaVu Serif', serif; font-size: 13pt; line-height: 1.35; }
  p { margin: 0 0 6pt; text-align: justify; }
  .title { text-align: center; font-weight: bold; }
  table { width: 100%; border-collapse: collapse; margin-top: 12pt; }
  td { vertical-align: top; width: 50%; font-size: 11pt; }
  td.sign { text-align: center; font-weight: bold; font-size: 13pt; }
</style></head><body>
${body000.map((paragraph, index) => `<p${index < 2 ? ' class="title"' : ''}>${escape(paragraph)}</p>`).join('\n')}
<table><tr>
  <td><b>Nơi nhận:</b><br>- PhòngNội vụ huyện;<br>- Chủ tịch và các Phó Chủ tịch UBND xã;<br>- UBMTTQ và Các ban ngành đoàn thể xã;<br>- Cán bộ, công chức xã;<br>- Các thôn;<br>- Lưu: VT, NV.</td>
  <td class="sign">TM. ỦY BAN NHÂN DÂN<br>CHỦ TỊCH<br><br><br><br>Nguyễn Thị Hằng</td>
</tr></table>
</body></html>`;
const workDir = mkdtempSync(join(tmpdir(), 'plan-fixtures-'));
try {
  writeFileSync(join(workDir, '000.html'), html);
  execFileSync(
    'chromium',
    ['--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', `--print-to-pdf=${join(workDir, '000.pdf')}`, `file://${join(workDir, '000.html')}`],
    { stdio: 'ignore' },
  );
  writeFileSync(new URL('000.pdf', fixturesDir), readFileSync(join(workDir, '000.pdf')));
} finally {
  rmSync(workDir, { recursive: true, force: true });
}

for (const name of ['001.docx', '000.pdf']) console.log(`${name}: ${statSync(new URL(name, fixturesDir)).size} bytes`);
