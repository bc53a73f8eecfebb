import { describe, expect, it } from 'vitest';
import { reportsEn, reportsVi } from './reports-messages';

describe('report texts', () => {
  it('names the standings the way the district speaks of them', () => {
    expect(reportsVi.timeliness).toEqual({ on_time: 'Đúng hạn', late: 'Trễ hạn', missing: 'Chưa nộp', pending: 'Chưa đến hạn' });
    expect(reportsVi.progress).toEqual({ not_started: 'Chưa thực hiện', in_progress: 'Đang thực hiện', done: 'Hoàn thành' });
    expect(reportsVi.kinds.half_year).toBe('6 tháng');
  });

  it('titles a new period after its kind and year', () => {
    expect(reportsVi.periodForm.defaultTitle('half_year', 2026)).toBe('Báo cáo kết quả thực hiện kế hoạch 6 tháng đầu năm 2026');
    expect(reportsVi.periodForm.defaultTitle('annual', 2026)).toBe('Báo cáo kết quả thực hiện kế hoạch năm 2026');
    expect(reportsEn.periodForm.defaultTitle('annual', 2026)).toBe('Report on the plan, year 2026');
  });

  it('writes a data window with whatever ends it has', () => {
    expect(reportsVi.window('01/01/2026', '30/06/2026')).toBe('01/01/2026 – 30/06/2026');
    expect(reportsVi.window('01/01/2026', null)).toBe('Từ 01/01/2026');
    expect(reportsVi.window(null, null)).toBe('–');
    expect(reportsEn.window(null, '30/06/2026')).toBe('Until 30/06/2026');
  });

  it('has every text in both languages', () => {
    const shape = (value: unknown): unknown =>
      typeof value === 'object' && value !== null
        ? Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, shape(inner)]))
        : typeof value;
    expect(shape(reportsEn)).toEqual(shape(reportsVi));
  });
});
