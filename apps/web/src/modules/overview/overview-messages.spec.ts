import { describe, expect, it } from 'vitest';
import { overviewEn, overviewVi } from './overview-messages';
import { formatScore } from './state/score-format';

const vi = (value: number) => formatScore(value, 'vi');
const en = (value: number) => formatScore(value, 'en');

describe('lagging reasons in words', () => {
  it('says why a commune lags, in Vietnamese sentences', () => {
    expect(overviewVi.laggingReason({ kind: 'bottom_quartile', rank: 10, of: 11 })).toBe('Nhóm thấp nhất (hạng 10/11)');
    expect(overviewVi.laggingReason({ kind: 'rank_drop', from: 4, to: 10 })).toBe('Tụt 6 bậc (từ 4 xuống 10)');
    expect(overviewVi.laggingReason({ kind: 'weak_on_many_dimensions', count: 3 })).toBe('Yếu ở 3 lĩnh vực');
    expect(overviewVi.laggingReason({ kind: 'plan_late', days: 5 })).toBe('Nộp kế hoạch chậm 5 ngày làm việc');
    expect(overviewVi.laggingReason({ kind: 'plan_missing', year: 2024 })).toBe('Chưa có kế hoạch năm 2024');
    expect(overviewVi.laggingReason({ kind: 'reports_late', count: 2 })).toBe('Chậm 2 báo cáo');
  });

  it('and in English, singular where it should be', () => {
    expect(overviewEn.laggingReason({ kind: 'bottom_quartile', rank: 10, of: 11 })).toBe('Bottom group (rank 10 of 11)');
    expect(overviewEn.laggingReason({ kind: 'rank_drop', from: 4, to: 10 })).toBe('Dropped 6 places (from 4 to 10)');
    expect(overviewEn.laggingReason({ kind: 'rank_drop', from: 4, to: 5 })).toBe('Dropped 1 place (from 4 to 5)');
    expect(overviewEn.laggingReason({ kind: 'weak_on_many_dimensions', count: 3 })).toBe('Weak in 3 dimensions');
  });
});

describe('weakness reasons in words', () => {
  it('explains each kind with the figures written the Vietnamese way', () => {
    expect(overviewVi.weaknessReason({ kind: 'far_below_peers', zScore: -2.21, peerMedian: 3.9866 }, 'commune', vi)).toBe(
      'Thấp xa so với các xã cùng huyện (trung vị 3,99; độ lệch chuẩn hoá -2,21)',
    );
    expect(overviewVi.weaknessReason({ kind: 'declined', change: -0.5947 }, 'commune', vi)).toBe('Giảm 0,59 điểm so với năm trước');
    expect(overviewVi.weaknessReason({ kind: 'bottom_quartile', peerQuartile: 3.7551 }, 'commune', vi)).toBe(
      'Thuộc nhóm 25% thấp nhất trong các xã cùng huyện (ngưỡng 3,76)',
    );
    expect(overviewVi.weaknessReason({ kind: 'bottom_quartile', peerQuartile: 4.29 }, 'province', vi)).toBe(
      'Thuộc nhóm 25% thấp nhất trong các tỉnh, thành phố (ngưỡng 4,29)',
    );
  });

  it('in English too', () => {
    expect(overviewEn.weaknessReason({ kind: 'declined', change: -0.5947 }, 'commune', en)).toBe('Down 0.59 points since last year');
    expect(overviewEn.recoverable('6.28')).toBe('6.28 points recoverable on the total');
  });
});

describe('standing texts', () => {
  it('names PAPI groups, the best and the worst spelled out', () => {
    expect(overviewVi.standing.groupName(1)).toBe('Nhóm 1 (cao nhất)');
    expect(overviewVi.standing.groupName(2)).toBe('Nhóm 2');
    expect(overviewVi.standing.groupName(4)).toBe('Nhóm 4 (thấp nhất)');
    expect(overviewEn.standing.groupName(4)).toBe('Group 4 (bottom)');
  });

  it('words rank changes', () => {
    expect(overviewVi.rankChange.up('2')).toBe('Tăng 2 bậc');
    expect(overviewVi.rankChange.down('7')).toBe('Giảm 7 bậc');
    expect(overviewEn.rankChange.up('1')).toBe('Up 1 place');
    expect(overviewEn.rankChange.down('7')).toBe('Down 7 places');
  });

  it('says who a unit is compared with', () => {
    expect(overviewVi.peersOf('commune', 'Huyện Văn Lâm')).toBe('các xã cùng huyện (Huyện Văn Lâm)');
    expect(overviewVi.standing.among(overviewVi.peersOf('commune', 'Huyện Văn Lâm'))).toBe('trong các xã cùng huyện (Huyện Văn Lâm)');
    expect(overviewVi.averageOf('Huyện Văn Lâm', 'commune')).toBe('Trung bình Huyện Văn Lâm');
    expect(overviewVi.averageOf(null, 'province')).toBe('Trung bình các tỉnh');
  });
});

describe('framework version notes', () => {
  it('warns that totals are not comparable across a version change', () => {
    expect(overviewVi.versionNote('2018', '8', '80', 'PAPI 2018–2020 (8 chỉ số nội dung)')).toBe(
      'Từ 2018: 8 lĩnh vực, tổng tối đa 80 — không so sánh trực tiếp với trước (PAPI 2018–2020 (8 chỉ số nội dung)).',
    );
    expect(overviewEn.versionMarker('2018', '8', '80')).toBe('2018: 8 dimensions, max 80');
  });
});

describe('both languages', () => {
  it('have the same sections and keys', () => {
    const keys = (value: object): string[] =>
      Object.entries(value).flatMap(([key, inner]) =>
        inner && typeof inner === 'object' && !Array.isArray(inner) ? keys(inner).map((sub) => `${key}.${sub}`) : [key],
      );
    expect(keys(overviewEn).sort()).toEqual(keys(overviewVi).sort());
  });

  it('mark simulated data the same way everywhere', () => {
    expect(overviewVi.simulated).toBe('Dữ liệu mô phỏng');
    expect(overviewVi.notInScope).toBe('Không có kết quả hoặc đơn vị ngoài phạm vi của bạn');
  });
});
