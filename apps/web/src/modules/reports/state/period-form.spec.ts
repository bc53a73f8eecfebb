import type { ReportingPeriodKind } from '@govindex/contracts';
import { describe, expect, it } from 'vitest';
import { changeKind, initialPeriodValues, periodInput, validatePeriodForm, type PeriodProblems } from './period-form';

const titleOf = (kind: ReportingPeriodKind, year: number) =>
  kind === 'half_year' ? `Báo cáo 6 tháng đầu năm ${year}` : kind === 'annual' ? `Báo cáo năm ${year}` : `Báo cáo ${year}`;

const problems: PeriodProblems = {
  titleRequired: 'title',
  tooLong: (max) => `max ${max}`,
  dueRequired: 'due',
  dateInvalid: 'date',
  windowOrder: 'order',
};

describe('the new reporting period form', () => {
  it('starts from the usual title and dates of the kind', () => {
    expect(initialPeriodValues('half_year', 2026, titleOf)).toEqual({
      kind: 'half_year',
      title: 'Báo cáo 6 tháng đầu năm 2026',
      titleEdited: false,
      dueOn: '03/07/2026',
      dataFrom: '01/01/2026',
      dataTo: '30/06/2026',
    });
    // The annual report is due early in the next year.
    expect(initialPeriodValues('annual', 2026, titleOf).dueOn).toBe('03/01/2027');
  });

  it('keeps a title the officer wrote when the kind changes, and follows the kind otherwise', () => {
    const start = initialPeriodValues('half_year', 2026, titleOf);
    expect(changeKind(start, 'annual', 2026, titleOf).title).toBe('Báo cáo năm 2026');
    const written = { ...start, title: 'Báo cáo sơ kết', titleEdited: true };
    expect(changeKind(written, 'annual', 2026, titleOf)).toMatchObject({ title: 'Báo cáo sơ kết', dueOn: '03/01/2027' });
    expect(changeKind(written, 'other', 2026, titleOf)).toMatchObject({ dueOn: '', dataFrom: '', dataTo: '' });
  });

  it('asks for a title and a due date, and real dates in order', () => {
    const values = { ...initialPeriodValues('other', 2026, titleOf), title: '  ' };
    expect(validatePeriodForm(values, problems)).toEqual({ title: 'title', dueOn: 'due' });
    expect(validatePeriodForm({ ...values, title: 'x'.repeat(201), dueOn: '31/02/2026' }, problems)).toEqual({ title: 'max 200', dueOn: 'date' });
    expect(validatePeriodForm({ ...values, title: 'Kỳ', dueOn: '1/7/2026', dataFrom: '30/06/2026', dataTo: '01/01/2026' }, problems)).toEqual({
      dataTo: 'order',
    });
    expect(validatePeriodForm({ ...values, title: 'Kỳ', dueOn: '1/7/2026', dataFrom: 'hôm qua' }, problems)).toEqual({ dataFrom: 'date' });
  });

  it('sends ISO dates, and no window when none was given', () => {
    const values = { ...initialPeriodValues('other', 2026, titleOf), title: ' Báo cáo đột xuất ', dueOn: '5/8/2026' };
    expect(periodInput(values, 7, 2026)).toEqual({
      unitId: 7,
      year: 2026,
      kind: 'other',
      title: 'Báo cáo đột xuất',
      dueOn: '2026-08-05',
      dataFrom: null,
      dataTo: null,
    });
    expect(periodInput(initialPeriodValues('half_year', 2026, titleOf), 7, 2026)).toMatchObject({ dataFrom: '2026-01-01', dataTo: '2026-06-30' });
  });
});
