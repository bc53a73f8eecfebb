import type { UnitScorecard } from '@govindex/contracts';
import { describe, expect, it } from 'vitest';
import { aggregateWeakDimensions } from './weak-dimensions';

const dimensions = [
  { code: 'D1', nameVi: 'Tham gia của người dân ở cấp cơ sở', nameEn: 'Participation at local levels' },
  { code: 'D3', nameVi: 'Trách nhiệm giải trình với người dân', nameEn: 'Vertical accountability towards citizens' },
  { code: 'D5', nameVi: 'Thủ tục hành chính công', nameEn: 'Public administrative procedures' },
];

function card(id: number, name: string, weak: Array<[string, number]>): Pick<UnitScorecard, 'unit' | 'weakIndicators'> {
  return {
    unit: { id, code: String(id), name, fullName: `Xã ${name}`, level: 'commune', path: 'Huyện Văn Lâm, Tỉnh Hưng Yên' },
    weakIndicators: weak.map(([code, points]) => ({
      code,
      nameVi: code,
      value: 5,
      max: 10,
      reasons: [{ kind: 'bottom_quartile', peerQuartile: 5 }],
      pointsRecoverable: points,
      pointsRecoverableOnTotal: points,
    })),
  };
}

describe('aggregateWeakDimensions', () => {
  const cards = [
    card(4358, 'Lạc Đạo', [
      ['D3', 6.83],
      ['D1', 5.4],
      ['D5', 2.84],
    ]),
    card(4361, 'Việt Hưng', [
      ['D3', 6.26],
      ['D1.2', 1.5],
    ]),
    card(4357, 'Như Quỳnh', [['D5', 2.99]]),
    card(4367, 'Lạc Hồng', []),
  ];

  it('counts, for each dimension, the units weak on it, most first', () => {
    const rows = aggregateWeakDimensions(dimensions, cards);
    expect(rows.map((row) => [row.code, row.count, row.of])).toEqual([
      ['D3', 2, 4],
      ['D5', 2, 4],
      ['D1', 1, 4],
    ]);
  });

  it('lists the weak units by name and sums what they could win back on their totals', () => {
    const [d3, d5] = aggregateWeakDimensions(dimensions, cards);
    expect(d3!.units.map((unit) => unit.fullName)).toEqual(['Xã Lạc Đạo', 'Xã Việt Hưng']);
    expect(d3!.pointsRecoverableOnTotal).toBe(13.09);
    expect(d5!.units.map((unit) => unit.name)).toEqual(['Lạc Đạo', 'Như Quỳnh']);
    expect(d5!.pointsRecoverableOnTotal).toBe(5.83);
  });

  it('ignores sub-indicators and keeps dimensions no unit is weak on', () => {
    const rows = aggregateWeakDimensions(dimensions, [card(1, 'A', [['D1.2', 3]])]);
    expect(rows.map((row) => [row.code, row.count])).toEqual([
      ['D1', 0],
      ['D3', 0],
      ['D5', 0],
    ]);
  });
});
