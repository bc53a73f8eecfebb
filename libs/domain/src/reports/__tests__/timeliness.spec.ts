import { describe, expect, it } from 'vitest';
import { classifyTimeliness, dueNotice, tallyTimeliness, vietnamDate } from '../timeliness.js';

describe('vietnamDate', () => {
  it('reads the day in UTC+7: 20:00 UTC on 2 July is already 3 July in Hà Nội', () => {
    expect(vietnamDate(new Date('2024-07-02T20:00:00Z'))).toBe('2024-07-03');
    expect(vietnamDate(new Date('2024-07-02T16:59:59Z'))).toBe('2024-07-02');
  });
});

describe('classifyTimeliness', () => {
  const due = '2024-07-03';
  it('counts a report sent on the due day (Vietnam time) as on time', () => {
    expect(classifyTimeliness(due, new Date('2024-07-03T16:59:00Z'), new Date('2024-08-01'))).toBe('on_time');
  });
  it('counts a report sent the day after as late', () => {
    expect(classifyTimeliness(due, new Date('2024-07-03T17:00:00Z'), new Date('2024-08-01'))).toBe('late');
  });
  it('is pending until the due day has passed, then missing', () => {
    expect(classifyTimeliness(due, null, new Date('2024-07-03T10:00:00Z'))).toBe('pending');
    expect(classifyTimeliness(due, null, new Date('2024-07-03T17:30:00Z'))).toBe('missing');
  });
});

describe('tallyTimeliness', () => {
  it('counts each status and caps completeness at 100%', () => {
    expect(tallyTimeliness(['on_time', 'late', 'missing', 'pending'])).toEqual({ expected: 4, onTime: 1, late: 1, missing: 1, pending: 1, completeness: 0.5 });
    expect(tallyTimeliness(['on_time', 'on_time']).completeness).toBe(1);
  });
  it('answers 0% rather than dividing by zero when no unit is expected', () => {
    expect(tallyTimeliness([])).toEqual({ expected: 0, onTime: 0, late: 0, missing: 0, pending: 0, completeness: 0 });
  });
});

describe('dueNotice', () => {
  const due = '2024-07-03';
  it('reminds 7, 3 and 1 days before, and on the due day', () => {
    expect(dueNotice(due, '2024-06-25')).toBeNull();
    expect(dueNotice(due, '2024-06-26')).toEqual({ kind: 'reminder', daysBefore: 7 });
    expect(dueNotice(due, '2024-06-29')).toEqual({ kind: 'reminder', daysBefore: 7 });
    expect(dueNotice(due, '2024-06-30')).toEqual({ kind: 'reminder', daysBefore: 3 });
    expect(dueNotice(due, '2024-07-02')).toEqual({ kind: 'reminder', daysBefore: 1 });
    expect(dueNotice(due, '2024-07-03')).toEqual({ kind: 'reminder', daysBefore: 1 });
  });
  it('flags overdue from the day after', () => {
    expect(dueNotice(due, '2024-07-04')).toEqual({ kind: 'overdue' });
  });
  it('after downtime gives only the nearest reminder', () => {
    expect(dueNotice(due, '2024-07-01')).toEqual({ kind: 'reminder', daysBefore: 3 });
  });
});
