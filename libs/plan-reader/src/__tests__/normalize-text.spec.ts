import { describe, expect, it } from 'vitest';
import { BREAK, joinParagraphs, normalizeLines, repairLine, unfoldGridTable } from '../normalize-text.js';

describe('repairLine', () => {
  it.each([
    ['Hành chính công năm 2024như sau:', 'Hành chính công năm 2024 như sau:'],
    ['Chỉ số PAPI năm 2024ở vị trí tốp đầu', 'Chỉ số PAPI năm 2024 ở vị trí tốp đầu'],
    ['thực hiện Kếhoạch của UBND thị trấn', 'thực hiện Kế hoạch của UBND thị trấn'],
    ['một nhiệm vụ trọng tâm củađơn vị', 'một nhiệm vụ trọng tâm của đơn vị'],
    ['Kế hoạch số 192//KH-UBND ngày', 'Kế hoạch số 192/KH-UBND ngày'],
    ['Kế hoạch số 08/KH-UBND ngày 11/01 /2024 của', 'Kế hoạch số 08/KH-UBND ngày 11/01/2024 của'],
    ['Quyết định số 422/QĐ-TTgngày 04/4/2022', 'Quyết định số 422/QĐ-TTg ngày 04/4/2022'],
    ['trong thực hiện TTHC đạt mức90% trở lên', 'trong thực hiện TTHC đạt mức 90% trở lên'],
    ['UBND; công chứcVHXH', 'UBND; công chức VHXH'],
    ['Văn phòng UBNDvà các bộ phận', 'Văn phòng UBND và các bộ phận'],
    ['hành vi tham nhũng.Tăng cường kiểm tra', 'hành vi tham nhũng. Tăng cường kiểm tra'],
    ['giải pháp cụ thể(Có Phụ lục kèm theo)', 'giải pháp cụ thể (Có Phụ lục kèm theo)'],
    ['1.3.Nội dung “Trách nhiệm giải trình"', '1.3. Nội dung “Trách nhiệm giải trình"'],
    ['a)Tương tác', 'a) Tương tác'],
    ['-Tiếp tục tham mưu', '- Tiếp tục tham mưu'],
    ['**KẾ HOẠCH**', 'KẾ HOẠCH'],
    ['Hà\u00a0Nội,\u200b ngày 17', 'Hà Nội, ngày 17'],
  ])('%j → %j', (damaged, repaired) => {
    expect(repairLine(damaged)).toBe(repaired);
  });

  it('leaves abbreviations and names with mixed case alone', () => {
    expect(repairLine('Ứng dụng VNeID, Quyết định 468/QĐ-TTg, 10-CTr/TU')).toBe('Ứng dụng VNeID, Quyết định 468/QĐ-TTg, 10-CTr/TU');
  });
});

describe('normalizeLines', () => {
  it('splits the two-column heading of a plain-text extraction into its columns', () => {
    const lines = normalizeLines(
      'ỦY BAN NHÂN DÂN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nPHƯỜNG DỊ SỬ                       Độc lập - Tự do - Hạnh phúc\n',
    );
    expect(lines.filter(Boolean)).toEqual(['ỦY BAN NHÂN DÂN', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'PHƯỜNG DỊ SỬ', 'Độc lập - Tự do - Hạnh phúc']);
  });

  it('turns rules into paragraph breaks and drops dotted blanks and empty bullets', () => {
    expect(normalizeLines('KẾ HOẠCH\n––––––––––\n........\n-   \nThực hiện')).toEqual(['KẾ HOẠCH', BREAK, '', '', 'Thực hiện']);
  });

  it('reads a narrow Pandoc grid table column after column (the signature beside "Nơi nhận")', () => {
    const row = (left: string, right: string) => `| ${left.padEnd(19)}| ${right.padEnd(19)}|`;
    const block = [
      '+--------------------+--------------------+',
      row('***Nơi nhận:\\***', '**TM. ỦY BAN\\'),
      row('- Chính phủ;\\', 'CHỦ TỊCH\\'),
      row('- Lưu: HC.', 'Trần Thanh Mẫn**'),
      '+--------------------+--------------------+',
    ];
    expect(normalizeLines(block.join('\n'))).toEqual(['Nơi nhận:', '- Chính phủ;', '- Lưu: HC.', 'TM. ỦY BAN', 'CHỦ TỊCH', 'Trần Thanh Mẫn']);
  });

  it('keeps a wide grid table as rows of cells, the lines of a cell joined by <br>', () => {
    expect(unfoldGridTable(['+----+----+----+----+', '| 1  | Họp| UB | Q1 |', '|    | dân|    |    |', '+----+----+----+----+'])).toEqual([
      '| 1 | Họp<br>dân | UB | Q1 |',
    ]);
  });
});

describe('joinParagraphs', () => {
  it('joins PDF lines broken mid-sentence, each followed by a blank line, and keeps numbered parts apart', () => {
    const pdfText = [
      'KẾ HOẠCH',
      'Nâng cao Chỉ số Hiệu quả quản trị và hành chính công (PAPI)',
      'thị trấn Như Quỳnh năm 2024',
      'Thực hiện Chỉ thị số 06/CT-CTUBND ngày 17/5/2019 của Chủ tịch',
      'UBND tỉnh và Thực hiện Kế hoạch số 180/KH-UBND ngày 29/12/2023 của',
      'UBND huyện về nâng cao Chỉ số Hiệu quả quản trị hành chính công (PAPI)',
      'huyện Văn Lâm năm 2024.',
      'I. MỤC ĐÍCH, YÊU CẦU',
      '1. Mục đích',
      'a) Cụ thể hóa mục tiêu, nhiệm vụ của Chỉ thị số 06/CT-CTUBND',
      'ngày 17/5/2019 của Chủ tịch UBND tỉnh.',
      '3',
      'b) Phát huy sự tham gia của mọi tầng lớp Nhân dân.',
    ].join('\n\n');
    expect(joinParagraphs(normalizeLines(pdfText))).toEqual([
      'KẾ HOẠCH',
      'Nâng cao Chỉ số Hiệu quả quản trị và hành chính công (PAPI) thị trấn Như Quỳnh năm 2024',
      'Thực hiện Chỉ thị số 06/CT-CTUBND ngày 17/5/2019 của Chủ tịch UBND tỉnh và Thực hiện Kế hoạch số 180/KH-UBND ngày 29/12/2023 của UBND huyện về nâng cao Chỉ số Hiệu quả quản trị hành chính công (PAPI) huyện Văn Lâm năm 2024.',
      'I. MỤC ĐÍCH, YÊU CẦU',
      '1. Mục đích',
      'a) Cụ thể hóa mục tiêu, nhiệm vụ của Chỉ thị số 06/CT-CTUBND ngày 17/5/2019 của Chủ tịch UBND tỉnh.',
      'b) Phát huy sự tham gia của mọi tầng lớp Nhân dân.',
    ]);
  });

  it('takes blank lines as paragraph ends when paragraphs wrap over several lines', () => {
    const markdown = 'Thực hiện Nghị quyết số\n214/NQ-CP ngày 23/7/2025 của Chính phủ;\n\nThành phố Hà Nội là đơn vị đi đầu\ntrong tổ chức triển khai.\n\na) Triển khai đảm bảo hoàn\nthành đầy đủ các nhiệm vụ.';
    expect(joinParagraphs(normalizeLines(markdown))).toEqual([
      'Thực hiện Nghị quyết số 214/NQ-CP ngày 23/7/2025 của Chính phủ;',
      'Thành phố Hà Nội là đơn vị đi đầu trong tổ chức triển khai.',
      'a) Triển khai đảm bảo hoàn thành đầy đủ các nhiệm vụ.',
    ]);
  });
});
