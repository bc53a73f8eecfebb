import type { TrendResponse, UnitLevel } from '@govindex/contracts';
import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { useApiQuery, type QueryResult } from '../../../shared/hooks/use-api-query';
import { overviewApi } from '../overview-api';
import { readSelection, resolveYear, selectionParams, type Selection } from '../state/selection';

export interface SelectionState {
  selection: Selection;
  /** The unit's trend for the framework: its points are the years with data. */
  trend: QueryResult<TrendResponse>;
  years: number[];
  /** The year shown: the requested one when it has data, else the latest. */
  year: number | null;
  change: (next: Selection) => void;
}

/**
 * The framework and year of a page, read from its URL, with the years that have data for the unit (at
 * `level` below it: the mean of its descendants there, e.g. a district's communes).
 */
export function useSelection(unitId: number, level?: UnitLevel): SelectionState {
  const [params, setParams] = useSearchParams();
  const selection = readSelection(params);
  const { framework } = selection;
  const trend = useApiQuery<TrendResponse>({
    key: `trend:${unitId}:${framework}:${level ?? 'own'}`,
    load: (signal) => overviewApi.trend(unitId, framework, level ? { level } : {}, signal),
  });
  const years = trend.status === 'success' ? trend.data.points.map((point) => point.year) : [];
  const year = resolveYear(selection.year, years);
  const change = useCallback((next: Selection) => setParams(selectionParams(next, params)), [params, setParams]);
  return { selection, trend, years, year, change };
}
