import { describe, expect, it } from 'vitest';
import { homeViewOf, isUnitInScope } from './home-view';

describe('homeViewOf', () => {
  it('gives each officer the home of their unit’s level', () => {
    expect(homeViewOf('province_officer', 'province')).toBe('province');
    expect(homeViewOf('district_officer', 'district')).toBe('district');
    expect(homeViewOf('commune_officer', 'commune')).toBe('commune');
  });

  it('follows the unit for a read-only leader, and gives the administrator the country', () => {
    expect(homeViewOf('viewer', 'commune')).toBe('commune');
    expect(homeViewOf('viewer', 'province')).toBe('province');
    expect(homeViewOf('admin', null)).toBe('country');
    expect(homeViewOf('viewer', null)).toBe('country');
  });
});

describe('isUnitInScope', () => {
  const nhuQuynh = { id: 4357, ancestors: [{ id: 21 }, { id: 288 }] };
  const vanLam = { id: 288, ancestors: [{ id: 21 }] };

  it('offers the officer’s own unit and everything under it', () => {
    expect(isUnitInScope(288, nhuQuynh)).toBe(true);
    expect(isUnitInScope(288, vanLam)).toBe(true);
    expect(isUnitInScope(21, nhuQuynh)).toBe(true);
  });

  it('does not offer a peer or a parent', () => {
    expect(isUnitInScope(4357, { id: 4358, ancestors: [{ id: 21 }, { id: 288 }] })).toBe(false);
    expect(isUnitInScope(4357, vanLam)).toBe(false);
  });

  it('offers everything to the administrator', () => {
    expect(isUnitInScope(null, nhuQuynh)).toBe(true);
  });
});
