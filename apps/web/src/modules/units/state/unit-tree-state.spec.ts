import type { UnitSummary } from '@govindex/contracts';
import { describe, expect, it } from 'vitest';
import {
  initialUnitTreeState,
  ROOT,
  treeKeyEffect,
  unitTreeReducer,
  visibleRows,
  type UnitTreeAction,
  type UnitTreeState,
} from './unit-tree-state';

function unit(id: number, fullName: string, level: UnitSummary['level'], parentId: number | null, childCount: number): UnitSummary {
  return {
    id,
    code: String(id),
    name: fullName.split(' ').slice(1).join(' '),
    fullName,
    level,
    kind: level === 'province' ? 'tinh' : level === 'district' ? 'huyen' : 'xa',
    parentId,
    childCount,
    validFrom: null,
    validUntil: '2025-06-30',
  };
}

const haNoi = unit(1, 'Thành phố Hà Nội', 'province', null, 30);
const hungYen = unit(33, 'Tỉnh Hưng Yên', 'province', null, 10);
const vanLam = unit(325, 'Huyện Văn Lâm', 'district', 33, 11);
const vanGiang = unit(326, 'Huyện Văn Giang', 'district', 33, 11);
const nhuQuynh = unit(11986, 'Thị trấn Như Quỳnh', 'commune', 325, 0);

const apply = (...actions: UnitTreeAction[]): UnitTreeState => actions.reduce(unitTreeReducer, initialUnitTreeState);

/** Hưng Yên and Văn Lâm opened, all lists loaded. */
const opened = apply(
  { type: 'load-succeeded', parent: ROOT, units: [haNoi, hungYen] },
  { type: 'load-succeeded', parent: 33, units: [vanLam, vanGiang] },
  { type: 'load-succeeded', parent: 325, units: [nhuQuynh] },
  { type: 'expand', ids: [33, 325] },
);
const rows = visibleRows(opened);

describe('unitTreeReducer', () => {
  it('tracks each children list from loading to loaded or failed', () => {
    const loading = apply({ type: 'load-started', parent: ROOT });
    expect(loading.children.get(ROOT)).toEqual({ status: 'loading' });
    const failed = unitTreeReducer(loading, { type: 'load-failed', parent: ROOT, error: 'down' });
    expect(failed.children.get(ROOT)).toEqual({ status: 'error', error: 'down' });
    expect(loading.children.get(ROOT)).toEqual({ status: 'loading' });
  });

  it('expands several branches at once and keeps the state when nothing changes', () => {
    expect([...opened.expanded]).toEqual([33, 325]);
    expect(unitTreeReducer(opened, { type: 'expand', ids: [33] })).toBe(opened);
    expect(unitTreeReducer(opened, { type: 'collapse', id: 999 })).toBe(opened);
  });

  it('collapses one branch only', () => {
    const collapsed = unitTreeReducer(opened, { type: 'collapse', id: 33 });
    expect([...collapsed.expanded]).toEqual([325]);
  });
});

describe('visibleRows', () => {
  it('lists open branches depth first with their level', () => {
    expect(rows.map((row) => [row.unit.fullName, row.level])).toEqual([
      ['Thành phố Hà Nội', 1],
      ['Tỉnh Hưng Yên', 1],
      ['Huyện Văn Lâm', 2],
      ['Thị trấn Như Quỳnh', 3],
      ['Huyện Văn Giang', 2],
    ]);
  });

  it('hides the descendants of a closed branch even when they are loaded', () => {
    const collapsed = unitTreeReducer(opened, { type: 'collapse', id: 33 });
    expect(visibleRows(collapsed).map((row) => row.unit.id)).toEqual([1, 33]);
  });

  it('is empty before the provinces arrive', () => {
    expect(visibleRows(apply({ type: 'load-started', parent: ROOT }))).toEqual([]);
  });
});

describe('treeKeyEffect', () => {
  const effect = (focusedId: number, key: Parameters<typeof treeKeyEffect>[3], state = opened) =>
    treeKeyEffect(visibleRows(state), state.expanded, focusedId, key);

  it('moves up and down through visible lines and stops at the ends', () => {
    expect(effect(33, 'ArrowDown')).toEqual({ type: 'focus', id: 325 });
    expect(effect(325, 'ArrowUp')).toEqual({ type: 'focus', id: 33 });
    expect(effect(326, 'ArrowDown')).toEqual({ type: 'none' });
    expect(effect(1, 'ArrowUp')).toEqual({ type: 'none' });
    expect(effect(325, 'Home')).toEqual({ type: 'focus', id: 1 });
    expect(effect(1, 'End')).toEqual({ type: 'focus', id: 326 });
  });

  it('opens a closed branch with Right, then steps into it', () => {
    expect(effect(1, 'ArrowRight')).toEqual({ type: 'expand', id: 1 });
    expect(effect(33, 'ArrowRight')).toEqual({ type: 'focus', id: 325 });
    expect(effect(11986, 'ArrowRight')).toEqual({ type: 'none' });
  });

  it('does not step into a branch whose children are still loading', () => {
    const loading = apply(
      { type: 'load-succeeded', parent: ROOT, units: [haNoi, hungYen] },
      { type: 'load-started', parent: 1 },
      { type: 'expand', ids: [1] },
    );
    expect(effect(1, 'ArrowRight', loading)).toEqual({ type: 'none' });
  });

  it('closes an open branch with Left, else steps up to the parent', () => {
    expect(effect(325, 'ArrowLeft')).toEqual({ type: 'collapse', id: 325 });
    expect(effect(11986, 'ArrowLeft')).toEqual({ type: 'focus', id: 325 });
    expect(effect(1, 'ArrowLeft')).toEqual({ type: 'none' });
  });

  it('lands on the first line when the focused unit is not visible', () => {
    expect(effect(424242, 'ArrowDown')).toEqual({ type: 'focus', id: 1 });
  });
});
