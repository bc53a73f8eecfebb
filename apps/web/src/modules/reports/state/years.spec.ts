import { describe, expect, it } from 'vitest';
import { yearChoices } from './years';

describe('yearChoices', () => {
  it('offers next year down to 2000, newest first', () => {
    const years = yearChoices(2026, 2026);
    expect(years[0]).toBe(2027);
    expect(years.at(-1)).toBe(2000);
    expect(years).toHaveLength(28);
  });

  it('keeps a chosen year outside the range', () => {
    expect(yearChoices(2026, 2031).slice(0, 2)).toEqual([2031, 2027]);
  });
});
