import { describe, expect, it } from 'vitest';
import { linkTaskToIndicator, type LinkableIndicator } from '../link-indicator.js';

const PAPI: LinkableIndicator[] = [
  { code: 'TOTAL', parentCode: null, nameVi: 'Chỉ số PAPI tổng hợp' },
  { code: 'D1', parentCode: 'TOTAL', nameVi: 'Tham gia của người dân ở cấp cơ sở' },
  { code: 'D1.1', parentCode: 'D1', nameVi: 'Tri thức công dân' },
  { code: 'D1.2', parentCode: 'D1', nameVi: 'Cơ hội tham gia' },
  { code: 'D1.3', parentCode: 'D1', nameVi: 'Chất lượng bầu cử trưởng thôn, tổ trưởng dân phố' },
  { code: 'D2', parentCode: 'TOTAL', nameVi: 'Công khai, minh bạch trong việc ra quyết định', aliases: ['D2_transparency'] },
  { code: 'D2.1', parentCode: 'D2', nameVi: 'Tiếp cận thông tin' },
  { code: 'D8', parentCode: 'TOTAL', nameVi: 'Quản trị điện tử' },
  { code: 'D8.1', parentCode: 'D8', nameVi: 'Tiếp cận cổng thông tin điện tử của chính quyền địa phương' },
];

describe('linkTaskToIndicator', () => {
  it('links a shortened dimension and a lettered sub-dimension as plans write them', () => {
    expect(linkTaskToIndicator('Tham gia của người dân', 'b) Cơ hội tham gia', PAPI)).toBe('D1.2');
    expect(linkTaskToIndicator('Tham gia của người dân', 'c) Chất lượng bầu cử trưởng thôn', PAPI)).toBe('D1.3');
  });

  it('ignores case, diacritics and the "Nội dung" prefix', () => {
    expect(linkTaskToIndicator('NỘI DUNG QUAN TRI DIEN TU', null, PAPI)).toBe('D8');
    expect(linkTaskToIndicator('1.2. Nội dung “Công khai, minh bạch trong việc ra quyết định”', null, PAPI)).toBe('D2');
  });

  it('finds a sub-dimension even when the dimension is missing or unknown', () => {
    expect(linkTaskToIndicator(null, 'Tiếp cận thông tin', PAPI)).toBe('D2.1');
    expect(linkTaskToIndicator('Một nội dung khác', 'Tri thức công dân', PAPI)).toBe('D1.1');
  });

  it('falls back to the dimension when the sub-dimension does not match', () => {
    expect(linkTaskToIndicator('Quản trị điện tử', 'Nội dung chưa có trong bộ chỉ số', PAPI)).toBe('D8');
  });

  it('answers null rather than guessing on unrelated text', () => {
    expect(linkTaskToIndicator('Phát triển kinh tế nông nghiệp', 'Chăn nuôi', PAPI)).toBeNull();
    expect(linkTaskToIndicator(null, null, PAPI)).toBeNull();
    expect(linkTaskToIndicator('', '  ', PAPI)).toBeNull();
  });
});
