import type {
  UnitDetail,
  UnitLevelCounts,
  UnitLineageResponse,
  UnitListResponse,
  UnitSearchResponse,
} from '@govindex/contracts';
import { apiClient } from '../../shared/api/api-client';

/**
 * Reference lists (children, counts) do not change while the page is open, so each is fetched once and
 * shared between the tree and the charts. A failed fetch is forgotten so that "retry" asks again.
 */
const referenceCache = new Map<string, Promise<unknown>>();

function cached<T>(key: string, load: () => Promise<T>): Promise<T> {
  const hit = referenceCache.get(key) as Promise<T> | undefined;
  if (hit) return hit;
  const pending = load();
  referenceCache.set(key, pending);
  pending.catch(() => referenceCache.delete(key));
  return pending;
}

export const SEARCH_LIMIT = 20;

export const unitsApi = {
  /** The provinces (parentId null) or the children of a unit, on the map in force at `asOf`, in GSO code order. */
  listChildren(asOf: string, parentId: number | null): Promise<UnitListResponse> {
    return cached(`children:${asOf}:${parentId ?? 'root'}`, () =>
      apiClient.get<UnitListResponse>('/api/v1/units', { asOf, parentId }),
    );
  },

  counts(asOf: string): Promise<UnitLevelCounts> {
    return cached(`counts:${asOf}`, () => apiClient.get<UnitLevelCounts>('/api/v1/units/counts', { asOf }));
  },

  detail(id: number, signal?: AbortSignal): Promise<UnitDetail> {
    return apiClient.get<UnitDetail>(`/api/v1/units/${id}`, {}, signal);
  },

  /** The units this one was formed from and merged into; reference data, so asked once per unit. */
  lineage(id: number): Promise<UnitLineageResponse> {
    return cached(`lineage:${id}`, () => apiClient.get<UnitLineageResponse>(`/api/v1/units/${id}/lineage`));
  },

  search(query: string, asOf: string, signal?: AbortSignal): Promise<UnitSearchResponse> {
    return apiClient.get<UnitSearchResponse>('/api/v1/units/search', { q: query, asOf, limit: SEARCH_LIMIT }, signal);
  },
};
