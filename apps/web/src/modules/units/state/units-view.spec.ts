import { describe, expect, it } from 'vitest';
import { asOfForEra, asOfShowing, eraOf, isInForceOn, readUnitsView, unitsViewParams } from './units-view';

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

describe('asOfShowing', () => {
  const today = '2026-11-21';
  const thiTranNhuQuynh = { validFrom: null, validUntil: '2025-06-30' };
  const xaNhuQuynh = { validFrom: '2025-07-01', validUntil: null };

  it('opens a predecessor on the last day of the old map', () => {
    expect(asOfShowing(thiTranNhuQuynh, today, today)).toBe('2025-06-30');
  });

  it('opens a successor on the current map', () => {
    expect(asOfShowing(xaNhuQuynh, '2025-06-30', today)).toBe(today);
  });

  it('stays on the map shown when the unit is on it', () => {
    expect(asOfShowing(xaNhuQuynh, '2025-09-02', today)).toBe('2025-09-02');
    expect(asOfShowing({ validFrom: null, validUntil: null }, '2025-06-30', today)).toBe('2025-06-30');
  });

  it('falls back to the unit\'s own dates when neither map holds it', () => {
    expect(asOfShowing({ validFrom: '2020-01-01', validUntil: '2023-12-31' }, '2025-06-30', today)).toBe('2023-12-31');
    expect(asOfShowing({ validFrom: '2030-01-01', validUntil: null }, '2025-06-30', today)).toBe('2030-01-01');
  });
});
