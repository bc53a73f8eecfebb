import { describe, expect, it } from 'vitest';
import { asOfForEra, eraOf, isInForceOn, readUnitsView, unitsViewParams } from './units-view';

describe('readUnitsView', () => {
  it('shows the pre-reform map when the URL says nothing', () => {
    expect(readUnitsView(new URLSearchParams())).toEqual({ asOf: '2025-06-30', era: 'pre-reform', unitId: null });
  });

  it('reads the date and the selected unit', () => {
    expect(readUnitsView(new URLSearchParams('asOf=2025-09-02&unit=4521'))).toEqual({
      asOf: '2025-09-02',
      era: 'post-reform',
      unitId: 4521,
    });
  });

  it('ignores malformed values instead of failing', () => {
    expect(readUnitsView(new URLSearchParams('asOf=02/09/2025&unit=abc'))).toEqual({
      asOf: '2025-06-30',
      era: 'pre-reform',
      unitId: null,
    });
    expect(readUnitsView(new URLSearchParams('unit=-3')).unitId).toBeNull();
    expect(readUnitsView(new URLSearchParams('unit=012')).unitId).toBeNull();
  });

  it('round-trips through the query string', () => {
    const params = unitsViewParams({ asOf: '2025-06-30', unitId: 77 });
    expect(params.toString()).toBe('asOf=2025-06-30&unit=77');
    expect(readUnitsView(params)).toEqual({ asOf: '2025-06-30', era: 'pre-reform', unitId: 77 });
    expect(unitsViewParams({ asOf: '2025-06-30', unitId: null }).toString()).toBe('asOf=2025-06-30');
  });
});

describe('eras', () => {
  it('switches map on 01/07/2025', () => {
    expect(eraOf('2025-06-30')).toBe('pre-reform');
    expect(eraOf('2025-07-01')).toBe('post-reform');
  });

  it('reads the current map at today, and the old one at its last day', () => {
    expect(asOfForEra('pre-reform', '2026-03-15')).toBe('2025-06-30');
    expect(asOfForEra('post-reform', '2026-03-15')).toBe('2026-03-15');
    expect(asOfForEra('post-reform', '2025-01-01')).toBe('2025-07-01');
  });
});

describe('isInForceOn', () => {
  it('treats validity bounds as inclusive and open when absent', () => {
    const preReform = { validFrom: null, validUntil: '2025-06-30' };
    expect(isInForceOn(preReform, '2025-06-30')).toBe(true);
    expect(isInForceOn(preReform, '2025-07-01')).toBe(false);
    const postReform = { validFrom: '2025-07-01', validUntil: null };
    expect(isInForceOn(postReform, '2025-06-30')).toBe(false);
    expect(isInForceOn(postReform, '2030-01-01')).toBe(true);
    expect(isInForceOn({ validFrom: null, validUntil: null }, '2025-06-30')).toBe(true);
  });
});
