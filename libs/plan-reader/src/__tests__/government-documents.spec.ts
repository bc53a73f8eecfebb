import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../parse-plan-text.js';
import { documentText } from './documents.js';

// Values below are read off the documents' headings and signatures (data/documents/government).
const documents = [
  {
    file: 'KH_NQ214_dulieu_chuyendoiso.txt',
    unit: { name: 'Thành phố Hà Nội', level: 'province' },
    number: '308/KH-UBND',
    issuedOn: '2025-11-17',
    signer: 'Trương Việt Dũng',
  },
  {
    file: 'KH_chuyendoiso_doanhnghiep.txt',
    unit: { name: 'Tỉnh Đồng Tháp', level: 'province' },
    number: '617/KH-UBND',
    issuedOn: '2025-12-01',
    signer: 'Huỳnh Minh Tuấn',
  },
  {
    file: 'cantho_KH_giamsat_danhgia_giamngheo_2025.txt',
    unit: { name: 'Thành phố Cần Thơ', level: 'province' },
    number: '160/KH-UBND',
    issuedOn: '2025-11-19',
    signer: 'Trần Chí Hùng',
  },
  {
    file: 'cantho_KH_truyenthong_giamngheo_2025.txt',
    unit: { name: 'Thành phố Cần Thơ', level: 'province' },
    number: '159/KH-UBND',
    issuedOn: '2025-11-19',
    signer: 'Trần Chí Hùng',
  },
  {
    file: 'hcm_KH_trienkhai_luat_vieclam.txt',
    unit: { name: 'Thành phố Hồ Chí Minh', level: 'province' },
    number: '172/KH-UBND',
    issuedOn: '2025-11-18',
    signer: 'Trần Thị Diệu Thúy',
  },
  {
    file: 'cantho_QD2579-2025_tieuchi_danvan_danchucoso.txt',
    unit: { name: 'Thành phố Cần Thơ', level: 'province' },
    number: '2579/QĐ-UBND',
    issuedOn: '2025-11-21',
    signer: 'Trương Cảnh Tuyên',
  },
  {
    file: 'daklak_CT012-2025_cai_cach_TTHC.txt',
    unit: { name: 'Tỉnh Đắk Lắk', level: 'province' },
    number: '012/CT-UBND',
    issuedOn: '2025-11-26',
    signer: 'Trương Công Thái',
  },
  {
    file: 'haiphong_QD212-2025_xeploai_CBCC_xa_phuong.txt',
    unit: { name: 'Thành phố Hải Phòng', level: 'province' },
    number: '212/2025/QĐ-UBND',
    issuedOn: '2025-11-18',
    signer: 'Lê Ngọc Châu',
  },
  {
    file: 'NQ1666-UBTVQH15_sapxep_xa_HungYen_2025.txt',
    unit: { name: 'ỦY BAN THƯỜNG VỤ QUỐC HỘI', level: null },
    number: '1666/NQ-UBTVQH15',
    issuedOn: '2025-06-16',
    signer: 'Trần Thanh Mẫn',
  },
  {
    file: 'NQ1680-UBTVQH15_sapxep_xa_QuangTri_2025.txt',
    unit: { name: 'ỦY BAN THƯỜNG VỤ QUỐC HỘI', level: null },
    number: '1680/NQ-UBTVQH15',
    issuedOn: '2025-06-16',
    signer: 'Trần Thanh Mẫn',
  },
] as const;

describe('government documents', () => {
  it.each(documents)('$file: issuer, number, date, signer', ({ file, unit, number, issuedOn, signer }) => {
    const draft = parsePlanText(documentText('government', file));
    expect(draft.unit).toEqual(unit);
    expect(draft.number).toBe(number);
    expect(draft.issuedOn).toBe(issuedOn);
    expect(draft.year).toBe(Number(issuedOn.slice(0, 4)));
    expect(draft.signer).toBe(signer);
  });

  it('says when a document is not a plan, and reads no goals or content parts from it', () => {
    const decision = parsePlanText(documentText('government', 'haiphong_QD212-2025_xeploai_CBCC_xa_phuong.txt'));
    expect(decision.warnings).toContain('Văn bản là quyết định, không phải kế hoạch.');
    expect(decision.targets).toEqual([]);
    expect(decision.sections).toEqual([]);
    const resolution = parsePlanText(documentText('government', 'NQ1666-UBTVQH15_sapxep_xa_HungYen_2025.txt'));
    expect(resolution.warnings).toContain('Văn bản là nghị quyết, không phải kế hoạch.');
    expect(resolution.references).toContainEqual({ number: '76/2025/UBTVQH15', date: '2025-04-14', issuer: 'Ủy ban Thường vụ Quốc hội' });
  });

  it('Hà Nội 308/KH-UBND: a digital transformation plan, its references and numbered tasks', () => {
    const draft = parsePlanText(documentText('government', 'KH_NQ214_dulieu_chuyendoiso.txt'));
    expect(draft.frameworks).toEqual(['DTI']);
    expect(draft.references.slice(0, 3)).toEqual([
      { number: '214/NQ-CP', date: '2025-07-23', issuer: 'Chính phủ' },
      { number: '278/2025/NĐ-CP', date: '2025-10-22', issuer: 'Chính phủ' },
      { number: '142/QĐ-TTg', date: '2024-02-02', issuer: 'Thủ tướng Chính phủ' },
    ]);
    expect(draft.sections.map((section) => section.title)).toEqual([
      'Xây dựng các Chiến lược triển khai của thành phố Hà Nôi',
      'Triển khai, phát triển dữ liệu',
      'Về các nền tảng số',
      'Về đảm bảo an toàn thông tin',
      'Kinh phí thực hiện',
      'Nguồn nhân lực',
      'Về công tác đào tạo',
    ]);
    expect(draft.sections[0]?.items).toEqual([
      'Nhiệm vụ: Tham mưu UBND Thành phố phối hợp với Bộ Công an rà soát, hoàn thiện Chiến lược dữ liệu thành phố Hà Nội đến năm 2030 được UBND Thành phố phê duyệt tại Quyết định số 1229/QĐ-UBND ngày 28/02/2025 của UBND Thành phố.',
      'Cơ quan thực hiện:\n- Đơn vị chủ trì: Sở Khoa học và Công nghệ.\n- Đơn vị phối hợp: Các Sở, ban, ngành.',
      'Thời gian thực hiện: Hoàn thành trong năm 2025.',
    ]);
  });

  it('Đồng Tháp 617/KH-UBND: the appendix table, written one cell per block, gives its 11 tasks', () => {
    const draft = parsePlanText(documentText('government', 'KH_chuyendoiso_doanhnghiep.txt'));
    expect(draft.frameworks).toEqual(['DTI']);
    expect(draft.references).toContainEqual({ number: '57-NQ/TW', date: '2024-12-22', issuer: 'Bộ Chính trị' });
    expect(draft.tasks).toHaveLength(11);
    expect(draft.tasks[0]).toMatchObject({
      dimension: 'NÂNG CAO NHẬN THỨC VÀ ĐỔI MỚI TƯ DUY',
      task: 'Triển khai nền tảng đào tạo trực tuyến mở đại trà, cung cấp kiến thức, kỹ năng số, công nghệ số cơ bản cho người dân, doanh nghiệp.',
      lead: 'Sở KH&CN',
      implementers: 'Các sở, ban, ngành tỉnh; UBND các xã, phường',
      timeline: { kind: 'ongoing', text: 'Thường xuyên' },
    });
    expect(draft.tasks[3]).toMatchObject({
      dimension: 'HOÀN THIỆN CƠ CHẾ, CHÍNH SÁCH HỖ TRỢ CHUYỂN ĐỔI SỐ DOANH NGHIỆP',
      task: 'Xây dựng Bộ tiêu chí đánh giá mức độ chuyển đổi số doanh nghiệp.',
      timeline: { kind: 'quarter', text: 'Quí IV-2025', quarter: 4, year: 2025 },
    });
  });

  it('TP.HCM 172/KH-UBND: a plan naming no index', () => {
    const draft = parsePlanText(documentText('government', 'hcm_KH_trienkhai_luat_vieclam.txt'));
    expect(draft.frameworks).toEqual([]);
    expect(draft.references).toEqual([{ number: '1850/QĐ-TTg', date: '2025-08-27', issuer: 'Thủ tướng Chính phủ' }]);
    expect(draft.sections.map((section) => section.title)).toEqual([
      'Phổ biến, giáo dục Luật Việc làm và các văn bản quy định chi tiết, hướng dẫn thi hành',
      'Tổ chức tập huấn, bồi dưỡng, hướng dẫn chuyên môn, nghiệp vụ',
      'Xây dựng các văn bản quy phạm pháp luật quy định chi tiết các nội dung được giao trong Luật Việc làm',
      'Tổ chức kiểm tra việc thi hành Luật Việc làm và các văn bản quy phạm pháp luật quy định chi tiết, hướng dẫn thi hành',
    ]);
  });
});
