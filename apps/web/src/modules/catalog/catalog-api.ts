import type { CatalogResponse, FrameworkVersionDetail } from '@govindex/contracts';
import type { FrameworkVersionDefinition } from '@govindex/domain';
import { apiClient } from '../../shared/api/api-client';

/**
 * The catalog changes only when a province saves its own version, so the list and each version are
 * fetched once and shared by the pages; a save (or a failed fetch) forgets them.
 */
const cache = new Map<string, Promise<unknown>>();

function cached<T>(key: string, load: () => Promise<T>): Promise<T> {
  const hit = cache.get(key) as Promise<T> | undefined;
  if (hit) return hit;
  const pending = load();
  cache.set(key, pending);
  pending.catch(() => cache.delete(key));
  return pending;
}

export const catalogApi = {
  /** Every framework with its versions (national ones and the provinces' own commune-level ones). */
  list(): Promise<CatalogResponse> {
    return cached('catalog', () => apiClient.get<CatalogResponse>('/api/v1/catalog'));
  },

  /** One version: its indicator tree in pre-order and its grade bands. */
  version(id: number): Promise<FrameworkVersionDetail> {
    return cached(`version:${id}`, () => apiClient.get<FrameworkVersionDetail>(`/api/v1/catalog/versions/${id}`));
  },

  /** Creates or replaces the caller's province's commune-level version of a framework (the API keys it by first year). */
  async saveProvinceVersion(frameworkCode: string, version: FrameworkVersionDefinition, csrfToken: string): Promise<FrameworkVersionDetail> {
    const saved = await apiClient.put<FrameworkVersionDetail>(
      `/api/v1/catalog/${encodeURIComponent(frameworkCode)}/province-versions`,
      { version },
      { csrfToken },
    );
    cache.clear();
    return saved;
  },
};
