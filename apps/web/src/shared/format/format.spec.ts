import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatNumber, isIsoDate, todayIsoDate } from './format';

describe('formatNumber', () => {
  it('groups thousands with a dot in Vietnamese', () => {
    expect(formatNumber(10035)).toBe('10.035');
    expect(formatNumber(1234567, 'vi')).toBe('1.234.567');
  });

  it('writes decimals with a comma in Vietnamese', () => {
    expect(formatNumber(72.5, 'vi')).toBe('72,5');
    expect(formatNumber(0.125, 'vi')).toBe('0,13');
  });

  it('leaves small whole numbers alone', () => {
    expect(formatNumber(63, 'vi')).toBe('63');
    expect(formatNumber(0, 'vi')).toBe('0');
  });

  it('uses English separators for the English interface', () => {
    expect(formatNumber(10035, 'en')).toBe('10,035');
    expect(formatNumber(72.5, 'en')).toBe('72.5');
  });
});

describe('formatDate', () => {
  it('writes ISO dates as dd/mm/yyyy', () => {
    expect(formatDate('2025-07-01')).toBe('01/07/2025');
    expect(formatDate('2024-01-11')).toBe('11/01/2024');
  });

  it('does not shift the day whatever the time zone', () => {
    expect(formatDate('2025-06-30')).toBe('30/06/2025');
  });

  it('returns text that is not an ISO date unchanged', () => {
    expect(formatDate('')).toBe('');
    expect(formatDate('30/06/2025')).toBe('30/06/2025');
    expect(formatDate('2025-02-30')).toBe('2025-02-30');
  });
});

describe('isIsoDate', () => {
  it('accepts real dates only', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2025-13-01')).toBe(false);
    expect(isIsoDate('2025-7-1')).toBe(false);
  });
});

describe('todayIsoDate', () => {
  it('writes the local calendar day with leading zeros', () => {
    expect(todayIsoDate(new Date(2025, 6, 1, 23, 59))).toBe('2025-07-01');
    expect(todayIsoDate(new Date(2024, 0, 5, 0, 0))).toBe('2024-01-05');
  });
});

describe('formatDateTime', () => {
  const hanoi = { timeZone: 'Asia/Ho_Chi_Minh' };

  it('writes an instant as dd/mm/yyyy HH:mm in the given time zone, on the 24-hour clock', () => {
    expect(formatDateTime('2026-11-21T10:58:09.697Z', hanoi)).toBe('21/11/2026 17:58');
    expect(formatDateTime('2025-06-30T17:05:00Z', hanoi)).toBe('01/07/2025 00:05');
  });

  it('adds the seconds when asked', () => {
    expect(formatDateTime('2026-11-21T10:58:09.697Z', { ...hanoi, seconds: true })).toBe('21/11/2026 17:58:09');
    expect(formatDateTime('2026-01-02T03:04:05Z', { timeZone: 'UTC', seconds: true })).toBe('02/01/2026 03:04:05');
  });

  it('returns text that is not an instant unchanged', () => {
    expect(formatDateTime('')).toBe('');
    expect(formatDateTime('hôm qua')).toBe('hôm qua');
  });
});
