import { describe, expect, it } from 'vitest';
import { loginPathFor, safeNextPath } from './safe-next-path';

describe('safeNextPath', () => {
  it('returns to the page the officer was on, query included', () => {
    expect(safeNextPath('/don-vi?asOf=2025-06-30&unit=4352')).toBe('/don-vi?asOf=2025-06-30&unit=4352');
  });

  it('goes to the overview home when there is nowhere to return to', () => {
    expect(safeNextPath(null)).toBe('/');
    expect(safeNextPath('')).toBe('/');
  });

  it('never leaves the site', () => {
    expect(safeNextPath('https://evil.example/')).toBe('/');
    expect(safeNextPath('//evil.example/')).toBe('/');
    expect(safeNextPath('/\\evil.example/')).toBe('/');
    expect(safeNextPath('javascript:alert(1)')).toBe('/');
  });

  it('does not loop back to the sign-in page', () => {
    expect(safeNextPath('/dang-nhap')).toBe('/');
    expect(safeNextPath('/dang-nhap?next=%2Fdon-vi')).toBe('/');
  });
});

describe('loginPathFor', () => {
  it('round-trips the return address through the query string', () => {
    const path = '/don-vi?asOf=2025-06-30&unit=4352';
    const login = new URL(loginPathFor(path), 'http://localhost');
    expect(login.pathname).toBe('/dang-nhap');
    expect(safeNextPath(login.searchParams.get('next'))).toBe(path);
  });
});
