import { describe, expect, it } from 'vitest';
import { en, vi } from './messages';

describe('unit texts', () => {
  it('names the commune level after the kinds each map has', () => {
    expect(vi.units.counts.level('commune', 'pre-reform')).toBe('xã/phường/thị trấn');
    expect(vi.units.counts.level('commune', 'post-reform')).toBe('xã/phường/đặc khu');
    expect(vi.units.counts.level('district', 'pre-reform')).toBe('quận/huyện');
    expect(en.units.counts.level('commune', 'post-reform')).toBe('communes');
  });

  it('titles a chart by what its bars count: districts hold communes, old provinces hold districts', () => {
    expect(vi.units.chart.title('district', 'pre-reform', 'Tỉnh Hưng Yên')).toBe(
      'Số xã/phường/thị trấn của từng quận/huyện — Tỉnh Hưng Yên',
    );
    expect(vi.units.chart.title('province', 'pre-reform', 'Cả nước')).toBe(
      'Số quận/huyện của từng tỉnh/thành phố — Cả nước',
    );
    expect(vi.units.chart.title('province', 'post-reform', 'Cả nước')).toBe(
      'Số xã/phường/đặc khu của từng tỉnh/thành phố — Cả nước',
    );
    expect(en.units.chart.title('province', 'post-reform', 'Whole country')).toBe('Communes per province — Whole country');
    expect(en.units.chart.title('province', 'pre-reform', 'Whole country')).toBe('Districts per province — Whole country');
  });

  it('words the validity of a unit from its dates', () => {
    expect(vi.units.detail.validityText(null, '30/06/2025')).toBe('Đến hết 30/06/2025');
    expect(vi.units.detail.validityText('01/07/2025', null)).toBe('Từ 01/07/2025');
    expect(vi.units.detail.validityText('01/01/2020', '30/06/2025')).toBe('Từ 01/01/2020 đến 30/06/2025');
    expect(vi.units.detail.validityText(null, null)).toBe('Đang có hiệu lực');
  });

  it('has an English and a Vietnamese name for every kind of unit', () => {
    expect(Object.keys(en.units.kindNames).sort()).toEqual(Object.keys(vi.units.kindNames).sort());
    expect(vi.units.kindNames.thi_tran).toBe('Thị trấn');
    expect(en.units.kindNames.thi_tran).toBe('Township');
  });
});
