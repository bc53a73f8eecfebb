import { describe, expect, it } from 'vitest';
import { en, vi } from '../../app/i18n/messages';

describe('plan texts', () => {
  it('words a plan and its number the way official documents do', () => {
    expect(vi.plans.detail.title('Thị trấn Như Quỳnh', 2024)).toBe('Kế hoạch năm 2024 — Thị trấn Như Quỳnh');
    expect(vi.plans.detail.numbered('08/KH-UBND', '11/01/2024')).toBe('Số 08/KH-UBND, ngày 11/01/2024');
    expect(vi.plans.detail.numbered('08/KH-UBND', null)).toBe('Số 08/KH-UBND');
    expect(vi.plans.detail.referenceLine('180/KH-UBND', '29/12/2023', 'UBND huyện')).toBe('Số 180/KH-UBND, ngày 29/12/2023, UBND huyện');
    expect(vi.plans.detail.referenceLine('06/CT-CTUBND', null, null)).toBe('Số 06/CT-CTUBND');
    expect(en.plans.detail.numbered('08/KH-UBND', '11/01/2024')).toBe('No. 08/KH-UBND of 11/01/2024');
  });

  it('names the row and the column of each cell of the form', () => {
    expect(vi.plans.form.rowField(vi.plans.form.references, 2, vi.plans.form.referenceDate)).toBe('Văn bản căn cứ 2 — Ngày');
    expect(vi.plans.form.removeLabel(vi.plans.tasks.task, 3)).toBe('Xoá nhiệm vụ 3');
    expect(en.plans.form.removeLabel(en.plans.tasks.task, 3)).toBe('Remove task 3');
  });

  it('counts in English with the plural only where it belongs', () => {
    expect(en.plans.tasks.count('1')).toBe('1 task');
    expect(en.plans.tasks.count('31')).toBe('31 tasks');
    expect(vi.plans.tasks.count('31')).toBe('31 nhiệm vụ');
    expect(en.plans.filter.count('1')).toBe('1 plan');
  });

  it('says what a reporting period covers, with either end missing', () => {
    expect(vi.plans.detail.dataPeriodText('01/01/2024', '30/06/2024')).toBe('Từ 01/01/2024 đến 30/06/2024');
    expect(vi.plans.detail.dataPeriodText(null, '30/06/2024')).toBe('Đến 30/06/2024');
    expect(vi.plans.detail.dataPeriodText(null, null)).toBe('—');
  });

  it('has a name for every compliance check in both languages', () => {
    expect(Object.keys(en.plans.compliance.codes).sort()).toEqual(Object.keys(vi.plans.compliance.codes).sort());
    expect(Object.keys(vi.plans.compliance.codes)).toHaveLength(4);
  });
});
