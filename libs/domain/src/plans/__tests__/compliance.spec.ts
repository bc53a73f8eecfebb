import type { ComplianceCheck, ComplianceCheckCode } from '@govindex/contracts';
import { describe, expect, it } from 'vitest';
import { WorkingDayCalendar } from '../../calendar/working-days.js';
import {
  checkPlanCompliance,
  TASK_TEXT_MATCH_THRESHOLD,
  taskTextSimilarity,
  type ComplianceTask,
  type CompliancePlan,
  type FrameworkDimension,
  type PlanComplianceInput,
} from '../compliance.js';

const calendar = new WorkingDayCalendar();

const PAPI_DIMENSIONS: FrameworkDimension[] = [
  { code: 'D1', nameVi: 'Tham gia của người dân ở cấp cơ sở' },
  { code: 'D2', nameVi: 'Công khai, minh bạch trong việc ra quyết định' },
  { code: 'D3', nameVi: 'Trách nhiệm giải trình với người dân' },
  { code: 'D4', nameVi: 'Kiểm soát tham nhũng trong khu vực công' },
  { code: 'D5', nameVi: 'Thủ tục hành chính công' },
  { code: 'D6', nameVi: 'Cung ứng dịch vụ công' },
  { code: 'D7', nameVi: 'Quản trị môi trường' },
  { code: 'D8', nameVi: 'Quản trị điện tử' },
];

function task(indicatorCode: string | null, text: string, overrides: Partial<ComplianceTask> = {}): ComplianceTask {
  return {
    framework: 'PAPI',
    dimension: null,
    subDimension: null,
    task: text,
    product: 'Báo cáo kết quả thực hiện',
    lead: 'Văn phòng HĐND-UBND',
    implementers: null,
    timeline: { kind: 'ongoing', text: 'Thường xuyên' },
    kpis: [],
    indicatorCode,
    ...overrides,
  };
}

/** A task on each PAPI dimension, as a commune plan that covers them all would have. */
const communeTasks: ComplianceTask[] = [
  task('D1.1', 'Tuyên truyền, phổ biến Luật Thực hiện dân chủ ở cơ sở năm 2022 đến toàn thể nhân dân trên địa bàn thị trấn'),
  task('D2.2', 'Công khai danh sách hộ nghèo, cận nghèo tại nhà văn hóa các khu phố'),
  task('D3.2', 'Tiếp nhận, giải quyết kịp thời kiến nghị, phản ánh của người dân'),
  task('D4.3', 'Công khai kết quả tuyển dụng công chức'),
  task('D5.4', 'Niêm yết công khai thủ tục hành chính tại Bộ phận một cửa', { timeline: { kind: 'quarter', text: 'Quý II, III năm 2024', quarter: 2, year: 2024 } }),
  task('D6.4', 'Bảo đảm an ninh, trật tự trên địa bàn'),
  task('D7.1', 'Thu gom, xử lý rác thải sinh hoạt'),
  task('D8.1', 'Cập nhật thông tin trên trang thông tin điện tử của thị trấn', { timeline: { kind: 'date', text: '30/6/2024', due: '2024-06-30' } }),
];

/** The district plan (Văn Lâm, 29/12/2023) whose tasks the commune plan carries. */
const districtPlan: CompliancePlan = {
  issuedOn: '2023-12-29',
  tasks: [
    task('D1.1', 'Tổ chức tuyên truyền, phổ biến Luật Thực hiện dân chủ ở cơ sở đến người dân'),
    task('D2.2', 'Công khai danh sách hộ nghèo, cận nghèo tại nhà văn hóa thôn'),
    task('D8.1', 'Duy trì, cập nhật trang thông tin điện tử cấp xã'),
  ],
};

function input(overrides: Partial<PlanComplianceInput> = {}): PlanComplianceInput {
  return {
    plan: { issuedOn: '2024-01-11', tasks: communeTasks },
    parentPlan: districtPlan,
    frameworkDimensions: PAPI_DIMENSIONS,
    calendar,
    ...overrides,
  };
}

function check(checks: ComplianceCheck[], code: ComplianceCheckCode): ComplianceCheck {
  const found = checks.find((item) => item.code === code);
  expect(found).toBeDefined();
  return found!;
}

describe('checkPlanCompliance', () => {
  it('passes a complete commune plan issued in time, the four checks in order', () => {
    expect(checkPlanCompliance(input())).toEqual([
      { code: 'issued_within_15_working_days', passed: true, reason: null, details: [] },
      { code: 'dimensions_covered', passed: true, reason: null, details: [] },
      { code: 'tasks_complete', passed: true, reason: null, details: [] },
      { code: 'parent_tasks_present', passed: true, reason: null, details: [] },
    ]);
  });
});

describe('issued_within_15_working_days', () => {
  const issued = (issuedOn: string | null, parentIssuedOn: string | null = '2023-12-29') =>
    check(
      checkPlanCompliance(input({ plan: { issuedOn, tasks: communeTasks }, parentPlan: { ...districtPlan, issuedOn: parentIssuedOn } })),
      'issued_within_15_working_days',
    );

  it('passes a plan of 11/01/2024 on a district plan of 29/12/2023 (8 working days), and one on the deadline 22/01/2024', () => {
    expect(issued('2024-01-11').passed).toBe(true);
    expect(issued('2024-01-22').passed).toBe(true);
  });

  it('fails a plan of 23/01/2024, the 16th working day, naming both dates, the count and the deadline', () => {
    expect(issued('2024-01-23')).toEqual({
      code: 'issued_within_15_working_days',
      passed: false,
      reason: 'Kế hoạch ban hành ngày 23/01/2024, 16 ngày làm việc sau kế hoạch cấp trên ngày 29/12/2023; quá thời hạn 15 ngày làm việc (hạn 22/01/2024).',
      details: ['Hạn ban hành: 22/01/2024', 'Chậm 1 ngày làm việc'],
    });
  });

  it('counts across Tết: a district plan of 31/01/2024 is due on 28/02/2024', () => {
    // 01–07/02 (5 working days), Tết 08–14/02, 15–16/02 (7), 19–23/02 (12), 26–28/02 (15).
    expect(issued('2024-02-28', '2024-01-31').passed).toBe(true);
    expect(issued('2024-02-29', '2024-01-31').reason).toBe(
      'Kế hoạch ban hành ngày 29/02/2024, 16 ngày làm việc sau kế hoạch cấp trên ngày 31/01/2024; quá thời hạn 15 ngày làm việc (hạn 28/02/2024).',
    );
  });

  it('passes a plan dated on the Saturday after the 15th working day: no 16th working day has begun', () => {
    // District plan of Friday 19/01/2024: the 15th working day is Friday 16/02, after Tết.
    expect(issued('2024-02-17', '2024-01-19').passed).toBe(true);
    expect(issued('2024-02-19', '2024-01-19').details).toEqual(['Hạn ban hành: 16/02/2024', 'Chậm 1 ngày làm việc']);
  });

  it('fails a plan without a date, giving the deadline', () => {
    expect(issued(null)).toEqual({
      code: 'issued_within_15_working_days',
      passed: false,
      reason: 'Kế hoạch chưa có ngày ban hành; hạn ban hành là 22/01/2024 (15 ngày làm việc sau kế hoạch cấp trên ngày 29/12/2023).',
      details: ['Hạn ban hành: 22/01/2024'],
    });
  });

  it('is not applicable (passed, with a note) without a district plan or its date', () => {
    const none = check(checkPlanCompliance(input({ parentPlan: null })), 'issued_within_15_working_days');
    expect(none).toEqual({ code: 'issued_within_15_working_days', passed: true, reason: null, details: ['Không có kế hoạch cấp trên'] });
    expect(issued('2024-01-11', null)).toEqual({
      code: 'issued_within_15_working_days',
      passed: true,
      reason: null,
      details: ['Kế hoạch cấp trên chưa có ngày ban hành'],
    });
  });

  it('passes a plan issued before the district plan', () => {
    expect(issued('2023-12-20').passed).toBe(true);
  });
});

describe('dimensions_covered', () => {
  it('counts a task on a sub-dimension for its dimension, and not "D10" for "D1"', () => {
    const tasks = [task('D1.2', 'Tổ chức hội nghị'), task('D10', 'Khác'), task(null, 'Chưa liên kết')];
    const result = check(
      checkPlanCompliance(input({ plan: { issuedOn: '2024-01-11', tasks }, frameworkDimensions: PAPI_DIMENSIONS.slice(0, 2) })),
      'dimensions_covered',
    );
    expect(result).toEqual({
      code: 'dimensions_covered',
      passed: false,
      reason: 'Chưa có nhiệm vụ cho 1/2 chỉ số nội dung: Công khai, minh bạch trong việc ra quyết định.',
      details: ['Công khai, minh bạch trong việc ra quyết định'],
    });
  });

  it('lists every dimension without a task', () => {
    const tasks = communeTasks.filter((item) => !item.indicatorCode?.startsWith('D7') && !item.indicatorCode?.startsWith('D8'));
    const result = check(checkPlanCompliance(input({ plan: { issuedOn: '2024-01-11', tasks } })), 'dimensions_covered');
    expect(result.passed).toBe(false);
    expect(result.reason).toBe('Chưa có nhiệm vụ cho 2/8 chỉ số nội dung: Quản trị môi trường; Quản trị điện tử.');
    expect(result.details).toEqual(['Quản trị môi trường', 'Quản trị điện tử']);
  });

  it('keeps frameworks apart when the dimensions name theirs', () => {
    const dimensions = [{ code: 'D1', nameVi: 'Chỉ đạo, điều hành', framework: 'PAR_INDEX' }];
    const papiOnly = check(checkPlanCompliance(input({ frameworkDimensions: dimensions })), 'dimensions_covered');
    expect(papiOnly.passed).toBe(false);
    const tasks = [task('D1', 'Ban hành kế hoạch cải cách hành chính', { framework: 'PAR INDEX' })];
    expect(check(checkPlanCompliance(input({ plan: { issuedOn: '2024-01-11', tasks }, frameworkDimensions: dimensions })), 'dimensions_covered').passed).toBe(true);
  });
});

describe('tasks_complete', () => {
  it('names each task without a product, a lead or a time, by its position', () => {
    const tasks = [
      task('D1.1', 'Tuyên truyền'),
      task('D2.2', 'Công khai', { product: '  ', lead: null }),
      task('D3.2', 'Tiếp nhận', { timeline: { kind: 'unspecified', text: '' } }),
    ];
    expect(check(checkPlanCompliance(input({ plan: { issuedOn: '2024-01-11', tasks } })), 'tasks_complete')).toEqual({
      code: 'tasks_complete',
      passed: false,
      reason: '2/3 nhiệm vụ chưa đủ sản phẩm, đơn vị chủ trì và thời gian thực hiện: nhiệm vụ 2, 3.',
      details: ['Nhiệm vụ 2: thiếu sản phẩm (kết quả), đơn vị chủ trì', 'Nhiệm vụ 3: thiếu thời gian thực hiện'],
    });
  });

  it('uses the stored position when the task has one', () => {
    const tasks = [task('D1.1', 'Tuyên truyền', { position: 7, lead: '' })];
    expect(check(checkPlanCompliance(input({ plan: { issuedOn: '2024-01-11', tasks } })), 'tasks_complete').details).toEqual([
      'Nhiệm vụ 7: thiếu đơn vị chủ trì',
    ]);
  });

  it('fails a plan with no task', () => {
    expect(check(checkPlanCompliance(input({ plan: { issuedOn: '2024-01-11', tasks: [] } })), 'tasks_complete')).toEqual({
      code: 'tasks_complete',
      passed: false,
      reason: 'Kế hoạch chưa có nhiệm vụ nào.',
      details: [],
    });
  });
});

describe('parent_tasks_present', () => {
  it('finds a district task reworded by the commune on another sub-dimension by its text', () => {
    const district: CompliancePlan = { issuedOn: '2023-12-29', tasks: [task('D1.2', 'Tổ chức tuyên truyền, phổ biến Luật Thực hiện dân chủ ở cơ sở đến người dân')] };
    const result = check(checkPlanCompliance(input({ parentPlan: district })), 'parent_tasks_present');
    expect(result.passed).toBe(true);
  });

  it('accepts any commune task on the same sub-dimension, or below a dimension the district task names', () => {
    const district: CompliancePlan = {
      issuedOn: '2023-12-29',
      tasks: [task('D3.2', 'Đối thoại trực tiếp với Nhân dân'), task('D6', 'Nâng cao chất lượng dịch vụ công')],
    };
    expect(check(checkPlanCompliance(input({ parentPlan: district })), 'parent_tasks_present').passed).toBe(true);
  });

  it('lists district tasks with no counterpart', () => {
    const district: CompliancePlan = {
      issuedOn: '2023-12-29',
      tasks: [
        task('D2.2', 'Công khai danh sách hộ nghèo, cận nghèo tại nhà văn hóa thôn'),
        task('D2.3', 'Công khai ngân sách xã, quyết toán ngân sách tại trụ sở UBND và nhà văn hóa thôn'),
        task(null, 'Tổ chức Hội nghị đối thoại giữa Chủ tịch UBND xã với Nhân dân'),
      ],
    };
    expect(check(checkPlanCompliance(input({ parentPlan: district })), 'parent_tasks_present')).toEqual({
      code: 'parent_tasks_present',
      passed: false,
      reason: 'Kế hoạch chưa có 2/3 nhiệm vụ của kế hoạch cấp trên.',
      details: [
        'Nhiệm vụ 2 [D2.3]: Công khai ngân sách xã, quyết toán ngân sách tại trụ sở UBND và nhà văn hóa thôn',
        'Nhiệm vụ 3: Tổ chức Hội nghị đối thoại giữa Chủ tịch UBND xã với Nhân dân',
      ],
    });
  });

  it('does not take a commune task on a whole dimension for a district task on one of its sub-dimensions', () => {
    const commune = [task('D2', 'Thực hiện tốt công khai, minh bạch')];
    const district: CompliancePlan = { issuedOn: '2023-12-29', tasks: [task('D2.3', 'Công khai dự toán ngân sách cấp xã')] };
    const result = check(checkPlanCompliance(input({ plan: { issuedOn: '2024-01-11', tasks: commune }, parentPlan: district })), 'parent_tasks_present');
    expect(result.passed).toBe(false);
    expect(result.details).toEqual(['Nhiệm vụ 1 [D2.3]: Công khai dự toán ngân sách cấp xã']);
  });

  it('is not applicable (passed, with a note) without a district plan', () => {
    expect(check(checkPlanCompliance(input({ parentPlan: null })), 'parent_tasks_present')).toEqual({
      code: 'parent_tasks_present',
      passed: true,
      reason: null,
      details: ['Không có kế hoạch cấp trên'],
    });
  });
});

describe('taskTextSimilarity', () => {
  it('scores a reworded task above the threshold and a different task of the same sub-dimension below it', () => {
    const district = 'Tổ chức tuyên truyền, phổ biến Luật Thực hiện dân chủ ở cơ sở đến người dân';
    const commune = 'Tuyên truyền, phổ biến Luật Thực hiện dân chủ ở cơ sở năm 2022 đến toàn thể nhân dân trên địa bàn thị trấn';
    expect(taskTextSimilarity(district, commune)).toBeCloseTo(10 / 15, 5);
    const poorHouseholds = 'Công khai danh sách hộ nghèo, cận nghèo tại nhà văn hóa thôn';
    const budget = 'Công khai ngân sách xã tại trụ sở UBND và nhà văn hóa thôn';
    expect(taskTextSimilarity(poorHouseholds, budget)).toBeCloseTo(4 / 11, 5);
    expect(taskTextSimilarity(district, commune)).toBeGreaterThanOrEqual(TASK_TEXT_MATCH_THRESHOLD);
    expect(taskTextSimilarity(poorHouseholds, budget)).toBeLessThan(TASK_TEXT_MATCH_THRESHOLD);
  });

  it('ignores diacritics and case, and needs two shared word pairs', () => {
    expect(taskTextSimilarity('CÔNG KHAI THỦ TỤC HÀNH CHÍNH', 'cong khai thu tuc hanh chinh')).toBe(1);
    expect(taskTextSimilarity('Tuyên truyền', 'Tuyên truyền pháp luật cho Nhân dân')).toBe(0);
    expect(taskTextSimilarity('', 'Tuyên truyền')).toBe(0);
  });
});
