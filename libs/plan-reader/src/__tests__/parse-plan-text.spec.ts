import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../parse-plan-text.js';

describe('parsePlanText', () => {
  it('takes the year the caller gives only when the document names none', () => {
    const undated = 'KẾ HOẠCH\nTuyên truyền pháp luật cho Nhân dân\nĐể nâng cao hiểu biết pháp luật, UBND xã Đức Hợp ban hành Kế hoạch như sau:';
    expect(parsePlanText(undated, { year: 2026 }).year).toBe(2026);
    expect(parsePlanText(undated).year).toBeNull();
    expect(parsePlanText(undated).warnings).toContain('Không xác định được năm của kế hoạch.');
    expect(parsePlanText(undated.replace('Nhân dân', 'Nhân dân năm 2025'), { year: 2026 }).year).toBe(2025);
  });

  it('returns an empty draft with warnings for text that is no plan at all', () => {
    const draft = parsePlanText('');
    expect(draft).toMatchObject({
      unit: { name: null, level: null },
      year: null,
      number: null,
      issuedOn: null,
      signer: null,
      frameworks: [],
      references: [],
      targets: [],
      sections: [],
      tasks: [],
      reportingDeadlines: [],
    });
    expect(draft.warnings).toEqual([
      'Không thấy tiêu đề “KẾ HOẠCH”: hãy kiểm tra đây có phải là kế hoạch.',
      'Không tìm thấy số kế hoạch.',
      'Không tìm thấy ngày ban hành.',
      'Không tìm thấy đơn vị ban hành.',
      'Không xác định được năm của kế hoạch.',
      'Không tìm thấy người ký.',
      'Văn bản không nêu chỉ số nào (PAPI, PAR INDEX, SIPAS, DTI, Dân vận chính quyền, PCI).',
      'Không tìm thấy bảng nhiệm vụ (Biểu tổng hợp nhiệm vụ).',
      'Không tìm thấy thời hạn báo cáo kết quả thực hiện.',
    ]);
  });

  it('reads the level of the issuing unit from its kind', () => {
    const unitOf = (heading: string) => parsePlanText(`ỦY BAN NHÂN DÂN\n${heading}\nKẾ HOẠCH\nNâng cao chỉ số PAPI năm 2025`).unit;
    expect(unitOf('HUYỆN VĂN LÂM')).toEqual({ name: 'Huyện Văn Lâm', level: 'district' });
    expect(unitOf('THỊ XÃ MỸ HÀO')).toEqual({ name: 'Thị xã Mỹ Hào', level: 'district' });
    expect(unitOf('THÀNH PHỐ HƯNG YÊN')).toEqual({ name: 'Thành phố Hưng Yên', level: 'district' });
    expect(unitOf('THÀNH PHỐ ĐÀ NẴNG')).toEqual({ name: 'Thành phố Đà Nẵng', level: 'province' });
    expect(unitOf('TỈNH HƯNG YÊN')).toEqual({ name: 'Tỉnh Hưng Yên', level: 'province' });
    expect(unitOf('XÃ ĐỨC HỢP')).toEqual({ name: 'Xã Đức Hợp', level: 'commune' });
  });
});
