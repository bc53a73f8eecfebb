import type { PlanDetail, PlanDraft, PlanTaskDraft } from '@govindex/contracts';
import { describe, expect, it } from 'vitest';
import { vi } from '../../../app/i18n/messages';
import type { UnitChoice } from '../../users/state/user-form';
import {
  emptyPlanForm,
  emptyReferenceRow,
  emptyTaskRow,
  formValuesOfDetail,
  formValuesOfDraft,
  mergeSheetTasks,
  moveRow,
  planErrorsOfDetails,
  planInputOf,
  planYearOf,
  taskDraftOf,
  validatePlanForm,
  type PlanFormValues,
} from './plan-form';

const problems = vi.plans.form.problems;
const NHU_QUYNH: UnitChoice = { id: 4360, fullName: 'Thị trấn Như Quỳnh', level: 'commune', path: 'Huyện Văn Lâm, Tỉnh Hưng Yên' };

const TASK: PlanTaskDraft = {
  framework: 'PAPI',
  dimension: 'Tham gia của người dân ở cấp cơ sở',
  subDimension: 'Tri thức công dân',
  task: 'Tuyên truyền Luật Thực hiện dân chủ ở cơ sở',
  product: 'Tỷ lệ người dân được tuyên truyền đạt trên 95%',
  lead: 'Công chức Tư pháp - Hộ tịch',
  implementers: 'Các thôn, tổ dân phố',
  timeline: { kind: 'quarter', text: 'Quý II/2024', quarter: 2, year: 2024 },
  kpis: [{ text: 'trên 95%', comparator: 'gt', value: 95, unit: 'percent' }],
};

const DRAFT: PlanDraft = {
  unit: { name: 'thị trấn Như Quỳnh', level: 'commune' },
  year: 2024,
  number: '08/KH-UBND',
  issuedOn: '2024-01-15',
  signer: 'Nguyễn Văn A',
  frameworks: ['PAPI'],
  references: [{ number: '180/KH-UBND', date: '2023-12-29', issuer: 'UBND huyện Văn Lâm' }],
  targets: [{ kind: 'top_of_parent', text: 'Chỉ số PAPI năm 2024 ở vị trí tốp đầu của huyện', framework: 'PAPI' }],
  sections: [{ framework: 'PAPI', dimension: 'Tham gia của người dân ở cấp cơ sở', title: '1.1. Nội dung …', items: ['a) …'] }],
  tasks: [TASK],
  reportingDeadlines: [{ kind: 'half_year', due: '2024-07-03', dataFrom: null, dataTo: '2024-06-30' }],
  warnings: [],
};

function filled(): PlanFormValues {
  return formValuesOfDraft(DRAFT, NHU_QUYNH);
}

describe('formValuesOfDraft', () => {
  it('writes the dates the Vietnamese way and keeps every row of the draft', () => {
    const values = filled();
    expect(values).toMatchObject({
      unit: NHU_QUYNH,
      year: '2024',
      number: '08/KH-UBND',
      issuedOn: '15/01/2024',
      signer: 'Nguyễn Văn A',
      status: 'issued',
      frameworks: ['PAPI'],
    });
    expect(values.references).toEqual([{ key: expect.any(String), number: '180/KH-UBND', date: '29/12/2023', issuer: 'UBND huyện Văn Lâm' }]);
    expect(values.deadlines[0]).toMatchObject({ due: '03/07/2024', dataFrom: '', dataTo: '30/06/2024' });
    expect(values.tasks[0]).toMatchObject({ task: TASK.task, timeline: 'Quý II/2024', lead: 'Công chức Tư pháp - Hộ tịch' });
    // Every row has its own key.
    const keys = [...values.references, ...values.targets, ...values.deadlines, ...values.tasks].map((row) => row.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('makes a document without number or date a draft, and leaves an unmatched unit to be chosen', () => {
    const values = formValuesOfDraft({ ...DRAFT, number: null, year: null }, null);
    expect(values.status).toBe('draft');
    expect(values.unit).toBeNull();
    expect(values.year).toBe('');
    expect(validatePlanForm(values, problems)).toMatchObject({ unit: 'Cần chọn đơn vị ban hành kế hoạch.', year: expect.any(String) });
  });
});

describe('validatePlanForm', () => {
  it('accepts the reviewed draft', () => {
    expect(validatePlanForm(filled(), problems)).toEqual({});
  });

  it('names the row and the field of each problem', () => {
    const values = filled();
    const reference = { ...emptyReferenceRow(), date: '31/02/2024' };
    const task = emptyTaskRow();
    const errors = validatePlanForm(
      { ...values, issuedOn: '2024-01-15', frameworks: [], references: [...values.references, reference], tasks: [...values.tasks, task] },
      problems,
    );
    expect(Object.keys(errors).sort()).toEqual(
      ['frameworks', 'issuedOn', `references.${reference.key}.date`, `references.${reference.key}.number`, `tasks.${task.key}.task`].sort(),
    );
  });

  it('asks an issued plan for its number and date', () => {
    const errors = validatePlanForm({ ...filled(), number: ' ', issuedOn: '' }, problems);
    expect(errors).toEqual({ number: problems.issuedNeedsNumber, issuedOn: problems.issuedNeedsDate });
    expect(validatePlanForm({ ...filled(), number: '', issuedOn: '', status: 'draft' }, problems)).toEqual({});
  });

  it('accepts only years 2000–2100', () => {
    expect(planYearOf({ year: '2024' })).toBe(2024);
    expect(planYearOf({ year: ' 2024 ' })).toBe(2024);
    expect(planYearOf({ year: '1999' })).toBeNull();
    expect(planYearOf({ year: '24' })).toBeNull();
  });
});

describe('planInputOf', () => {
  it('sends what was read, unchanged, with ISO dates', () => {
    const input = planInputOf(filled());
    expect(input).toEqual({
      unitId: 4360,
      year: 2024,
      frameworks: ['PAPI'],
      number: '08/KH-UBND',
      issuedOn: '2024-01-15',
      signer: 'Nguyễn Văn A',
      status: 'issued',
      references: DRAFT.references,
      targets: DRAFT.targets,
      sections: DRAFT.sections,
      tasks: [TASK],
      reportingDeadlines: DRAFT.reportingDeadlines,
    });
    expect('version' in input).toBe(false);
  });

  it('carries the version an edit started from, and empties optional texts to null', () => {
    const values = { ...filled(), signer: '  ', number: '', status: 'draft' as const };
    expect(planInputOf(values, 7)).toMatchObject({ version: 7, signer: null, number: null });
  });

  it('refuses a form that was not validated', () => {
    expect(() => planInputOf(emptyPlanForm(null, 2024))).toThrow(/validate/);
  });
});

describe('taskDraftOf', () => {
  it('reads a corrected timeline again, and keeps only the numbers still in the product', () => {
    const [row] = filled().tasks;
    const task = taskDraftOf({ ...row!, timeline: 'Thường xuyên', product: 'Hội nghị tuyên truyền' }, 2024);
    expect(task.timeline).toEqual({ kind: 'ongoing', text: 'Thường xuyên' });
    expect(task.kpis).toEqual([]);
    const same = taskDraftOf({ ...row!, product: `${row!.product} (cả năm)` }, 2024);
    expect(same.timeline).toBe(TASK.timeline);
    expect(same.kpis).toEqual(TASK.kpis);
  });

  it('turns a new row into a task with nulls for what was left empty', () => {
    const task = taskDraftOf({ ...emptyTaskRow('PAPI'), task: ' Niêm yết công khai TTHC ', timeline: 'Quý I' }, 2025);
    expect(task).toEqual({
      framework: 'PAPI',
      dimension: null,
      subDimension: null,
      task: 'Niêm yết công khai TTHC',
      product: null,
      lead: null,
      implementers: null,
      timeline: { kind: 'quarter', text: 'Quý I', quarter: 1, year: 2025 },
      kpis: [],
    });
  });
});

describe('task rows', () => {
  it('replaces the table with the tasks of a sheet, or adds them after it', () => {
    const current = filled().tasks;
    const sheet = [{ ...TASK, task: 'Từ Excel 1' }, { ...TASK, task: 'Từ Excel 2' }];
    expect(mergeSheetTasks(current, sheet, 'replace').map((row) => row.task)).toEqual(['Từ Excel 1', 'Từ Excel 2']);
    expect(mergeSheetTasks(current, sheet, 'append').map((row) => row.task)).toEqual([TASK.task, 'Từ Excel 1', 'Từ Excel 2']);
  });

  it('moves a row up or down, not past either end', () => {
    const rows = [{ key: 'a' }, { key: 'b' }, { key: 'c' }];
    expect(moveRow(rows, 'b', -1).map((row) => row.key)).toEqual(['b', 'a', 'c']);
    expect(moveRow(rows, 'b', 1).map((row) => row.key)).toEqual(['a', 'c', 'b']);
    expect(moveRow(rows, 'a', -1).map((row) => row.key)).toEqual(['a', 'b', 'c']);
    expect(moveRow(rows, 'c', 1).map((row) => row.key)).toEqual(['a', 'b', 'c']);
  });
});

describe('planErrorsOfDetails', () => {
  it('puts each detail of the API by the field and the row it names', () => {
    const values = filled();
    const { fields, other } = planErrorsOfDetails(
      [
        'unitId: Đơn vị không thuộc phạm vi của bạn.',
        'tasks.0.task: Không được để trống.',
        'tasks[0].timeline.text: Quá dài.',
        'reportingDeadlines.0.due: Ngày không hợp lệ.',
        'tasks.5.task: Không có dòng này.',
        'Kế hoạch của đơn vị cho năm 2024 đã có.',
      ],
      values,
    );
    const task = values.tasks[0]!.key;
    expect(fields).toEqual({
      unit: 'Đơn vị không thuộc phạm vi của bạn.',
      [`tasks.${task}.task`]: 'Không được để trống.',
      [`tasks.${task}.timeline`]: 'Quá dài.',
      [`deadlines.${values.deadlines[0]!.key}.due`]: 'Ngày không hợp lệ.',
    });
    expect(other).toEqual(['tasks.5.task: Không có dòng này.', 'Kế hoạch của đơn vị cho năm 2024 đã có.']);
  });
});

describe('formValuesOfDetail', () => {
  it('edits a stored plan as it is', () => {
    const detail: PlanDetail = {
      id: 3,
      unit: { id: 4360, code: '12070', name: 'Như Quỳnh', fullName: 'Thị trấn Như Quỳnh' },
      year: 2024,
      frameworks: ['PAPI'],
      number: '08/KH-UBND',
      issuedOn: '2024-01-15',
      status: 'draft',
      taskCount: 1,
      updatedAt: '2024-02-01T03:00:00Z',
      signer: null,
      parentPlanId: null,
      references: [],
      targets: [],
      sections: [],
      tasks: [{ ...TASK, id: 9, position: 1, indicatorCode: 'D1.1' }],
      reportingDeadlines: [],
      version: 4,
    };
    const values = formValuesOfDetail(detail, NHU_QUYNH);
    expect(values).toMatchObject({ year: '2024', status: 'draft', signer: '', issuedOn: '15/01/2024' });
    // The stored task keeps its id (and what reports say of it); a new row has none.
    const withNew = { ...values, tasks: [...values.tasks, { ...emptyTaskRow(), task: 'Mới' }] };
    const tasks = planInputOf(withNew, detail.version).tasks;
    expect(tasks[0]).toEqual({ ...TASK, id: 9 });
    expect('id' in tasks[1]!).toBe(false);
  });
});
