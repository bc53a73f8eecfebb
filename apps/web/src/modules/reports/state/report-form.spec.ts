import type { ReportDetail } from '@govindex/contracts';
import { describe, expect, it } from 'vitest';
import {
  canEditReport,
  canReviewReport,
  doneShare,
  isWebLink,
  itemsChanged,
  itemValuesOf,
  numberText,
  parseDecimal,
  reportItemsInput,
  validateItems,
  type ItemValues,
} from './report-form';

const unit = { id: 21, code: '12037', name: 'Như Quỳnh', fullName: 'Thị trấn Như Quỳnh' };
const period = {
  id: 3,
  unit: { id: 5, code: '327', name: 'Văn Lâm', fullName: 'Huyện Văn Lâm' },
  year: 2026,
  kind: 'half_year' as const,
  title: 'Báo cáo 6 tháng đầu năm 2026',
  dueOn: '2026-07-03',
  dataFrom: null,
  dataTo: null,
};

const report: ReportDetail = {
  id: 9,
  period,
  unit,
  planId: 4,
  status: 'draft',
  submittedAt: null,
  timeliness: 'pending',
  version: 2,
  reviewComment: null,
  history: [],
  items: [
    {
      taskId: 11,
      task: 'Niêm yết công khai thủ tục hành chính',
      indicatorCode: 'D1.2',
      status: 'in_progress',
      result: 'Đã niêm yết 80%',
      kpiActual: 80.5,
      evidence: [
        { id: 1, kind: 'file', name: 'bien-ban.pdf', sizeBytes: 1200 },
        { id: 2, kind: 'link', name: 'https://nhuquynh.hungyen.gov.vn/tin-tuc/1', sizeBytes: null },
      ],
    },
    { taskId: 12, task: 'Đối thoại với người dân', indicatorCode: null, status: 'not_started', result: null, kpiActual: null, evidence: [] },
  ],
};

const problems = { kpiInvalid: 'kpi', linkInvalid: 'link', tooLong: (max: number) => `max ${max}` };

describe('parseDecimal', () => {
  it('reads the Vietnamese decimal comma and thousands dots', () => {
    expect(parseDecimal('95,5')).toBe(95.5);
    expect(parseDecimal('1.234,5')).toBe(1234.5);
    expect(parseDecimal('1.234.567')).toBe(1234567);
    expect(parseDecimal(' 100 ')).toBe(100);
    expect(parseDecimal('-2')).toBe(-2);
  });

  it('takes a lone dot as a decimal point, and empty text as no value', () => {
    expect(parseDecimal('95.5')).toBe(95.5);
    expect(parseDecimal('')).toBeNull();
    expect(parseDecimal('   ')).toBeNull();
  });

  it('refuses what is not a number', () => {
    expect(parseDecimal('95%')).toBeUndefined();
    expect(parseDecimal('khoảng 90')).toBeUndefined();
    expect(parseDecimal('1,2,3')).toBeUndefined();
  });

  it('writes numbers back the way they are read', () => {
    expect(numberText(80.5, 'vi')).toBe('80,5');
    expect(numberText(80.5, 'en')).toBe('80.5');
    expect(parseDecimal(numberText(1234.25, 'vi'))).toBe(1234.25);
    expect(numberText(null, 'vi')).toBe('');
  });
});

describe('isWebLink', () => {
  it('accepts web addresses only', () => {
    expect(isWebLink('https://nhuquynh.hungyen.gov.vn/van-ban/12')).toBe(true);
    expect(isWebLink('http://example.vn')).toBe(true);
    expect(isWebLink('javascript:alert(1)')).toBe(false);
    expect(isWebLink('file:///C:/bao-cao.docx')).toBe(false);
    expect(isWebLink('nhuquynh.gov.vn')).toBe(false);
    expect(isWebLink('http://localhost/x')).toBe(false);
    expect(isWebLink('')).toBe(false);
  });
});

describe('the report form', () => {
  it('starts from the items, links apart from files, numbers in the reader’s way', () => {
    expect(itemValuesOf(report)).toEqual([
      { taskId: 11, status: 'in_progress', result: 'Đã niêm yết 80%', kpiActual: '80,5', links: ['https://nhuquynh.hungyen.gov.vn/tin-tuc/1'] },
      { taskId: 12, status: 'not_started', result: '', kpiActual: '', links: [] },
    ]);
  });

  it('marks a number it cannot read and a link that is no web address, task by task', () => {
    const items: ItemValues[] = [
      { taskId: 11, status: 'done', result: 'x', kpiActual: '95%', links: ['https://a.vn'] },
      { taskId: 12, status: 'done', result: 'x'.repeat(4001), kpiActual: '', links: ['ftp://a.vn'] },
      { taskId: 13, status: 'done', result: '', kpiActual: '3', links: [] },
    ];
    const errors = validateItems(items, problems);
    expect([...errors.entries()]).toEqual([
      [11, { kpiActual: 'kpi' }],
      [12, { result: 'max 4000', links: 'link' }],
    ]);
  });

  it('sends trimmed texts, numbers and each link once, with the version it started from', () => {
    const items: ItemValues[] = [
      { taskId: 11, status: 'done', result: '  Hoàn thành 100%  ', kpiActual: '100', links: ['https://a.vn ', 'https://a.vn'] },
      { taskId: 12, status: 'in_progress', result: ' ', kpiActual: '', links: [] },
    ];
    expect(reportItemsInput(items, 2)).toEqual({
      version: 2,
      items: [
        { taskId: 11, status: 'done', result: 'Hoàn thành 100%', kpiActual: 100, links: ['https://a.vn'] },
        { taskId: 12, status: 'in_progress', result: null, kpiActual: null, links: [] },
      ],
    });
  });

  it('tells a changed form from an untouched one', () => {
    const start = itemValuesOf(report);
    expect(itemsChanged(start, itemValuesOf(report))).toBe(false);
    expect(itemsChanged([{ ...start[0]!, result: 'Đã niêm yết 80% ' }, start[1]!], start)).toBe(false);
    expect(itemsChanged([{ ...start[0]!, status: 'done' }, start[1]!], start)).toBe(true);
  });

  it('counts the share of tasks done', () => {
    expect(doneShare([{ status: 'done' }, { status: 'in_progress' }, { status: 'done' }, { status: 'not_started' }])).toBe(0.5);
    expect(doneShare([])).toBe(0);
  });
});

describe('who may do what with a report', () => {
  const communeOfficer = { role: 'commune_officer' as const, unitId: 21 };
  const districtOfficer = { role: 'district_officer' as const, unitId: 5 };

  it('lets the commune’s officers edit a draft or a returned report, nothing else', () => {
    expect(canEditReport(report, communeOfficer)).toBe(true);
    expect(canEditReport({ ...report, status: 'returned' }, communeOfficer)).toBe(true);
    expect(canEditReport({ ...report, status: 'submitted' }, communeOfficer)).toBe(false);
    expect(canEditReport({ ...report, status: 'approved' }, communeOfficer)).toBe(false);
    expect(canEditReport(report, { role: 'commune_officer', unitId: 22 })).toBe(false);
    expect(canEditReport(report, { role: 'viewer', unitId: 21 })).toBe(false);
    expect(canEditReport(report, districtOfficer)).toBe(false);
  });

  it('lets the levels above review a submitted report', () => {
    expect(canReviewReport({ ...report, status: 'submitted' }, districtOfficer)).toBe(true);
    expect(canReviewReport(report, districtOfficer)).toBe(false);
    expect(canReviewReport({ ...report, status: 'submitted' }, communeOfficer)).toBe(false);
    expect(canReviewReport({ ...report, status: 'submitted' }, { role: 'province_officer', unitId: 1 })).toBe(true);
    expect(canReviewReport({ ...report, status: 'submitted' }, { role: 'viewer', unitId: 5 })).toBe(false);
  });
});
