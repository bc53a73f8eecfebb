import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { flattenIndicators } from '../flatten-indicators.js';
import type { FrameworkDefinition, FrameworkVersionDefinition, IndicatorDefinition } from '../framework-definition.js';
import { loadFrameworkDefinition } from '../load-framework.js';
import { validateFrameworkDefinition } from '../validate-framework.js';

const FILE = 'test.json';

const leaf = (code: string, min: number, max: number, extra: Partial<IndicatorDefinition> = {}): IndicatorDefinition => ({
  code,
  nameVi: `Chỉ số ${code}`,
  nameEn: `Indicator ${code}`,
  min,
  max,
  aggregation: 'none',
  ...extra,
});

/** TOTAL (0–20) = D1 (0–10, = D1.1 + D1.2) + D2 (0–10). */
const tree = (): IndicatorDefinition => ({
  ...leaf('TOTAL', 0, 20),
  aggregation: 'sum',
  children: [
    { ...leaf('D1', 0, 10, { aliases: ['D1_participation'] }), aggregation: 'sum', children: [leaf('D1.1', 0, 4), leaf('D1.2', 0, 6)] },
    leaf('D2', 0, 10),
  ],
});

const version = (overrides: Partial<FrameworkVersionDefinition> = {}): FrameworkVersionDefinition => ({
  label: 'Bản 2020–',
  level: 'province',
  firstYear: 2020,
  lastYear: null,
  unit: 'points',
  source: 'Tài liệu kiểm thử',
  total: tree(),
  grades: [
    { gradeVi: 'Tốt', gradeEn: 'Good', minValue: 15 },
    { gradeVi: 'Yếu', gradeEn: 'Weak', minValue: 0 },
  ],
  ...overrides,
});

const framework = (versions: FrameworkVersionDefinition[]): FrameworkDefinition => ({
  code: 'TEST',
  nameVi: 'Bộ chỉ số kiểm thử',
  nameEn: 'Test framework',
  publisher: 'Nhóm phát triển',
  versions,
});

describe('validateFrameworkDefinition', () => {
  it('accepts a consistent definition', () => {
    expect(validateFrameworkDefinition(framework([version()]), FILE)).toEqual([]);
  });

  it('reports a code used twice in one version, at the second place', () => {
    const total = tree();
    total.children![1] = leaf('D1.2', 0, 10);
    expect(validateFrameworkDefinition(framework([version({ total })]), FILE)).toEqual([
      {
        file: FILE,
        column: 'versions[0].total.children[1].code',
        message: 'Mã "D1.2" bị trùng với chỉ số ở versions[0].total.children[0].children[1].',
      },
    ]);
  });

  it('reports a sum whose children do not add up to its range', () => {
    const total = tree();
    total.children![0]!.children![1] = leaf('D1.2', 0, 5);
    expect(validateFrameworkDefinition(framework([version({ total })]), FILE)).toEqual([
      {
        file: FILE,
        column: 'versions[0].total.children[0].max',
        message: 'Tổng giá trị tối đa của các chỉ số con của "D1" là 9, nhưng "D1" ghi 10.',
      },
    ]);
  });

  it('accepts sub-scales of a third that add up within rounding', () => {
    const third = { ...leaf('D1', 1, 10), aggregation: 'sum' as const, children: ['D1.1', 'D1.2', 'D1.3'].map((code) => leaf(code, 0.3333333333, 3.3333333333)) };
    const total = { ...leaf('TOTAL', 1, 10), aggregation: 'sum' as const, children: [third] };
    expect(validateFrameworkDefinition(framework([version({ total, grades: [] })]), FILE)).toEqual([]);
  });

  it('reports overlapping versions of one level, and lets other levels share years', () => {
    const definition = framework([
      version({ label: 'Bản 2011–', firstYear: 2011, lastYear: null }),
      version({ label: 'Bản 2015–2016', firstYear: 2015, lastYear: 2016 }),
      version({ label: 'Bản xã', level: 'commune', firstYear: 2015, lastYear: 2016 }),
      version({ label: 'Bản 2018–', firstYear: 2018, lastYear: null }),
    ]);
    expect(validateFrameworkDefinition(definition, FILE)).toEqual([
      {
        file: FILE,
        column: 'versions[1].firstYear',
        message: 'Phiên bản "Bản 2015–2016" (2015–2016) trùng năm với phiên bản "Bản 2011–" (2011–nay) cùng cấp tỉnh.',
      },
      {
        file: FILE,
        column: 'versions[3].firstYear',
        message: 'Phiên bản "Bản 2018–" (2018–nay) trùng năm với phiên bản "Bản 2011–" (2011–nay) cùng cấp tỉnh.',
      },
    ]);
  });

  it('reports a last year before the first', () => {
    expect(validateFrameworkDefinition(framework([version({ firstYear: 2020, lastYear: 2019 })]), FILE)).toEqual([
      { file: FILE, column: 'versions[0].lastYear', message: 'Năm cuối (2019) đứng trước năm đầu (2020).' },
    ]);
  });

  it('reports grade bands out of order and outside the total range', () => {
    const grades = [
      { gradeVi: 'Khá', gradeEn: 'Fair', minValue: 10 },
      { gradeVi: 'Tốt', gradeEn: 'Good', minValue: 15 },
      { gradeVi: 'Xuất sắc', gradeEn: 'Excellent', minValue: 25 },
    ];
    expect(validateFrameworkDefinition(framework([version({ grades })]), FILE)).toEqual([
      {
        file: FILE,
        column: 'versions[0].grades[1].minValue',
        message: 'Các hạng phải xếp từ cao xuống thấp: ngưỡng của "Tốt" (15) phải nhỏ hơn ngưỡng của "Khá" (10).',
      },
      { file: FILE, column: 'versions[0].grades[2].minValue', message: 'Ngưỡng 25 của hạng "Xuất sắc" nằm ngoài khoảng của TOTAL [0; 20].' },
      {
        file: FILE,
        column: 'versions[0].grades[2].minValue',
        message: 'Các hạng phải xếp từ cao xuống thấp: ngưỡng của "Xuất sắc" (25) phải nhỏ hơn ngưỡng của "Tốt" (15).',
      },
    ]);
  });

  it('reports a weighted mean with a missing weight and a mean on the wrong scale', () => {
    const total: IndicatorDefinition = {
      ...leaf('TOTAL', 0, 100),
      aggregation: 'mean',
      children: [
        { ...leaf('D1', 0, 10), aggregation: 'weighted_mean', children: [leaf('D1.1', 0, 10, { weight: 2 }), leaf('D1.2', 0, 10)] },
        leaf('D2', 0, 10),
      ],
    };
    expect(validateFrameworkDefinition(framework([version({ total, grades: [] })]), FILE)).toEqual([
      { file: FILE, column: 'versions[0].total.max', message: 'Trung bình giá trị tối đa của các chỉ số con của "TOTAL" là 10, nhưng "TOTAL" ghi 100.' },
      {
        file: FILE,
        column: 'versions[0].total.children[0].children[1].weight',
        message: '"D1.2" cần trọng số vì "D1" là trung bình có trọng số.',
      },
    ]);
  });

  it('reports a bad code, an empty range, a root not named TOTAL, a non-positive weight and a leaf that claims to aggregate', () => {
    const total: IndicatorDefinition = {
      ...leaf('ROOT', 0, 10),
      aggregation: 'sum',
      children: [leaf('d1', 0, 10, { weight: 0 }), { ...leaf('D2', 0, 0), aggregation: 'mean' }],
    };
    expect(validateFrameworkDefinition(framework([version({ total, grades: [] })]), FILE)).toEqual([
      { file: FILE, column: 'versions[0].total.code', message: 'Gốc của cây chỉ số phải có mã "TOTAL", không phải "ROOT".' },
      {
        file: FILE,
        column: 'versions[0].total.children[0].code',
        message: 'Mã "d1" không hợp lệ: dùng "TOTAL" hoặc chữ in hoa, chữ số nối bằng dấu chấm (D1, D1.2).',
      },
      { file: FILE, column: 'versions[0].total.children[0].weight', message: 'Trọng số của "d1" phải là số dương, không phải 0.' },
      { file: FILE, column: 'versions[0].total.children[1].max', message: 'Giá trị tối đa (0) của "D2" phải lớn hơn giá trị tối thiểu (0).' },
      {
        file: FILE,
        column: 'versions[0].total.children[1].aggregation',
        message: '"D2" không có chỉ số con nên kiểu gộp phải là "none", không phải "mean".',
      },
    ]);
  });

  it('reports aliases that repeat, ignoring case, or collide with a code', () => {
    const total = tree();
    total.children![1] = leaf('D2', 0, 10, { aliases: ['d1_participation', 'd1.1'] });
    expect(validateFrameworkDefinition(framework([version({ total })]), FILE)).toEqual([
      {
        file: FILE,
        column: 'versions[0].total.children[1].aliases[0]',
        message: 'Tên khác "d1_participation" của "D2" đã được dùng ở versions[0].total.children[0].aliases[0].',
      },
      { file: FILE, column: 'versions[0].total.children[1].aliases[1]', message: 'Tên khác "d1.1" của "D2" trùng với mã chỉ số "D1.1".' },
    ]);
  });
});

describe('loadFrameworkDefinition', () => {
  const asJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

  it('returns the definition when shape and rules hold', () => {
    const definition = framework([version()]);
    expect(loadFrameworkDefinition(asJson(definition), FILE)).toEqual({ ok: true, definition });
  });

  it('refuses unknown fields, wrong types and missing fields, naming their JSON path', () => {
    const json = asJson(framework([version()])) as { versions: Array<Record<string, unknown> & { total: Record<string, unknown> }> };
    const [first] = json.versions;
    first!.colour = 'đỏ';
    first!.level = 'village';
    first!.total.min = '0';
    delete first!.total.nameEn;
    expect(loadFrameworkDefinition(json, FILE)).toEqual({
      ok: false,
      issues: [
        { file: FILE, column: 'versions[0].colour', message: 'Trường "colour" không có trong định dạng bộ chỉ số.' },
        { file: FILE, column: 'versions[0].level', message: 'Phải là một trong: "province", "district", "commune".' },
        { file: FILE, column: 'versions[0].total.nameEn', message: 'Thiếu trường bắt buộc "nameEn".' },
        { file: FILE, column: 'versions[0].total.min', message: 'Phải là một số.' },
      ],
    });
  });

  it('refuses a value that is not an object, without a column', () => {
    expect(loadFrameworkDefinition([], FILE)).toEqual({ ok: false, issues: [{ file: FILE, message: 'Phải là một đối tượng JSON.' }] });
  });

  it('runs the rules once the shape holds', () => {
    const definition = framework([version({ grades: [{ gradeVi: 'Tốt', gradeEn: 'Good', minValue: 30 }] })]);
    expect(loadFrameworkDefinition(asJson(definition), FILE)).toEqual({
      ok: false,
      issues: [{ file: FILE, column: 'versions[0].grades[0].minValue', message: 'Ngưỡng 30 của hạng "Tốt" nằm ngoài khoảng của TOTAL [0; 20].' }],
    });
  });
});

describe('flattenIndicators', () => {
  it('lists parents before children with parent code, depth and defaults', () => {
    const rows = flattenIndicators(tree());
    expect(rows.map(({ code, parentCode, depth }) => [code, parentCode, depth])).toEqual([
      ['TOTAL', null, 0],
      ['D1', 'TOTAL', 1],
      ['D1.1', 'D1', 2],
      ['D1.2', 'D1', 2],
      ['D2', 'TOTAL', 1],
    ]);
    expect(rows[1]).toEqual({
      code: 'D1',
      parentCode: 'TOTAL',
      depth: 1,
      nameVi: 'Chỉ số D1',
      nameEn: 'Indicator D1',
      min: 0,
      max: 10,
      higherIsBetter: true,
      aggregation: 'sum',
      weight: null,
      aliases: ['D1_participation'],
    });
  });
});

describe('weakness thresholds of a version', () => {
  it('accepts sensible overrides and refuses the rest with their paths', () => {
    const papi = JSON.parse(readFileSync(new URL('../../../../../data/catalog/papi.json', import.meta.url), 'utf8')) as { versions: Array<Record<string, unknown>> };
    papi.versions[0]!['weakness'] = { zScore: -2, bottomQuantile: 0.2 };
    expect(loadFrameworkDefinition(papi, 'papi.json').ok).toBe(true);
    papi.versions[0]!['weakness'] = { zScore: 1, declineShareOfRange: 2, bottomQuantile: 1, minimumPeers: 1.5, typo: 1 };
    const result = loadFrameworkDefinition(papi, 'papi.json');
    expect(result.ok ? [] : result.issues.map((issue) => issue.column)).toEqual(['versions[0].weakness.typo']);
    delete (papi.versions[0]!['weakness'] as Record<string, unknown>)['typo'];
    const invalid = loadFrameworkDefinition(papi, 'papi.json');
    expect(invalid.ok ? [] : invalid.issues.map((issue) => issue.column)).toEqual([
      'versions[0].weakness.zScore',
      'versions[0].weakness.declineShareOfRange',
      'versions[0].weakness.bottomQuantile',
      'versions[0].weakness.minimumPeers',
    ]);
  });
});
