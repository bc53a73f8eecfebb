import type { UnitSummary } from '@govindex/contracts';
import { useCallback, useEffect, useReducer, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { useI18n } from '../../../app/i18n/i18n';
import { formatNumber } from '../../../shared/format/format';
import { ErrorNotice } from '../../../app/error-notice';
import {
  initialUnitTreeState,
  ROOT,
  treeKeyEffect,
  unitTreeReducer,
  visibleRows,
  type ParentKey,
  type TreeKey,
  type UnitTreeState,
} from '../state/unit-tree-state';
import { unitsApi } from '../units-api';

const NAVIGATION_KEYS: ReadonlySet<string> = new Set<TreeKey>(['ArrowDown', 'ArrowUp', 'ArrowRight', 'ArrowLeft', 'Home', 'End']);

export interface UnitTreeProps {
  /** The map the tree shows; mount a new tree (React key) when it changes. */
  asOf: string;
  selectedId: number | null;
  /** Branches to open so the selected unit shows: its ancestors, province first. */
  revealIds: readonly number[];
  onSelect: (id: number) => void;
}

/** Everything a line of the tree needs from the tree, passed down the recursion in one piece. */
interface TreeContext {
  state: UnitTreeState;
  selectedId: number | null;
  focusedId: number | null;
  onRowClick: (unit: UnitSummary) => void;
  onToggle: (unit: UnitSummary) => void;
  onFocusRow: (id: number) => void;
  onRetry: (parent: ParentKey) => void;
}

/**
 * The administrative tree, loaded a level at a time as branches open. Follows the WAI-ARIA tree view
 * pattern: one tab stop (the focused line), arrow keys to move, open and close, Enter or Space to select.
 */
export function UnitTree({ asOf, selectedId, revealIds, onSelect }: UnitTreeProps) {
  const { t } = useI18n();
  const [state, dispatch] = useReducer(unitTreeReducer, initialUnitTreeState);
  const [focusedId, setFocusedId] = useState<number | null>(null);
  const treeRef = useRef<HTMLUListElement>(null);
  // Lists already asked for; checked synchronously so two quick clicks do not load a list twice.
  const requested = useRef(new Set<ParentKey>());

  const loadChildren = useCallback(
    (parent: ParentKey) => {
      if (requested.current.has(parent)) return;
      requested.current.add(parent);
      dispatch({ type: 'load-started', parent });
      unitsApi.listChildren(asOf, parent === ROOT ? null : parent).then(
        (response) => dispatch({ type: 'load-succeeded', parent, units: response.items }),
        (error: unknown) => {
          requested.current.delete(parent);
          dispatch({ type: 'load-failed', parent, error });
        },
      );
    },
    [asOf],
  );

  const expand = useCallback(
    (ids: readonly number[]) => {
      ids.forEach(loadChildren);
      dispatch({ type: 'expand', ids });
    },
    [loadChildren],
  );

  useEffect(() => loadChildren(ROOT), [loadChildren]);

  useEffect(() => {
    if (revealIds.length > 0) expand(revealIds);
  }, [revealIds, expand]);

  const rows = visibleRows(state);
  const selectedVisible = selectedId !== null && rows.some((row) => row.unit.id === selectedId);
  const focusVisible = focusedId !== null && rows.some((row) => row.unit.id === focusedId);
  // The single tab stop: the line last moved to, else the selection, else the first province.
  const tabStopId = focusVisible ? focusedId : selectedVisible ? selectedId : (rows[0]?.unit.id ?? null);

  const rowElement = useCallback(
    (id: number) => treeRef.current?.querySelector<HTMLElement>(`[data-unit-id="${id}"]`) ?? null,
    [],
  );

  // Bring a newly selected unit into view once its branch is open (after a search or a shared link).
  useEffect(() => {
    if (selectedVisible && selectedId !== null) {
      rowElement(selectedId)?.querySelector('.tree-row')?.scrollIntoView({ block: 'nearest' });
    }
  }, [selectedId, selectedVisible, rowElement]);

  const moveFocus = (id: number) => {
    setFocusedId(id);
    rowElement(id)?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    // Keys typed in a control inside the tree (a retry button) keep their own meaning.
    if (tabStopId === null || (event.target as HTMLElement).getAttribute('role') !== 'treeitem') return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onSelect(tabStopId);
      return;
    }
    if (!NAVIGATION_KEYS.has(event.key)) return;
    event.preventDefault();
    const effect = treeKeyEffect(rows, state.expanded, tabStopId, event.key as TreeKey);
    if (effect.type === 'focus') moveFocus(effect.id);
    else if (effect.type === 'expand') expand([effect.id]);
    else if (effect.type === 'collapse') dispatch({ type: 'collapse', id: effect.id });
  };

  const context: TreeContext = {
    state,
    selectedId,
    focusedId: tabStopId,
    onRowClick: (unit) => {
      setFocusedId(unit.id);
      onSelect(unit.id);
      if (unit.childCount > 0) expand([unit.id]);
    },
    onToggle: (unit) => {
      setFocusedId(unit.id);
      if (state.expanded.has(unit.id)) dispatch({ type: 'collapse', id: unit.id });
      else expand([unit.id]);
    },
    onFocusRow: setFocusedId,
    onRetry: loadChildren,
  };

  const roots = state.children.get(ROOT);
  if (!roots || roots.status === 'loading') return <p className="tree-status">{t.units.tree.loading}</p>;
  if (roots.status === 'error') return <ErrorNotice error={roots.error} onRetry={() => loadChildren(ROOT)} />;
  if (roots.units.length === 0) return <p className="tree-status">{t.units.tree.empty}</p>;
  return (
    <ul className="tree" role="tree" aria-label={t.units.tree.label} ref={treeRef} onKeyDown={onKeyDown}>
      {roots.units.map((unit, index) => (
        <UnitTreeItem key={unit.id} unit={unit} level={1} position={index + 1} siblings={roots.units.length} context={context} />
      ))}
    </ul>
  );
}

interface UnitTreeItemProps {
  unit: UnitSummary;
  level: number;
  position: number;
  siblings: number;
  context: TreeContext;
}

function UnitTreeItem({ unit, level, position, siblings, context }: UnitTreeItemProps) {
  const { t, language } = useI18n();
  const isBranch = unit.childCount > 0;
  const isExpanded = isBranch && context.state.expanded.has(unit.id);
  const isSelected = context.selectedId === unit.id;
  const nameId = `unit-${unit.id}-name`;
  const metaId = `unit-${unit.id}-meta`;

  const toggle = (event: MouseEvent) => {
    // The chevron only opens or closes; the rest of the line selects.
    event.stopPropagation();
    context.onToggle(unit);
  };

  return (
    <li
      role="treeitem"
      className="tree-item"
      data-unit-id={unit.id}
      aria-level={level}
      aria-posinset={position}
      aria-setsize={siblings}
      aria-expanded={isBranch ? isExpanded : undefined}
      aria-selected={isSelected}
      aria-labelledby={nameId}
      aria-describedby={metaId}
      tabIndex={context.focusedId === unit.id ? 0 : -1}
      onFocus={(event) => {
        // Focus lands on the innermost item; ancestors must not claim it while the event bubbles.
        if (event.target === event.currentTarget) context.onFocusRow(unit.id);
      }}
    >
      <div
        className={`tree-row${isSelected ? ' tree-row--selected' : ''}`}
        style={{ paddingInlineStart: `${(level - 1) * 1.25 + 0.25}rem` }}
        onClick={() => context.onRowClick(unit)}
      >
        <span
          className={`tree-toggle${isBranch ? '' : ' tree-toggle--leaf'}${isExpanded ? ' tree-toggle--open' : ''}`}
          aria-hidden="true"
          onClick={isBranch ? toggle : undefined}
        />
        <span id={nameId} className="tree-name">
          {unit.fullName}
        </span>
        <span id={metaId} className="tree-meta">
          <span className="tree-code">{t.units.tree.code(unit.code)}</span>
          {isBranch && <span className="tree-count">{t.units.tree.childCount(formatNumber(unit.childCount, language))}</span>}
        </span>
      </div>
      {isExpanded && <UnitTreeGroup parentId={unit.id} level={level + 1} context={context} />}
    </li>
  );
}

function UnitTreeGroup({ parentId, level, context }: { parentId: number; level: number; context: TreeContext }) {
  const { t } = useI18n();
  const entry = context.state.children.get(parentId);
  const indent = { paddingInlineStart: `${(level - 1) * 1.25 + 1.5}rem` };
  if (!entry || entry.status === 'loading') {
    return (
      <p className="tree-status" style={indent}>
        {t.units.tree.loading}
      </p>
    );
  }
  if (entry.status === 'error') {
    return (
      <div style={indent}>
        <ErrorNotice error={entry.error} onRetry={() => context.onRetry(parentId)} />
      </div>
    );
  }
  return (
    <ul role="group" className="tree-group">
      {entry.units.map((child, index) => (
        <UnitTreeItem
          key={child.id}
          unit={child}
          level={level}
          position={index + 1}
          siblings={entry.units.length}
          context={context}
        />
      ))}
    </ul>
  );
}
