import { describe, expect, it } from 'vitest';
import { formatDecimalVi, parseDecimal } from '../decimal.js';

describe('parseDecimal', () => {
  it.each([
    ['40,62', 40.62],
    ['40.62', 40.62],
    [' 7 ', 7],
    ['-0,5', -0.5],
  ])('reads %s', (text, value) => {
    expect(parseDecimal(text)).toBe(value);
  });

  it('reads an empty cell as missing', () => {
    expect(parseDecimal('  ')).toBeNull();
  });

  it.each(['abc', '1.234,5', '1,234.5', '12a', '=1+1', '1e3', ''.padEnd(3, ',')])('refuses %s', (text) => {
    expect(parseDecimal(text)).toBeNaN();
  });

  it('formats with a decimal comma', () => {
    expect(formatDecimalVi(40.6146)).toBe('40,61');
  });
});
