import type { UnitSummary } from '@govindex/contracts';

/** Children lists are keyed by parent id; the provinces hang under ROOT. */
export const ROOT = 'root';
export type ParentKey = number | typeof ROOT;

export type ChildrenEntry =
  | { status: 'loading' }
  | { status: 'loaded'; units: readonly UnitSummary[] }
  | { status: 'error'; error: unknown };

export interface UnitTreeState {
  children: ReadonlyMap<ParentKey, ChildrenEntry>;
  expanded: ReadonlySet<number>;
}

export type UnitTreeAction =
  | { type: 'load-started'; parent: ParentKey }
  | { type: 'load-succeeded'; parent: ParentKey; units: readonly UnitSummary[] }
  | { type: 'load-failed'; parent: ParentKey; error: unknown }
  | { type: 'expand'; ids: readonly number[] }
  | { type: 'collapse'; id: number };

export const initialUnitTreeState: UnitTreeState = { children: new Map(), expanded: new Set() };

export function unitTreeReducer(state: UnitTreeState, action: UnitTreeAction): UnitTreeState {
  switch (action.type) {
    case 'load-started':
      return { ...state, children: new Map(state.children).set(action.parent, { status: 'loading' }) };
    case 'load-succeeded':
      return { ...state, children: new Map(state.children).set(action.parent, { status: 'loaded', units: action.units }) };
    case 'load-failed':
      return { ...state, children: new Map(state.children).set(action.parent, { status: 'error', error: action.error }) };
    case 'expand': {
      const missing = action.ids.filter((id) => !state.expanded.has(id));
      if (missing.length === 0) return state;
      return { ...state, expanded: new Set([...state.expanded, ...missing]) };
    }
    case 'collapse': {
      if (!state.expanded.has(action.id)) return state;
      const expanded = new Set(state.expanded);
      expanded.delete(action.id);
      return { ...state, expanded };
    }
  }
}

/** A unit as it appears on screen: one line of the tree, in reading order. */
export interface VisibleRow {
  unit: UnitSummary;
  /** 1 for provinces. */
  level: number;
  parent: ParentKey;
}

/** The lines a sighted user sees, top to bottom: what the arrow keys move through. */
export function visibleRows(state: UnitTreeState): VisibleRow[] {
  const rows: VisibleRow[] = [];
  const visit = (parent: ParentKey, level: number) => {
    const entry = state.children.get(parent);
    if (entry?.status !== 'loaded') return;
    for (const unit of entry.units) {
      rows.push({ unit, level, parent });
      if (state.expanded.has(unit.id)) visit(unit.id, level + 1);
    }
  };
  visit(ROOT, 1);
  return rows;
}

export type TreeKey = 'ArrowDown' | 'ArrowUp' | 'ArrowRight' | 'ArrowLeft' | 'Home' | 'End';

export type TreeKeyEffect =
  | { type: 'focus'; id: number }
  | { type: 'expand'; id: number }
  | { type: 'collapse'; id: number }
  | { type: 'none' };

/**
 * What a navigation key does on the focused line, following the WAI-ARIA tree view pattern:
 * Right opens a closed branch or steps into an open one, Left closes an open branch or steps up to the parent.
 */
export function treeKeyEffect(
  rows: readonly VisibleRow[],
  expanded: ReadonlySet<number>,
  focusedId: number,
  key: TreeKey,
): TreeKeyEffect {
  const index = rows.findIndex((row) => row.unit.id === focusedId);
  const row = rows[index];
  const focus = (target: VisibleRow | undefined): TreeKeyEffect =>
    target ? { type: 'focus', id: target.unit.id } : { type: 'none' };
  if (!row) return focus(rows[0]);
  switch (key) {
    case 'ArrowDown':
      return focus(rows[index + 1]);
    case 'ArrowUp':
      return focus(rows[index - 1]);
    case 'Home':
      return focus(rows[0]);
    case 'End':
      return focus(rows[rows.length - 1]);
    case 'ArrowRight':
      if (row.unit.childCount === 0) return { type: 'none' };
      if (!expanded.has(row.unit.id)) return { type: 'expand', id: row.unit.id };
      // Children follow their parent directly once loaded; while loading there is nothing to step into.
      return rows[index + 1]?.parent === row.unit.id ? focus(rows[index + 1]) : { type: 'none' };
    case 'ArrowLeft':
      if (expanded.has(row.unit.id)) return { type: 'collapse', id: row.unit.id };
      return row.parent === ROOT ? { type: 'none' } : { type: 'focus', id: row.parent };
  }
}
