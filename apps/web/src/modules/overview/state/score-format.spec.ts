import { describe, expect, it } from 'vitest';
import { formatOptionalScore, formatScore, rankMove } from './score-format';

describe('formatScore', () => {
  it('writes scores with two decimals, a comma in Vietnamese', () => {
    expect(formatScore(44.404242)).toBe('44,40');
    expect(formatScore(40.6249, 'vi')).toBe('40,62');
    expect(formatScore(40.6249, 'en')).toBe('40.62');
    expect(formatOptionalScore(null)).toBe('–');
  });
});

describe('rankMove', () => {
  it('reads the direction of a rank change', () => {
    expect(rankMove(2)).toBe('up');
    expect(rankMove(-7)).toBe('down');
    expect(rankMove(0)).toBe('same');
    expect(rankMove(null)).toBe('unknown');
  });
});
