import type { LaggingReason, UnitLevel, WeaknessReason } from '@govindex/contracts';
import type { Language } from '../../shared/format/format';

/**
 * The texts of the homes and the scorecard, kept with the module. Values arrive already formatted
 * (scores "44,40", ranks "3"), so each language only orders the words.
 */
export interface OverviewMessages {
  pageTitle: string;
  heading: (unit: string) => string;
  intro: Record<'country' | 'province' | 'district' | 'commune', string>;
  loading: string;
  picker: { label: string; framework: string; year: string };
  simulated: string;
  simulatedNote: string;
  noResults: (framework: string, unit: string) => string;
  noResultsForYear: (framework: string, year: string, years: string) => string;
  notInScope: string;
  /** Words of a unit's standing. */
  standing: {
    total: string;
    outOf: (max: string) => string;
    rank: string;
    rankOf: (rank: string, of: string) => string;
    among: (peers: string) => string;
    change: string;
    group: string;
    groupName: (group: number) => string;
    grade: string;
  };
  /** ▲/▼ in words, for screen readers and tooltips. */
  rankChange: { up: (places: string) => string; down: (places: string) => string; same: string; unknown: string };
  scorecardLink: string;
  scorecardLinkOf: (unit: string) => string;
  /** Who a unit is compared with, by level. */
  peersOf: (level: UnitLevel, parent: string | null) => string;
  averageOf: (parent: string | null, level: UnitLevel) => string;
  bestOf: (parent: string | null, level: UnitLevel) => string;
  laggingReason: (reason: LaggingReason) => string;
  weaknessReason: (reason: WeaknessReason, level: UnitLevel, format: (value: number) => string) => string;
  recoverable: (points: string) => string;
  versionNote: (year: string, dimensions: string, max: string, label: string) => string;
  versionMarker: (year: string, dimensions: string, max: string) => string;
  table: { sortBy: (column: string) => string; empty: string };
  ranking: {
    title: (framework: string, year: string) => string;
    caption: string;
    rank: string;
    unit: string;
    total: string;
    change: string;
    group: string;
    seriesName: (framework: string, year: string) => string;
    chartNote: string;
  };
  heatmap: {
    title: (year: string) => string;
    note: string;
    legend: readonly [string, string];
    median: string;
    showTable: string;
    caption: string;
    unit: string;
    total: string;
  };
  lagging: {
    title: (year: string) => string;
    caption: string;
    empty: string;
    reasons: string;
    note: string;
    /** The column and button that turn a lagging commune into a follow-up request. */
    followUp: string;
    followUpLabel: (unit: string) => string;
    followUpReason: (year: string, reasons: string) => string;
    followUpAction: (reasons: string) => string;
  };
  weakDimensions: {
    title: (year: string) => string;
    caption: string;
    dimension: string;
    count: string;
    countOf: (count: string, of: string) => string;
    units: string;
    points: string;
    method: string;
    none: string;
  };
  dimensions: {
    title: string;
    caption: string;
    code: string;
    name: string;
    value: string;
    max: string;
    average: string;
    best: string;
    gap: string;
    comparedWith: (peers: string) => string;
  };
  radar: { title: string; note: string };
  weakIndicators: {
    title: string;
    caption: string;
    indicator: string;
    value: string;
    points: string;
    reasons: string;
    empty: string;
  };
  province: {
    versusCountry: (year: string) => string;
    countryMedian: string;
    aboveMedian: (points: string) => string;
    belowMedian: (points: string) => string;
    trendTitle: (framework: string) => string;
    trendCaption: string;
    year: string;
    total: string;
    rank: string;
    version: string;
    districtTrendsTitle: (framework: string) => string;
    districtTrendsNote: string;
    provinceAverage: (province: string) => string;
    distributionTitle: (year: string) => string;
    distributionNote: string;
    distributionCaption: string;
    district: string;
    communes: string;
    min: string;
    q1: string;
    median: string;
    q3: string;
    max: string;
    mean: string;
    provinceMedian: string;
    communeYears: (years: string) => string;
  };
  commune: { trendTitle: (framework: string) => string; trendCaption: string };
  country: { choose: string; placeholder: string; hint: string };
  scorecard: {
    pageTitle: (unit: string) => string;
    heading: string;
    print: string;
    printHint: string;
    framework: string;
    year: string;
    version: string;
    peers: string;
    printedOn: (date: string) => string;
    backToOverview: string;
  };
}

const LEVEL_VI: Record<UnitLevel, string> = { province: 'tỉnh', district: 'huyện', commune: 'xã' };
const LEVEL_EN: Record<UnitLevel, string> = { province: 'province', district: 'district', commune: 'commune' };
const PEERS_VI: Record<UnitLevel, string> = {
  province: 'các tỉnh, thành phố',
  district: 'các huyện cùng tỉnh',
  commune: 'các xã cùng huyện',
};
const PEERS_EN: Record<UnitLevel, string> = {
  province: 'the other provinces',
  district: 'the other districts of the province',
  commune: 'the other communes of the district',
};

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

export const overviewVi: OverviewMessages = {
  pageTitle: 'Tổng quan',
  heading: (unit) => `Tổng quan — ${unit}`,
  intro: {
    country: 'Toàn quốc: chọn một tỉnh để xem diễn biến, phân bố và vị trí của tỉnh so với cả nước.',
    province: 'Diễn biến điểm của tỉnh qua các năm, so với cả nước, và phân bố điểm của các xã theo từng huyện.',
    district: 'Xếp hạng các xã, điểm từng lĩnh vực, xã tụt hậu và lĩnh vực yếu trên toàn huyện.',
    commune: 'Thứ hạng của xã trong huyện, điểm từng lĩnh vực so với các xã khác và các chỉ số cần cải thiện.',
  },
  loading: 'Đang tải…',
  picker: { label: 'Chọn bộ chỉ số và năm', framework: 'Bộ chỉ số', year: 'Năm' },
  simulated: 'Dữ liệu mô phỏng',
  simulatedNote:
    'Kết quả cấp xã ở đây là dữ liệu mô phỏng để trình diễn cách dùng, không phải số liệu được công bố.',
  noResults: (framework, unit) => `Chưa có kết quả ${framework} của ${unit}.`,
  noResultsForYear: (framework, year, years) => `Chưa có kết quả ${framework} cấp xã năm ${year} (có các năm ${years}).`,
  notInScope: 'Không có kết quả hoặc đơn vị ngoài phạm vi của bạn',
  standing: {
    total: 'Tổng điểm',
    outOf: (max) => `trên ${max}`,
    rank: 'Xếp hạng',
    rankOf: (rank, of) => `${rank}/${of}`,
    among: (peers) => `trong ${peers}`,
    change: 'So với năm trước',
    group: 'Nhóm',
    groupName: (group) => (group === 1 ? 'Nhóm 1 (cao nhất)' : group === 4 ? 'Nhóm 4 (thấp nhất)' : `Nhóm ${group}`),
    grade: 'Xếp loại',
  },
  rankChange: {
    up: (places) => `Tăng ${places} bậc`,
    down: (places) => `Giảm ${places} bậc`,
    same: 'Giữ nguyên thứ hạng',
    unknown: 'Năm trước chưa xếp hạng',
  },
  scorecardLink: 'Bảng điểm',
  scorecardLinkOf: (unit) => `Bảng điểm của ${unit}`,
  peersOf: (level, parent) => (parent ? `${PEERS_VI[level]} (${parent})` : PEERS_VI[level]),
  averageOf: (parent, level) => (parent ? `Trung bình ${parent}` : `Trung bình các ${LEVEL_VI[level]}`),
  bestOf: (parent, level) => (parent ? `Cao nhất ${parent}` : `Cao nhất các ${LEVEL_VI[level]}`),
  laggingReason: (reason) => {
    switch (reason.kind) {
      case 'bottom_quartile':
        return `Nhóm thấp nhất (hạng ${reason.rank}/${reason.of})`;
      case 'rank_drop':
        return `Tụt ${reason.to - reason.from} bậc (từ ${reason.from} xuống ${reason.to})`;
      case 'weak_on_many_dimensions':
        return `Yếu ở ${reason.count} lĩnh vực`;
      case 'plan_late':
        return `Nộp kế hoạch chậm ${reason.days} ngày làm việc`;
      case 'plan_missing':
        return `Chưa có kế hoạch năm ${reason.year}`;
      case 'reports_late':
        return `Chậm ${reason.count} báo cáo`;
    }
  },
  weaknessReason: (reason, level, format) => {
    switch (reason.kind) {
      case 'far_below_peers':
        return `Thấp xa so với ${PEERS_VI[level]} (trung vị ${format(reason.peerMedian)}; độ lệch chuẩn hoá ${format(reason.zScore)})`;
      case 'declined':
        return `Giảm ${format(Math.abs(reason.change))} điểm so với năm trước`;
      case 'bottom_quartile':
        return `Thuộc nhóm 25% thấp nhất trong ${PEERS_VI[level]} (ngưỡng ${format(reason.peerQuartile)})`;
    }
  },
  recoverable: (points) => `Có thể lấy lại ${points} điểm trên tổng`,
  versionNote: (year, dimensions, max, label) =>
    `Từ ${year}: ${dimensions} lĩnh vực, tổng tối đa ${max} — không so sánh trực tiếp với trước (${label}).`,
  versionMarker: (year, dimensions, max) => `${year}: ${dimensions} lĩnh vực, tối đa ${max}`,
  table: { sortBy: (column) => `Sắp xếp theo ${column}`, empty: 'Không có dữ liệu.' },
  ranking: {
    title: (framework, year) => `Xếp hạng các xã — ${framework} ${year}`,
    caption: 'Xếp hạng các xã, thị trấn của huyện',
    rank: 'Hạng',
    unit: 'Xã, thị trấn',
    total: 'Tổng điểm',
    change: 'So với năm trước',
    group: 'Nhóm',
    seriesName: (framework, year) => `Tổng điểm ${framework} ${year}`,
    chartNote: '▲ tăng hạng, ▼ giảm hạng so với năm trước; = giữ nguyên.',
  },
  heatmap: {
    title: (year) => `Điểm từng lĩnh vực của các xã — ${year}`,
    note: 'Mỗi ô ghi điểm của xã ở lĩnh vực đó; màu so với trung vị của huyện ở cùng lĩnh vực: đỏ là thấp hơn, xanh là cao hơn.',
    legend: ['Cao hơn trung vị', 'Thấp hơn trung vị'],
    median: 'trung vị huyện',
    showTable: 'Xem dạng bảng',
    caption: 'Điểm từng lĩnh vực của các xã',
    unit: 'Xã, thị trấn',
    total: 'Tổng',
  },
  lagging: {
    title: (year) => `Xã tụt hậu — ${year}`,
    caption: 'Các xã tụt hậu và lý do',
    empty: 'Không có xã nào tụt hậu trong năm này.',
    reasons: 'Lý do',
    note: 'Tụt hậu: thuộc nhóm thấp nhất, tụt nhiều bậc so với năm trước, hoặc yếu ở nhiều lĩnh vực.',
    followUp: 'Theo dõi',
    followUpLabel: (unit) => `Tạo yêu cầu theo dõi cho ${unit}`,
    followUpReason: (year, reasons) => `Xã tụt hậu năm ${year}: ${reasons}`,
    followUpAction: (reasons) => `Rà soát nguyên nhân (${reasons}) và báo cáo giải pháp khắc phục.`,
  },
  weakDimensions: {
    title: (year) => `Lĩnh vực yếu trên toàn huyện — ${year}`,
    caption: 'Số xã yếu ở từng lĩnh vực',
    dimension: 'Lĩnh vực',
    count: 'Số xã yếu',
    countOf: (count, of) => `${count}/${of}`,
    units: 'Các xã yếu',
    points: 'Điểm có thể lấy lại',
    method:
      'Cách tính: đếm từ bảng điểm của từng xã — một xã yếu ở một lĩnh vực khi lĩnh vực đó thấp xa so với các xã cùng huyện, giảm so với năm trước, hoặc thuộc nhóm 25% thấp nhất. Điểm có thể lấy lại là tổng số điểm các xã đó thêm được vào tổng nếu đạt tối đa ở lĩnh vực này.',
    none: '—',
  },
  dimensions: {
    title: 'Điểm từng lĩnh vực',
    caption: 'Điểm từng lĩnh vực so với các đơn vị cùng cấp',
    code: 'Mã',
    name: 'Lĩnh vực',
    value: 'Điểm',
    max: 'Tối đa',
    average: 'Trung bình',
    best: 'Cao nhất',
    gap: 'Chênh với trung bình',
    comparedWith: (peers) => `Trung bình và cao nhất của ${peers}; viền đỏ: lĩnh vực yếu.`,
  },
  radar: {
    title: 'Các lĩnh vực so với trung bình và đơn vị cao nhất',
    note: 'Mỗi trục là một lĩnh vực (mã như trong bảng), từ 0 ở tâm đến điểm tối đa ở đầu trục.',
  },
  weakIndicators: {
    title: 'Chỉ số yếu, xếp theo điểm có thể lấy lại',
    caption: 'Các chỉ số yếu và lý do',
    indicator: 'Chỉ số',
    value: 'Điểm',
    points: 'Có thể lấy lại (trên tổng)',
    reasons: 'Lý do',
    empty: 'Không có chỉ số nào yếu rõ rệt so với các đơn vị cùng cấp.',
  },
  province: {
    versusCountry: (year) => `So với cả nước — ${year}`,
    countryMedian: 'Trung vị cả nước',
    aboveMedian: (points) => `Cao hơn trung vị cả nước ${points} điểm`,
    belowMedian: (points) => `Thấp hơn trung vị cả nước ${points} điểm`,
    trendTitle: (framework) => `Tổng điểm ${framework} của tỉnh qua các năm, so với trung vị cả nước`,
    trendCaption: 'Tổng điểm, thứ hạng và trung vị cả nước qua các năm',
    year: 'Năm',
    total: 'Tổng điểm',
    rank: 'Hạng',
    version: 'Phiên bản',
    districtTrendsTitle: (framework) => `Điểm ${framework} trung bình của các xã, theo từng huyện`,
    districtTrendsNote: 'Mỗi đường là trung bình tổng điểm các xã của một huyện; đường đậm là trung bình toàn tỉnh.',
    provinceAverage: (province) => `Trung bình ${province}`,
    distributionTitle: (year) => `Phân bố điểm các xã theo huyện — ${year}`,
    distributionNote: 'Mỗi hộp trải từ tứ phân vị thứ nhất đến thứ ba, vạch giữa là trung vị, hai râu là điểm thấp nhất và cao nhất.',
    distributionCaption: 'Phân bố tổng điểm các xã của từng huyện',
    district: 'Huyện',
    communes: 'Số xã',
    min: 'Thấp nhất',
    q1: 'Tứ phân vị 1',
    median: 'Trung vị',
    q3: 'Tứ phân vị 3',
    max: 'Cao nhất',
    mean: 'Trung bình',
    provinceMedian: 'Trung vị toàn tỉnh',
    communeYears: (years) => `Kết quả cấp xã có các năm ${years}.`,
  },
  commune: {
    trendTitle: (framework) => `Tổng điểm ${framework} và thứ hạng qua các năm`,
    trendCaption: 'Tổng điểm và thứ hạng qua các năm',
  },
  country: {
    choose: 'Tỉnh, thành phố',
    placeholder: 'Chọn tỉnh…',
    hint: 'Chọn một tỉnh để xem tổng quan của tỉnh đó.',
  },
  scorecard: {
    pageTitle: (unit) => `Bảng điểm — ${unit}`,
    heading: 'Bảng điểm',
    print: 'In',
    printHint: 'In trên một trang A4.',
    framework: 'Bộ chỉ số',
    year: 'Năm',
    version: 'Phiên bản',
    peers: 'So sánh với',
    printedOn: (date) => `In ngày ${date} từ GovIndex`,
    backToOverview: 'Về trang tổng quan',
  },
};

export const overviewEn: OverviewMessages = {
  pageTitle: 'Overview',
  heading: (unit) => `Overview — ${unit}`,
  intro: {
    country: 'Whole country: choose a province to see its trend, its distribution and where it stands in the country.',
    province: "The province's scores over the years, against the whole country, and how its communes' scores spread in each district.",
    district: 'Communes ranked, scores by dimension, lagging communes and weak dimensions across the district.',
    commune: "The commune's rank in its district, its dimensions against the other communes and the indicators to improve.",
  },
  loading: 'Loading…',
  picker: { label: 'Choose the index and the year', framework: 'Index', year: 'Year' },
  simulated: 'Simulated data',
  simulatedNote: 'Commune-level results here are simulated to demonstrate the dashboard; they are not published figures.',
  noResults: (framework, unit) => `No ${framework} results for ${unit} yet.`,
  noResultsForYear: (framework, year, years) => `No commune-level ${framework} results for ${year} (available: ${years}).`,
  notInScope: 'No results, or the unit is outside your scope',
  standing: {
    total: 'Total score',
    outOf: (max) => `out of ${max}`,
    rank: 'Rank',
    rankOf: (rank, of) => `${rank}/${of}`,
    among: (peers) => `among ${peers}`,
    change: 'Since last year',
    group: 'Group',
    groupName: (group) => (group === 1 ? 'Group 1 (top)' : group === 4 ? 'Group 4 (bottom)' : `Group ${group}`),
    grade: 'Grade',
  },
  rankChange: {
    up: (places) => `Up ${places} ${places === '1' ? 'place' : 'places'}`,
    down: (places) => `Down ${places} ${places === '1' ? 'place' : 'places'}`,
    same: 'Same rank',
    unknown: 'Not ranked last year',
  },
  scorecardLink: 'Scorecard',
  scorecardLinkOf: (unit) => `Scorecard of ${unit}`,
  peersOf: (level, parent) => (parent ? `${PEERS_EN[level]} (${parent})` : PEERS_EN[level]),
  averageOf: (parent, level) => (parent ? `${parent} average` : `Average of the ${LEVEL_EN[level]}s`),
  bestOf: (parent, level) => (parent ? `Best in ${parent}` : `Best ${LEVEL_EN[level]}`),
  laggingReason: (reason) => {
    switch (reason.kind) {
      case 'bottom_quartile':
        return `Bottom group (rank ${reason.rank} of ${reason.of})`;
      case 'rank_drop':
        return `Dropped ${plural(reason.to - reason.from, 'place')} (from ${reason.from} to ${reason.to})`;
      case 'weak_on_many_dimensions':
        return `Weak in ${plural(reason.count, 'dimension')}`;
      case 'plan_late':
        return `Plan ${plural(reason.days, 'working day')} late`;
      case 'plan_missing':
        return `No plan for ${reason.year}`;
      case 'reports_late':
        return `${plural(reason.count, 'report')} late`;
    }
  },
  weaknessReason: (reason, level, format) => {
    switch (reason.kind) {
      case 'far_below_peers':
        return `Far below ${PEERS_EN[level]} (median ${format(reason.peerMedian)}; standardised gap ${format(reason.zScore)})`;
      case 'declined':
        return `Down ${format(Math.abs(reason.change))} points since last year`;
      case 'bottom_quartile':
        return `In the bottom quarter of ${PEERS_EN[level]} (threshold ${format(reason.peerQuartile)})`;
    }
  },
  recoverable: (points) => `${points} points recoverable on the total`,
  versionNote: (year, dimensions, max, label) =>
    `From ${year}: ${dimensions} dimensions, total out of ${max} — not directly comparable with earlier years (${label}).`,
  versionMarker: (year, dimensions, max) => `${year}: ${dimensions} dimensions, max ${max}`,
  table: { sortBy: (column) => `Sort by ${column}`, empty: 'No data.' },
  ranking: {
    title: (framework, year) => `Communes ranked — ${framework} ${year}`,
    caption: 'Communes of the district, ranked',
    rank: 'Rank',
    unit: 'Commune',
    total: 'Total score',
    change: 'Since last year',
    group: 'Group',
    seriesName: (framework, year) => `${framework} ${year} total`,
    chartNote: '▲ up, ▼ down since last year; = same rank.',
  },
  heatmap: {
    title: (year) => `Communes' scores by dimension — ${year}`,
    note: "Each cell holds the commune's score on that dimension; the colour compares it with the district median on the same dimension: red below, green above.",
    legend: ['Above the median', 'Below the median'],
    median: 'district median',
    showTable: 'Show as a table',
    caption: "Communes' scores by dimension",
    unit: 'Commune',
    total: 'Total',
  },
  lagging: {
    title: (year) => `Lagging communes — ${year}`,
    caption: 'Lagging communes and why',
    empty: 'No commune is lagging this year.',
    reasons: 'Why',
    note: 'Lagging: in the bottom group, down many places since last year, or weak in many dimensions.',
    followUp: 'Follow-up',
    followUpLabel: (unit) => `Create a follow-up request for ${unit}`,
    // The request itself goes to a Vietnamese commune: its texts stay Vietnamese whatever the screen language.
    followUpReason: (year, reasons) => `Xã tụt hậu năm ${year}: ${reasons}`,
    followUpAction: (reasons) => `Rà soát nguyên nhân (${reasons}) và báo cáo giải pháp khắc phục.`,
  },
  weakDimensions: {
    title: (year) => `Weak dimensions across the district — ${year}`,
    caption: 'Communes weak on each dimension',
    dimension: 'Dimension',
    count: 'Weak communes',
    countOf: (count, of) => `${count} of ${of}`,
    units: 'Which communes',
    points: 'Points recoverable',
    method:
      "How it is counted: from each commune's scorecard — a commune is weak on a dimension when it is far below the district's other communes, declined since last year, or sits in their bottom quarter. Points recoverable: what those communes would add to their totals by reaching the maximum on it.",
    none: '—',
  },
  dimensions: {
    title: 'Scores by dimension',
    caption: 'Scores by dimension against peer units',
    code: 'Code',
    name: 'Dimension',
    value: 'Score',
    max: 'Max',
    average: 'Average',
    best: 'Best',
    gap: 'Gap to average',
    comparedWith: (peers) => `Average and best of ${peers}; red edge: weak dimension.`,
  },
  radar: {
    title: 'Dimensions against the average and the best unit',
    note: 'Each axis is a dimension (codes as in the table), from 0 at the centre to its maximum at the tip.',
  },
  weakIndicators: {
    title: 'Weak indicators, by points recoverable',
    caption: 'Weak indicators and why',
    indicator: 'Indicator',
    value: 'Score',
    points: 'Recoverable (on the total)',
    reasons: 'Why',
    empty: 'No indicator is clearly weak against the peer units.',
  },
  province: {
    versusCountry: (year) => `Against the whole country — ${year}`,
    countryMedian: 'National median',
    aboveMedian: (points) => `${points} points above the national median`,
    belowMedian: (points) => `${points} points below the national median`,
    trendTitle: (framework) => `The province's ${framework} total over the years, against the national median`,
    trendCaption: 'Total, rank and national median over the years',
    year: 'Year',
    total: 'Total score',
    rank: 'Rank',
    version: 'Version',
    districtTrendsTitle: (framework) => `Average commune ${framework} score, by district`,
    districtTrendsNote: "Each line is the average total of a district's communes; the thick line is the province average.",
    provinceAverage: (province) => `${province} average`,
    distributionTitle: (year) => `Spread of commune scores by district — ${year}`,
    distributionNote: 'Each box spans the first to the third quartile, the bar inside is the median, the whiskers the lowest and highest score.',
    distributionCaption: "Spread of the communes' total scores in each district",
    district: 'District',
    communes: 'Communes',
    min: 'Lowest',
    q1: 'First quartile',
    median: 'Median',
    q3: 'Third quartile',
    max: 'Highest',
    mean: 'Mean',
    provinceMedian: 'Province median',
    communeYears: (years) => `Commune-level results exist for ${years}.`,
  },
  commune: {
    trendTitle: (framework) => `${framework} total and rank over the years`,
    trendCaption: 'Total and rank over the years',
  },
  country: {
    choose: 'Province',
    placeholder: 'Choose a province…',
    hint: 'Choose a province to see its overview.',
  },
  scorecard: {
    pageTitle: (unit) => `Scorecard — ${unit}`,
    heading: 'Scorecard',
    print: 'Print',
    printHint: 'Prints on one A4 page.',
    framework: 'Index',
    year: 'Year',
    version: 'Version',
    peers: 'Compared with',
    printedOn: (date) => `Printed on ${date} from GovIndex`,
    backToOverview: 'Back to the overview',
  },
};

export const OVERVIEW_MESSAGES: Readonly<Record<Language, OverviewMessages>> = { vi: overviewVi, en: overviewEn };
