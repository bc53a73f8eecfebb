import { describe, expect, it } from 'vitest';
import { numberFormatter, rankChangeMark } from './number-format.js';

describe('numberFormatter', () => {
  it('writes Vietnamese decimals with a comma and thousands with a dot', () => {
    expect(numberFormatter('vi-VN', 2)(40.6249)).toBe('40,62');
    expect(numberFormatter('vi-VN', 2)(44.4)).toBe('44,40');
    expect(numberFormatter('vi-VN')(10035)).toBe('10.035');
    expect(numberFormatter('en-GB', 2)(40.6249)).toBe('40.62');
  });

  it('writes a dash for anything that is not a number', () => {
    expect(numberFormatter()('-')).toBe('–');
    expect(numberFormatter()(Number.NaN)).toBe('–');
    expect(numberFormatter()(undefined)).toBe('–');
  });
});

describe('rankChangeMark', () => {
  it('marks climbs and falls', () => {
    expect(rankChangeMark(3)).toBe('▲3');
    expect(rankChangeMark(-6)).toBe('▼6');
    expect(rankChangeMark(0)).toBe('=');
    expect(rankChangeMark(null)).toBe('');
    expect(rankChangeMark(undefined)).toBe('');
  });
});
