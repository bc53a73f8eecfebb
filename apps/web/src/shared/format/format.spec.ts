import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber, isIsoDate, todayIsoDate } from './format';

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
