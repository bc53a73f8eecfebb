import { describe, expect, it } from 'vitest';
import { normalizeLines } from '../normalize-text.js';
import { readTaskTable } from '../task-table.js';

const context = { year: 2024, frameworks: ['PAPI'] };

describe('readTaskTable', () => {
  it('separates the columns of a PDF table whose cells arrive one after another, line by line', () => {
    const pdfText = [
      'TT', 'Chỉ số nội', 'dung', 'Nội dung', 'thành', 'phần', 'Nhiệm vụ Kết quả', 'Đơn vị', 'chủ trì', 'Đơn vị thực', 'hiện', 'Thời', 'gian', 'thực', 'hiện',
      '1', 'Tham gia', 'của người', 'dân',
      'a) Tri thức', 'công dân',
      '- Tuyên truyền, phổ biến các chủ trương của Đảng, chính sách pháp luật của',
      'Nhà nước đến các tầng lớp nhân dân.',
      '- Các kế hoạch, công văn,', 'hướng dẫn triển khai;', '- 100% thôn thực hiện.',
      'Lãnh đạo', 'UBND',
      'Văn phòng', 'UBND; bộ', 'phận VHXH',
      'Quý II', 'năm 2024',
      // The header repeats at the top of the next page.
      'TT', 'Chỉ số nội', 'dung', 'Nội dung', 'thành phần', 'Nhiệm vụ Kết quả', 'Đơn vị chủ', 'trì', 'Đơn vị thực', 'hiện', 'Thời', 'gian', 'thực', 'hiện',
      'b) Cơ hội', 'tham gia',
      '- Triển khai Luật Thực hiện dân chủ ở cơ sở và các văn bản có liên quan.',
      'Các hình thức tuyên truyền',
      'Công chức', 'Tư pháp',
      'Các cán bộ,', 'công chức',
      'Thường', 'xuyên',
      'Quản trị', 'điện tử',
      'a) Phúc đáp',
      '- Đảm bảo đăng tải đầy đủ nội dung các ý kiến, khúc mắc của người dân.',
      'Đường link, hình ảnh',
      'UBND', 'Văn phòng', 'Năm 2024 và', 'hàng năm',
    ].join('\n\n');
    const table = readTaskTable(normalizeLines(pdfText), context);
    expect(table?.tasks).toEqual([
      {
        framework: 'PAPI',
        dimension: 'Tham gia của người dân',
        subDimension: 'Tri thức công dân',
        task: '- Tuyên truyền, phổ biến các chủ trương của Đảng, chính sách pháp luật của Nhà nước đến các tầng lớp nhân dân.',
        product: '- Các kế hoạch, công văn, hướng dẫn triển khai;\n- 100% thôn thực hiện.',
        lead: 'Lãnh đạo UBND',
        implementers: 'Văn phòng UBND; bộ phận VHXH',
        timeline: { kind: 'quarter', text: 'Quý II năm 2024', quarter: 2, year: 2024 },
        kpis: [{ text: '100%', comparator: 'eq', value: 100, unit: 'percent' }],
      },
      {
        framework: 'PAPI',
        dimension: 'Tham gia của người dân',
        subDimension: 'Cơ hội tham gia',
        task: '- Triển khai Luật Thực hiện dân chủ ở cơ sở và các văn bản có liên quan.',
        product: 'Các hình thức tuyên truyền',
        lead: 'Công chức Tư pháp',
        implementers: 'Các cán bộ, công chức',
        timeline: { kind: 'ongoing', text: 'Thường xuyên' },
        kpis: [],
      },
      {
        framework: 'PAPI',
        dimension: 'Quản trị điện tử',
        subDimension: 'Phúc đáp',
        task: '- Đảm bảo đăng tải đầy đủ nội dung các ý kiến, khúc mắc của người dân.',
        product: 'Đường link, hình ảnh',
        lead: 'UBND',
        implementers: 'Văn phòng',
        timeline: { kind: 'ongoing', text: 'Năm 2024 và hàng năm' },
        kpis: [],
      },
    ]);
    expect(table?.warnings[0]).toMatch(/^Bảng nhiệm vụ được đọc từ văn bản đã mất cấu trúc cột/);
  });

  it('reads `| … |` rows, carrying merged dimension cells down', () => {
    const lines = [
      '| TT | Chỉ số nội dung | Nội dung thành phần | Nhiệm vụ | Kết quả | Đơn vị chủ trì | Đơn vị thực hiện | Thời gian thực hiện |',
      '|---|---|---|---|---|---|---|---|',
      '| 1 | Tham gia của người dân | a) Tri thức công dân | - Tuyên truyền<br>- Phổ biến | 100% thôn | UBND | Văn phòng | Thường xuyên |',
      '|  |  | b) Cơ hội tham gia | Triển khai Luật | Tối thiểu 2 lần/năm | UBND |  | Quý II/2024 |',
    ];
    expect(readTaskTable(lines, context)?.tasks.map(({ dimension, subDimension, task, timeline, kpis }) => ({ dimension, subDimension, task, timeline, kpis }))).toEqual([
      {
        dimension: 'Tham gia của người dân',
        subDimension: 'Tri thức công dân',
        task: '- Tuyên truyền\n- Phổ biến',
        timeline: { kind: 'ongoing', text: 'Thường xuyên' },
        kpis: [{ text: '100%', comparator: 'eq', value: 100, unit: 'percent' }],
      },
      {
        dimension: 'Tham gia của người dân',
        subDimension: 'Cơ hội tham gia',
        task: 'Triển khai Luật',
        timeline: { kind: 'quarter', text: 'Quý II/2024', quarter: 2, year: 2024 },
        kpis: [{ text: 'Tối thiểu 2 lần/năm', comparator: 'gte', value: 2, unit: 'per_year' }],
      },
    ]);
  });

  it('reads a table written one cell per block between lone "|" lines, with group rows', () => {
    const text = ['PHỤ LỤC', '|', 'STT', '|', 'Tên nhiệm vụ', '|', 'Cơ quan chủ trì', '|', 'Cơ quan phối hợp', '|', 'Thời gian hoàn thành', '|', '|', 'I. NÂNG CAO NHẬN THỨC', '|', '|', '1', '|', 'Triển khai nền tảng đào tạo', 'trực tuyến.', '|', 'Sở KH&CN', '|', 'UBND các xã', '|', 'Quí IV-2025', '|'].join('\n');
    expect(readTaskTable(normalizeLines(text), { year: 2025, frameworks: ['DTI'] })?.tasks).toEqual([
      {
        framework: 'DTI',
        dimension: 'NÂNG CAO NHẬN THỨC',
        subDimension: null,
        task: 'Triển khai nền tảng đào tạo trực tuyến.',
        product: null,
        lead: 'Sở KH&CN',
        implementers: 'UBND các xã',
        timeline: { kind: 'quarter', text: 'Quí IV-2025', quarter: 4, year: 2025 },
        kpis: [],
      },
    ]);
  });

  it('finds no table in plain prose', () => {
    expect(readTaskTable(normalizeLines('Kế hoạch này không có phụ lục.\nNhiệm vụ do các phòng thực hiện.'), context)).toBeNull();
  });
});
