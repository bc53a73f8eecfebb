import { describe, expect, it } from 'vitest';
import { foldVietnamese } from '../fold-vietnamese.js';

describe('foldVietnamese', () => {
  it.each([
    ['Thị trấn Như Quỳnh', 'thi tran nhu quynh'],
    ['Đà Nẵng', 'da nang'],
    ['ĐỒNG THÁP', 'dong thap'],
    ['  Bà   Rịa - Vũng Tàu ', 'ba ria - vung tau'],
    ['Thừa Thiên Huế', 'thua thien hue'],
    ['Ưng Hoà', 'ung hoa'],
  ])('folds %s to %s', (input, expected) => {
    expect(foldVietnamese(input)).toBe(expected);
  });

  it('folds precomposed and decomposed input alike', () => {
    const decomposed = 'Quỳnh'.normalize('NFD');
    expect(decomposed).not.toBe('Quỳnh');
    expect(foldVietnamese(decomposed)).toBe(foldVietnamese('Quỳnh'));
  });
});
