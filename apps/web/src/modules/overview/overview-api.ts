import type {
  CatalogResponse,
  DistributionResponse,
  FrameworkVersionDetail,
  HeatmapResponse,
  LaggingResponse,
  RankingResponse,
  TrendResponse,
  UnitLevel,
  UnitScorecard,
} from '@govindex/contracts';
import { apiClient, type QueryValue } from '../../shared/api/api-client';
import { createRequestQueue } from './state/request-queue';

/**
 * A home page asks for a few dozen analytics; a handful at a time keeps the browser's connections free
 * for the rest of the page. (The API serialises work on the embedded database itself: one connection.)
 */
const enqueue = createRequestQueue(4);

function get<T>(path: string, query: Readonly<Record<string, QueryValue>> = {}, signal?: AbortSignal): Promise<T> {
  return enqueue(() => apiClient.get<T>(path, query, signal), signal);
}

/** The catalog and its versions change only when an administrator loads a new one: fetched once per visit. */
const catalogCache = new Map<string, Promise<unknown>>();

function cached<T>(key: string, load: () => Promise<T>): Promise<T> {
  const hit = catalogCache.get(key) as Promise<T> | undefined;
  if (hit) return hit;
  const pending = load();
  catalogCache.set(key, pending);
  pending.catch(() => catalogCache.delete(key));
  return pending;
}

export const overviewApi = {
  catalog(): Promise<CatalogResponse> {
    return cached('catalog', () => get<CatalogResponse>('/api/v1/catalog'));
  },

  catalogVersion(id: number): Promise<FrameworkVersionDetail> {
    return cached(`version:${id}`, () => get<FrameworkVersionDetail>(`/api/v1/catalog/versions/${id}`));
  },

  /** A unit's standing, dimensions and weak indicators in one year (404 outside the caller's scope). */
  scorecard(unitId: number, framework: string, year: number, signal?: AbortSignal): Promise<UnitScorecard> {
    return get<UnitScorecard>(`/api/v1/analytics/units/${unitId}/scorecard`, { framework, year }, signal);
  },

  /** The unit's own values over the years, or with `level` below its own the mean of its descendants there. */
  trend(unitId: number, framework: string, options: { level?: UnitLevel; indicator?: string } = {}, signal?: AbortSignal): Promise<TrendResponse> {
    return get<TrendResponse>(`/api/v1/analytics/units/${unitId}/trend`, { framework, ...options }, signal);
  },

  lagging(framework: string, level: UnitLevel, year: number, parentId: number, signal?: AbortSignal): Promise<LaggingResponse> {
    return get<LaggingResponse>('/api/v1/analytics/lagging', { framework, level, year, parentId }, signal);
  },

  heatmap(framework: string, level: UnitLevel, year: number, parentId: number, signal?: AbortSignal): Promise<HeatmapResponse> {
    return get<HeatmapResponse>('/api/v1/analytics/heatmap', { framework, level, year, parentId }, signal);
  },

  distribution(
    framework: string,
    level: UnitLevel,
    year: number,
    options: { parentId?: number; groupBy?: 'parent' } = {},
    signal?: AbortSignal,
  ): Promise<DistributionResponse> {
    return get<DistributionResponse>('/api/v1/analytics/distribution', { framework, level, year, ...options }, signal);
  },

  ranking(framework: string, level: UnitLevel, year: number, parentId?: number, signal?: AbortSignal): Promise<RankingResponse> {
    return get<RankingResponse>('/api/v1/results/ranking', { framework, level, year, parentId }, signal);
  },
};
