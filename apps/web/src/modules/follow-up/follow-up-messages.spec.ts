import { describe, expect, it } from 'vitest';
import { followUpEn, followUpVi } from './follow-up-messages';

describe('follow-up texts', () => {
  it('says why a commune is followed up, in Vietnamese', () => {
    const { reasonText, actionText } = followUpVi.alignment;
    expect(reasonText({ kind: 'plan_missing' }, 2025)).toBe('Chưa có kế hoạch năm 2025');
    expect(reasonText({ kind: 'plan_late', days: 6 }, 2025)).toBe('Kế hoạch ban hành chậm 6 ngày làm việc');
    expect(reasonText({ kind: 'weak_without_task', code: 'D3.1', nameVi: 'Tiếp cận thông tin' }, 2025)).toBe(
      'Chỉ số yếu D3.1 Tiếp cận thông tin chưa có nhiệm vụ trong kế hoạch',
    );
    expect(reasonText({ kind: 'reports_late', count: 2 }, 2025)).toBe('Chậm 2 báo cáo');
    expect(actionText({ kind: 'plan_missing' }, 2025)).toBe('Ban hành kế hoạch nâng cao chỉ số năm 2025 và gửi Phòng Nội vụ.');
  });

  it('and in English, singular where it should be', () => {
    expect(followUpEn.alignment.reasonText({ kind: 'reports_late', count: 1 }, 2025)).toBe('1 report late');
    expect(followUpEn.alignment.reasonText({ kind: 'reports_late', count: 3 }, 2025)).toBe('3 reports late');
  });

  it('has every text in both languages', () => {
    const shape = (value: unknown): unknown =>
      typeof value === 'object' && value !== null
        ? Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, shape(inner)]))
        : typeof value;
    expect(shape(followUpEn)).toEqual(shape(followUpVi));
  });
});
