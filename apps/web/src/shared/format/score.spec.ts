import { describe, expect, it } from 'vitest';
import { formatScore } from './score';

describe('formatScore', () => {
  it('writes two decimals with the reader’s separators', () => {
    expect(formatScore(40.61849)).toBe('40,62');
    expect(formatScore(44.4)).toBe('44,40');
    expect(formatScore(1234.5, 'vi')).toBe('1.234,50');
    expect(formatScore(40.61849, 'en')).toBe('40.62');
  });
});
