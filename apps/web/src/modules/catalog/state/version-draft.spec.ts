import type { FrameworkVersionDefinition } from '@govindex/domain';
import { describe, expect, it } from 'vitest';
import {
  addChild,
  addGrade,
  boundsOf,
  definitionOfDraft,
  draftOfDefinition,
  flattenDraft,
  issuePlace,
  issuesAt,
  locateIssues,
  parseNumberText,
  removeGrade,
  removeNode,
  updateGrade,
  updateNode,
  withoutIssuesAt,
  type IssueWording,
  type VersionDraft,
} from './version-draft';

const PAR_COMMUNE: FrameworkVersionDefinition = {
  label: 'PAR INDEX cấp xã 2024–',
  level: 'commune',
  firstYear: 2024,
  lastYear: null,
  unit: 'points',
  source: 'Quyết định mẫu',
  total: {
    code: 'TOTAL',
    nameVi: 'Chỉ số cải cách hành chính cấp xã',
    nameEn: 'Commune PAR index',
    min: 0,
    max: 100,
    aggregation: 'sum',
    children: [
      { code: 'D1', nameVi: 'Chỉ đạo, điều hành', nameEn: 'Direction', min: 0, max: 10, aggregation: 'none' },
      { code: 'D2', nameVi: 'Thể chế', nameEn: 'Institutions', min: 0, max: 10, aggregation: 'none' },
      { code: 'D3', nameVi: 'Thủ tục hành chính', nameEn: 'Procedures', min: 0, max: 80, aggregation: 'none' },
    ],
  },
  grades: [
    { gradeVi: 'Tốt', gradeEn: 'Good', minValue: 80 },
    { gradeVi: 'Khá', gradeEn: 'Fair', minValue: 62.5 },
  ],
};

const draft = (): VersionDraft => draftOfDefinition(PAR_COMMUNE, true);
const keyOf = (version: VersionDraft, code: string) => flattenDraft(version.total).find(({ node }) => node.code === code)!.node.key;

describe('parseNumberText', () => {
  it('reads a decimal comma or point, and keeps what is not a number as text for the API to name', () => {
    expect(parseNumberText('62,5')).toBe(62.5);
    expect(parseNumberText(' 62.5 ')).toBe(62.5);
    expect(parseNumberText('-1')).toBe(-1);
    expect(parseNumberText('')).toBeUndefined();
    expect(parseNumberText('mười')).toBe('mười');
  });
});

describe('a version draft', () => {
  it('round-trips a definition unchanged', () => {
    expect(definitionOfDraft(draft())).toEqual(PAR_COMMUNE);
  });

  it('shows decimals the way the officer reads them', () => {
    expect(draft().grades[1]!.minValue).toBe('62,5');
    expect(draftOfDefinition(PAR_COMMUNE, false).grades[1]!.minValue).toBe('62.5');
  });

  it('computes the range of a sum from its children, and of a weighted mean from their weights', () => {
    let version = draft();
    version = updateNode(version, keyOf(version, 'D3'), { max: '60' });
    expect(boundsOf(version.total)).toEqual({ min: 0, max: 80 });
    expect(definitionOfDraft(version).total.max).toBe(80);

    version = updateNode(version, version.total.key, { aggregation: 'weighted_mean' });
    version = updateNode(version, keyOf(version, 'D1'), { weight: '1' });
    version = updateNode(version, keyOf(version, 'D2'), { weight: '1' });
    version = updateNode(version, keyOf(version, 'D3'), { weight: '2' });
    expect(boundsOf(version.total)).toEqual({ min: 0, max: 35 });
  });

  it('cannot compute a range while a child’s bound is not a number', () => {
    const version = draft();
    expect(boundsOf(updateNode(version, keyOf(version, 'D1'), { max: 'x' }).total)).toBeNull();
  });

  it('adds a child with the next free code; a leaf that gets one becomes a sum', () => {
    const base = draft();
    const version = addChild(base, base.total.key);
    expect(version.total.children.map((child) => child.code)).toEqual(['D1', 'D2', 'D3', 'D4']);
    expect(version.total.max).toBe('100');
    expect(boundsOf(version.total)).toEqual({ min: 0, max: 110 });

    const withPart = addChild(version, keyOf(version, 'D1'));
    const d1 = withPart.total.children[0]!;
    expect(d1.aggregation).toBe('sum');
    expect(d1.children.map((child) => child.code)).toEqual(['D1.1']);
    expect(definitionOfDraft(withPart).total.children![0]).toMatchObject({ aggregation: 'sum', min: 0, max: 10 });
  });

  it('removes a node with its subtree, never the total; a parent left alone becomes a leaf keeping its range', () => {
    const base = draft();
    const withPart = addChild(base, keyOf(base, 'D1'));
    const partKey = withPart.total.children[0]!.children[0]!.key;
    const back = removeNode(withPart, partKey);
    expect(back.total.children[0]).toMatchObject({ aggregation: 'none', min: '0', max: '10', children: [] });
    expect(removeNode(base, base.total.key)).toBe(base);
    expect(removeNode(base, keyOf(base, 'D2')).total.children.map((child) => child.code)).toEqual(['D1', 'D3']);
  });

  it('sends mistyped numbers as text and an open last year as null', () => {
    let version = draft();
    version = updateNode(version, keyOf(version, 'D1'), { min: 'không' });
    version = { ...version, firstYear: '2060', lastYear: '' };
    const definition = definitionOfDraft(version);
    expect(definition.total.children![0]!.min as unknown).toBe('không');
    expect(definition.firstYear).toBe(2060);
    expect(definition.lastYear).toBeNull();
  });

  it('edits grade bands', () => {
    let version = addGrade(draft());
    const added = version.grades[2]!.key;
    version = updateGrade(version, added, { gradeVi: 'Trung bình', gradeEn: 'Average', minValue: '50' });
    expect(definitionOfDraft(version).grades.at(-1)).toEqual({ gradeVi: 'Trung bình', gradeEn: 'Average', minValue: 50 });
    expect(removeGrade(version, added).grades).toHaveLength(2);
  });
});

const WORDING: IssueWording = {
  nodeFields: { code: 'mã', nameVi: 'tên (tiếng Việt)', nameEn: 'tên (tiếng Anh)', min: 'tối thiểu', max: 'tối đa', aggregation: 'cách tính', weight: 'trọng số', other: 'định nghĩa' },
  gradeFields: { gradeVi: 'tên', gradeEn: 'tên tiếng Anh', minValue: 'ngưỡng', other: 'định nghĩa' },
  versionFields: {
    label: 'Tên phiên bản',
    firstYear: 'Năm đầu',
    lastYear: 'Năm cuối',
    source: 'Căn cứ',
    level: 'Cấp',
    unit: 'Đơn vị đo',
    grades: 'Xếp loại',
    quartileGroups: 'Nhóm',
    other: 'Phiên bản',
  },
  grade: (name, position) => `Xếp loại ${name || `thứ ${position}`}`,
};

describe('problems reported by JSON path', () => {
  const sent = draft();
  const located = locateIssues(
    [
      { file: 'phiên bản', column: 'total.children[0].max', message: 'Giá trị tối đa (0) của "D1" phải lớn hơn giá trị tối thiểu (0).' },
      { file: 'phiên bản', column: 'grades[1].minValue', message: 'Ngưỡng nằm ngoài khoảng.' },
      { file: 'phiên bản', column: 'lastYear', message: 'Năm cuối đứng trước năm đầu.' },
      { file: 'phiên bản', column: 'total.children[2].aliases[0]', message: 'Tên khác trùng.' },
      { file: 'phiên bản', message: 'Phải là một đối tượng JSON.' },
    ],
    sent,
  );

  it('places each on its node, grade or version field, by key', () => {
    expect(located.map(({ target }) => target)).toEqual([
      { scope: 'node', key: sent.total.children[0]!.key, code: 'D1', field: 'max' },
      { scope: 'grade', key: sent.grades[1]!.key, index: 1, name: 'Khá', field: 'minValue' },
      { scope: 'version', field: 'lastYear' },
      { scope: 'node', key: sent.total.children[2]!.key, code: 'D3', field: 'other' },
      { scope: 'none' },
    ]);
    expect(issuesAt(located, 'node', sent.total.children[0]!.key, 'max')).toEqual([
      'Giá trị tối đa (0) của "D1" phải lớn hơn giá trị tối thiểu (0).',
    ]);
    expect(issuesAt(located, 'version', 'lastYear')).toEqual(['Năm cuối đứng trước năm đầu.']);
  });

  it('names the place in words: the indicator code and the field', () => {
    expect(located.map(({ target }) => issuePlace(target, WORDING))).toEqual([
      'D1 — tối đa',
      'Xếp loại Khá — ngưỡng',
      'Năm cuối',
      'D3 — định nghĩa',
      null,
    ]);
  });

  it('keeps a problem on its node when a sibling before it is removed, and drops it once the field is edited', () => {
    const d1 = sent.total.children[0]!.key;
    expect(issuesAt(located, 'node', d1, 'max')).toHaveLength(1);
    expect(issuesAt(withoutIssuesAt(located, 'node', d1, 'max'), 'node', d1, 'max')).toEqual([]);
    expect(withoutIssuesAt(located, 'version', 'lastYear')).toHaveLength(4);
  });
});
